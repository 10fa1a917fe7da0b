/** Numbered layout migrations: a database with the old events table is brought up to date and keeps its data. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStorage, STORAGE_VERSION } from '../../src/workshop/server';
import { tempDir } from './helpers';

describe('workshop database migrations', () => {
  it('drops the unused events table from a version 2 database and keeps every session, seat and choice', async () => {
    const path = join(tempDir(), 'workshop.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // The layout as a version 2 server left it, events table included.
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
      PRAGMA user_version = 2;
    `);
    const settings = JSON.stringify({ scenario: 'mini', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo', seed: 7 });
    db.prepare("INSERT INTO sessions VALUES ('sess0001', 'ABCD234', 'th', ?, 1, ?, 1, 0, 'ship')").run(settings, Date.now() + 3_600_000);
    db.prepare("INSERT INTO seats VALUES ('seat0001', 'sess0001', 'h1', 'Calm Otter 12', NULL, 7, 1, 0)").run();
    db.prepare("INSERT INTO choices VALUES ('seat0001', 0, 'green', 1, 0), ('seat0001', 1, 'skip', 2, 1)").run();
    const addEvent = db.prepare("INSERT INTO events (session_id, at, kind, data) VALUES ('sess0001', ?, 'lock', '{}')");
    for (let i = 0; i < 500; i++) addEvent.run(i);
    db.close();

    const logs: string[] = [];
    const storage = await openSqliteStorage(path, { log: (l) => logs.push(l) });
    const live = await storage.loadLive(Date.now());
    expect(live.sessions.map((s) => [s.id, s.code, s.locked, s.hold, s.settings.seed])).toEqual([['sess0001', 'ABCD234', true, 'ship', 7]]);
    expect(live.seats.map((s) => [s.id, s.nickname])).toEqual([['seat0001', 'Calm Otter 12']]);
    expect(live.choices.map((c) => [c.step, c.choice, c.auto])).toEqual([[0, 'green', false], [1, 'skip', true]]);
    // The migrated database stores on as before.
    expect(await storage.appendChoice({ seatId: 'seat0001', step: 2, choice: 'ship', at: 3, auto: false })).toEqual({ stored: true });
    await storage.deleteSession('sess0001');
    await storage.close();
    expect(logs).toContain(`${path}: layout migrated from version 2 to ${STORAGE_VERSION}`);

    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(3);
    const objects = after.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'events%'").all();
    expect(objects).toEqual([]);
    after.close();
  });

  it('a new database has no events table', async () => {
    const path = join(tempDir(), 'new.db');
    await (await openSqliteStorage(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(STORAGE_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => (r as { name: string }).name)).toEqual(['choices', 'meta', 'seats', 'sessions']);
    db.close();
  });
});
