/**
 * Operator faults on the workshop database: the file deleted, replaced or overwritten while the server
 * runs (it stops acknowledging and says so to everyone), a second server on the same file (refused,
 * in-process and as real processes, and never a stale lock after kill -9), a bad row (skipped and
 * reported; the server starts), a damaged file (refused, naming it), and numbered migrations.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage, startWorkshopServer, STORAGE_VERSION, type RunningServer, type SessionRecord } from '../../src/workshop/server';
import { expectType, miniScenarios, miniSettings, TestClient, tempDir, testConfig } from './helpers';

const servers: RunningServer[] = [];
const clients: TestClient[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.drop();
  for (const s of servers.splice(0)) await s.close();
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function start(dbPath: string, logs: string[] = []): Promise<RunningServer> {
  const server = await startWorkshopServer(testConfig({ dbPath }), { log: (l) => logs.push(l) });
  servers.push(server);
  return server;
}

async function open(port: number): Promise<TestClient> {
  const c = await TestClient.open(port);
  clients.push(c);
  return c;
}

/** A session with one seated player who has made one acknowledged choice. */
async function playerAfterOneChoice(server: RunningServer) {
  const trainer = await open(server.port);
  const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
  const player = await open(server.port);
  const joined = expectType(await player.request({ type: 'join', code: created.session.code }), 'joined');
  const seat = joined.state.seat;
  expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
  return { trainer, player, seat, session: created.session };
}

const health = (port: number) => new Promise<{ status: number; body: string }>((resolve, reject) => {
  request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
    let body = '';
    res.on('data', (d: Buffer) => { body += String(d); });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
  }).on('error', reject).end();
});

describe('the database file changed under a running server', () => {
  const faults: [string, (dbPath: string) => void, RegExp][] = [
    ['the file is deleted', (p) => unlinkSync(p), /was deleted/],
    ['the file is replaced by another (a backup restored over it)', (p) => {
      copyFileSync(p, `${p}.copy`);
      renameSync(`${p}.copy`, p);
    }, /was replaced/],
    ['the file is overwritten in place', (p) => writeFileSync(p, 'not a database any more'), /truncated|overwritten/],
    ['its -wal log is deleted', (p) => unlinkSync(`${p}-wal`), /-wal was deleted/],
  ];
  for (const [what, fault, message] of faults) {
    it(`stops acknowledging when ${what}, and tells every client and /healthz`, async () => {
      const dbPath = join(tempDir(), 'workshop.db');
      const logs: string[] = [];
      const server = await start(dbPath, logs);
      const { trainer, player, seat } = await playerAfterOneChoice(server);
      fault(dbPath);
      // The attack went on choosing after the fault: not one more choice may be acknowledged.
      const replies = [];
      for (const [step, choice] of [[1, 'skip'], [1, 'skip'], [1, 'apply']] as const) replies.push(await player.request({ type: 'choose', seat, step, choice }));
      expect(replies.map((r) => r.type === 'error' && r.code)).toEqual(['storage-failed', 'storage-failed', 'storage-failed']);
      for (const c of [trainer, player]) expect((await c.next('error', (m) => m.code === 'storage-failed' && m.rid === undefined)).message).toMatch(message);
      const h = await health(server.port);
      expect(h.status).toBe(503);
      expect(h.body).toMatch(message);
      expect(logs.join('\n')).toMatch(new RegExp(`STORAGE FAULT: .*${message.source}.*stop the server`));
    });
  }

  it('keeps storing through a normal run (checkpoints, thousands of commits): no false alarm', async () => {
    const path = join(tempDir(), 'w.db');
    const storage = await openSqliteStorage(path, { log: () => {} });
    let faulted = false;
    storage.onFault?.(() => { faulted = true; });
    await storage.createSession(session('sess0000'));
    for (let s = 0; s < 20; s++) {
      await storage.addSeat({ id: `seat${s}`, sessionId: 'sess0000', tokenHash: `h${s}`, nickname: 'Calm Otter 12', team: null, seed: 7, joinedAt: 1, removed: false });
      await Promise.all(Array.from({ length: 150 }, (_, step) => storage.appendChoice({ seatId: `seat${s}`, step, choice: 'x'.repeat(60), at: 1, auto: false })));
    }
    // An operator's backup tool checkpointing the log from outside is not a fault.
    const other = new Database(path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    expect((await storage.appendChoice({ seatId: 'seat0', step: 150, choice: 'last', at: 2, auto: false })).stored).toBe(true);
    expect(faulted).toBe(false);
    await storage.close();
  });
});

const session = (id: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id, code: `C${id.slice(0, 6).toUpperCase()}`, trainerTokenHash: `t-${id}`, createdAt: 0, expiresAt: Date.now() + 3_600_000, locked: false, paused: false, hold: null,
  settings: { scenario: 'mini', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo', seed: 7 }, ...over,
});

describe('one server per database', () => {
  it('refuses a second server on the same file in the same process, naming the holder, and frees the file on close', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    const first = await start(dbPath);
    await expect(startWorkshopServer(testConfig({ dbPath }), { log: () => {} })).rejects.toThrow(new RegExp(`${dbPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is in use by another workshop server \\(pid ${process.pid} `));
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    await start(dbPath); // the lock went with the first server
  });

  /** tools/workshop-server.ts as a process: resolves with its port, or rejects with what it printed when it exits. */
  function startChild(dbPath: string, scenarios: string): Promise<{ child: ChildProcess; port: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/workshop-server.ts', '--port', '0', '--db', dbPath, '--scenarios', scenarios, '--static', 'none'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += String(d);
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve({ child, port: Number(m[1]) });
      });
      child.stderr!.on('data', (d: Buffer) => { out += String(d); });
      child.once('exit', (code) => reject(new Error(`exit ${code}: ${out}`)));
    });
  }

  it('refuses a second server process on the same file; after the first is killed with SIGKILL, the next one starts', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    const scenarios = miniScenarios();
    const first = await startChild(dbPath, scenarios);
    await expect(startChild(dbPath, scenarios)).rejects.toThrow(new RegExp(`exit 1: .*is in use by another workshop server \\(pid ${first.child.pid} `));
    await new Promise<void>((resolve) => {
      first.child.once('exit', () => resolve());
      first.child.kill('SIGKILL');
    });
    const second = await startChild(dbPath, scenarios);
    expect(second.port).toBeGreaterThan(0);
  });
});

describe('reading back the database', () => {
  it('skips a bad row, reporting file, row and reason, and starts with the rest', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    const storage = await openSqliteStorage(dbPath);
    for (const id of ['good0000', 'nojson00', 'noscen00', 'badseed0']) await storage.createSession(session(id));
    await storage.addSeat({ id: 'seat0001', sessionId: 'good0000', tokenHash: 'h1', nickname: 'Calm Otter 12', team: null, seed: 7, joinedAt: 1, removed: false });
    await storage.addSeat({ id: 'seat0002', sessionId: 'nojson00', tokenHash: 'h2', nickname: 'Keen Lynx 40', team: null, seed: 7, joinedAt: 1, removed: false });
    await storage.appendChoice({ seatId: 'seat0001', step: 0, choice: 'green', at: 1, auto: false });
    await storage.close();
    const db = new Database(dbPath);
    db.prepare("UPDATE sessions SET settings = '{not json' WHERE id = 'nojson00'").run();
    db.prepare("UPDATE sessions SET settings = '{\"version\":\"1.0.0\"}' WHERE id = 'noscen00'").run();
    db.prepare("UPDATE sessions SET settings = json_set(settings, '$.seed', -3) WHERE id = 'badseed0'").run();
    db.close();

    const logs: string[] = [];
    const server = await start(dbPath, logs);
    expect(logs).toContain('restored 1 sessions, 1 seats, 1 choices');
    const skipped = logs.filter((l) => l.includes('skipped'));
    expect(skipped).toHaveLength(3);
    expect(skipped.find((l) => l.includes('nojson00'))).toMatch(new RegExp(`^${dbPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sessions row nojson00 skipped: .*JSON`));
    expect(skipped.find((l) => l.includes('noscen00'))).toMatch(/sessions row noscen00 skipped: settings\.(scenario|lang|seedScope|play|seed): /);
    expect(skipped.find((l) => l.includes('badseed0'))).toMatch(/sessions row badseed0 skipped: settings\.seed: /);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses a damaged file at start with a message naming it, and changes nothing', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    writeFileSync(dbPath, 'SQLite format 3\0' + 'garbage'.repeat(200));
    await expect(openSqliteStorage(dbPath)).rejects.toThrow(dbPath);
    const other = join(tempDir(), 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE invoices (id INTEGER)');
    db.close();
    await expect(openSqliteStorage(other)).rejects.toThrow(/another program \(tables: invoices\), not a workshop database/);
  });

  it('migrates a database of layout version 1 in place, keeping every session, seat and choice', async () => {
    const dbPath = join(tempDir(), 'workshop.db');
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    // The layout version 1 as the first workshop server wrote it (version in the meta table, user_version 0).
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, trainer_token_hash TEXT NOT NULL, settings TEXT NOT NULL,
        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, locked INTEGER NOT NULL, paused INTEGER NOT NULL, hold TEXT);
      CREATE TABLE seats (id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, token_hash TEXT NOT NULL UNIQUE,
        nickname TEXT NOT NULL, team INTEGER, seed INTEGER NOT NULL, joined_at INTEGER NOT NULL, removed INTEGER NOT NULL);
      CREATE INDEX seats_session ON seats(session_id);
      CREATE TABLE choices (seat_id TEXT NOT NULL REFERENCES seats(id) ON DELETE CASCADE, step INTEGER NOT NULL, choice TEXT NOT NULL,
        at INTEGER NOT NULL, auto INTEGER NOT NULL, PRIMARY KEY (seat_id, step)) WITHOUT ROWID;
      CREATE TABLE events (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        at INTEGER NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX events_session ON events(session_id);
      INSERT INTO meta VALUES ('version', '1');
    `);
    const s = session('old00000');
    db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, 0, 0, NULL)').run(s.id, s.code, s.trainerTokenHash, JSON.stringify(s.settings), s.createdAt, s.expiresAt);
    db.prepare("INSERT INTO seats VALUES ('seat0001', 'old00000', 'h1', 'Calm Otter 12', NULL, 7, 1, 0)").run();
    db.prepare("INSERT INTO choices VALUES ('seat0001', 0, 'green', 1, 0), ('seat0001', 1, 'skip', 2, 0)").run();
    db.close();

    const logs: string[] = [];
    const storage = await openSqliteStorage(dbPath, { log: (l) => logs.push(l) });
    const live = await storage.loadLive(Date.now());
    expect([live.sessions.map((x) => x.id), live.seats.map((x) => x.id), live.choices.map((c) => c.choice)]).toEqual([['old00000'], ['seat0001'], ['green', 'skip']]);
    await storage.close();
    expect(logs).toContain(`${dbPath}: layout migrated from version 1 to ${STORAGE_VERSION}`);
    const after = new Database(dbPath, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(STORAGE_VERSION);
    expect(after.prepare("SELECT COUNT(*) AS n FROM meta WHERE key = 'version'").get()).toEqual({ n: 0 });
    after.close();
    // A new database starts at the latest version directly.
    const fresh = join(tempDir(), 'new.db');
    await (await openSqliteStorage(fresh)).close();
    const f = new Database(fresh, { readonly: true });
    expect(f.pragma('user_version', { simple: true })).toBe(STORAGE_VERSION);
    f.close();
    rmSync(fresh);
  });
});
