// @ts-check
/**
 * The SQLite side of the workshop storage, in a worker thread so that commits
 * (an fsync each with synchronous=FULL) never block the server's event loop.
 * Group commit: every request that arrived while the previous transaction was
 * being written goes into the next single transaction; each reply is posted
 * only after that transaction has committed. Plain JavaScript so that Node,
 * tsx and Vitest can all start it as a worker without a TypeScript loader.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrate } from './sqlite-migrations.js';

const port = parentPort;
if (!port) throw new Error('sqlite-worker.js runs only as a worker thread.');
const { path, synchronous } = workerData;

/** The database path with symbolic links resolved, so that two names for one file share one lock. */
function canonical(/** @type {string} */ p) {
  try {
    return realpathSync(p);
  } catch {
    return join(realpathSync(dirname(p)), basename(p));
  }
}

/**
 * One server per database: an SQLite file next to the database (<db>-lock), written once in
 * EXCLUSIVE locking mode, so its connection holds an exclusive OS lock until it closes. The kernel
 * drops that lock when the process dies (kill -9 included), so there is never a stale lock to clean
 * up, and the workshop database itself stays readable by other tools (backups, sqlite3).
 * @returns {import('better-sqlite3').Database}
 */
function lockDatabase() {
  const lock = new Database(`${canonical(path)}-lock`, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.pragma('journal_mode = MEMORY');
    // A write: in EXCLUSIVE mode the exclusive lock it takes is kept until the connection closes.
    lock.exec(`BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder; INSERT INTO holder (pid) VALUES (${process.pid}); COMMIT;`);
    return lock;
  } catch (e) {
    lock.close();
    if (!(e instanceof Error && /locked|busy/i.test(e.message))) throw e;
    let who = 'another workshop server';
    try {
      const peek = new Database(path, { readonly: true, fileMustExist: true, timeout: 1000 });
      const row = /** @type {{ value: string } | undefined} */ (peek.prepare("SELECT value FROM meta WHERE key = 'server'").get());
      peek.close();
      const s = row ? JSON.parse(row.value) : null;
      if (s) who = `another workshop server (pid ${s.pid} on ${s.host}, started ${new Date(s.startedAt).toISOString()})`;
    } catch { /* the holder is not recorded yet */ }
    throw new Error(`The workshop database ${path} is in use by ${who}. Stop that server first, or give this one its own --db file.`);
  }
}

/** @type {import('better-sqlite3').Database} */
let db;
/** @type {import('better-sqlite3').Database} */
let lock;
try {
  lock = lockDatabase();
  db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const check = /** @type {{ quick_check: string }[]} */ (db.pragma('quick_check')).map((r) => r.quick_check);
  if (check.length !== 1 || check[0] !== 'ok')
    throw new Error(`The workshop database ${path} is damaged (${check.slice(0, 3).join('; ')}). Restore it from a backup; the file was not changed.`);
  const { from, to } = migrate(db, path);
  if (from !== 0 && from !== to) port.postMessage({ type: 'log', message: `${path}: layout migrated from version ${from} to ${to}` });
  db.prepare("INSERT INTO meta (key, value) VALUES ('server', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(JSON.stringify({ pid: process.pid, host: hostname(), startedAt: Date.now() }));
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  port.postMessage({ type: 'fatal', message: message.includes(path) ? message : `The workshop database ${path} cannot be opened: ${message}. If it is damaged, restore it from a backup.` });
  process.exit(0);
}

/**
 * Guards against the file being deleted, replaced or truncated under the running server (an operator
 * cleaning up, a restore over it): SQLite would keep writing to the open, orphaned file, and every choice
 * acknowledged from then on would be gone after a restart. Checked before each batch's replies are sent
 * and every second; once it fails, nothing more is stored or acknowledged.
 */
const fileGuard = (() => {
  /** @param {string} p */
  const identity = (p) => {
    try {
      const s = statSync(p);
      return { id: `${s.dev}:${s.ino}`, size: s.size };
    } catch {
      return null;
    }
  };
  const main = identity(path);
  let wal = identity(`${path}-wal`);
  let largest = main?.size ?? 0;
  const header = Buffer.alloc(16);
  /** @returns {string | null} what is wrong with the file, if anything */
  return () => {
    const now = identity(path);
    if (!now) return `The workshop database file ${path} was deleted while the server was running.`;
    if (now.id !== main?.id) return `The workshop database file ${path} was replaced by another file while the server was running.`;
    if (now.size < largest) return `The workshop database file ${path} was truncated while the server was running (${now.size} bytes, was ${largest}).`;
    largest = now.size;
    if (now.size >= 16) {
      const fd = openSync(path, 'r');
      try {
        readSync(fd, header, 0, 16, 0);
      } finally {
        closeSync(fd);
      }
      if (header.toString('latin1') !== 'SQLite format 3\0') return `The workshop database file ${path} was overwritten while the server was running (it no longer starts with an SQLite header).`;
    }
    const w = identity(`${path}-wal`);
    if (wal && (!w || w.id !== wal.id)) return `The workshop database's log file ${path}-wal was deleted or replaced while the server was running.`;
    wal ??= w;
    return null;
  };
})();

/** Set once the file guard fails: every later request is refused with it. */
/** @type {string | null} */
let fault = null;
function guard() {
  if (fault) return fault;
  const problem = fileGuard();
  if (problem) {
    fault = `${problem} Choices are no longer stored or acknowledged: stop the server, put the database file back (or restore a backup) and start it again.`;
    port?.postMessage({ type: 'fault', message: fault });
  }
  return fault;
}
setInterval(guard, 1000).unref();

const st = {
  insSession: db.prepare('INSERT INTO sessions (id, code, trainer_token_hash, settings, created_at, expires_at, locked, paused, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
  delSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
  insSeat: db.prepare('INSERT INTO seats (id, session_id, token_hash, nickname, team, seed, joined_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
  insChoice: db.prepare('INSERT INTO choices (seat_id, step, choice, at, auto) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seat_id, step) DO NOTHING'),
  getChoice: db.prepare('SELECT choice FROM choices WHERE seat_id = ? AND step = ?'),
  choicesOf: db.prepare('SELECT * FROM choices WHERE seat_id = ? ORDER BY step'),
  liveSessions: db.prepare('SELECT * FROM sessions WHERE expires_at > ?'),
  liveSeats: db.prepare('SELECT seats.* FROM seats JOIN sessions ON sessions.id = seats.session_id WHERE sessions.expires_at > ?'),
  liveChoices: db.prepare('SELECT choices.* FROM choices JOIN seats ON seats.id = choices.seat_id JOIN sessions ON sessions.id = seats.session_id WHERE sessions.expires_at > ? ORDER BY choices.seat_id, choices.step'),
  expired: db.prepare('SELECT id FROM sessions WHERE expires_at <= ?'),
  setSession: {
    locked: db.prepare('UPDATE sessions SET locked = ? WHERE id = ?'), paused: db.prepare('UPDATE sessions SET paused = ? WHERE id = ?'),
    hold: db.prepare('UPDATE sessions SET hold = ? WHERE id = ?'), expiresAt: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?'),
  },
  setSeat: {
    nickname: db.prepare('UPDATE seats SET nickname = ? WHERE id = ?'), tokenHash: db.prepare('UPDATE seats SET token_hash = ? WHERE id = ?'),
    removed: db.prepare('UPDATE seats SET removed = ? WHERE id = ?'),
  },
};

/** @param {any} v */
const sqlValue = (v) => (typeof v === 'boolean' ? +v : v);
/** @param {any} r */
const sessionOf = (r) => ({
  id: r.id, code: r.code, trainerTokenHash: r.trainer_token_hash, settings: JSON.parse(r.settings), createdAt: r.created_at,
  expiresAt: r.expires_at, locked: r.locked === 1, paused: r.paused === 1, hold: r.hold,
});

/**
 * Rows mapped one by one: a row that cannot be read (e.g. settings that are not JSON) is left out and
 * reported with its table, rowid and reason instead of failing the whole load.
 * @template T
 * @param {string} table
 * @param {any[]} rows
 * @param {(r: any) => T} map
 * @param {{ table: string, row: string, reason: string }[]} skipped
 * @returns {T[]}
 */
function readRows(table, rows, map, skipped) {
  /** @type {T[]} */
  const out = [];
  for (const r of rows) {
    try {
      out.push(map(r));
    } catch (e) {
      skipped.push({ table, row: `${r.id ?? `${r.seat_id}#${r.step}`}`, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
/** @param {any} r */
const seatOf = (r) => ({ id: r.id, sessionId: r.session_id, tokenHash: r.token_hash, nickname: r.nickname, team: r.team, seed: r.seed, joinedAt: r.joined_at, removed: r.removed === 1 });
/** @param {any} r */
const choiceOf = (r) => ({ seatId: r.seat_id, step: r.step, choice: r.choice, at: r.at, auto: r.auto === 1 });

/** The operations, by name; arguments come from the main thread's typed wrapper, never from the network. */
/** @type {Record<string, (...args: any[]) => unknown>} */
const ops = {
  createSession: (s) => { st.insSession.run(s.id, s.code, s.trainerTokenHash, JSON.stringify(s.settings), s.createdAt, s.expiresAt, +s.locked, +s.paused, s.hold); },
  updateSession: (id, patch) => { for (const [k, v] of Object.entries(patch)) if (k in st.setSession && v !== undefined) /** @type {any} */ (st.setSession)[k].run(sqlValue(v), id); },
  deleteSession: (id) => { st.delSession.run(id); },
  addSeat: (s) => { st.insSeat.run(s.id, s.sessionId, s.tokenHash, s.nickname, s.team, s.seed, s.joinedAt, +s.removed); },
  // A nested transaction (a savepoint inside the batch's): one seat that fails takes the others back with it.
  addSeats: (list) => { db.transaction(() => { for (const s of list) ops.addSeat(s); })(); },
  updateSeat: (id, patch) => { for (const [k, v] of Object.entries(patch)) if (k in st.setSeat && v !== undefined) /** @type {any} */ (st.setSeat)[k].run(sqlValue(v), id); },
  appendChoice: (c) => {
    if (st.insChoice.run(c.seatId, c.step, c.choice, c.at, +c.auto).changes === 1) return { stored: true };
    const existing = /** @type {{ choice: string } | undefined} */ (st.getChoice.get(c.seatId, c.step));
    return { stored: false, existing: existing?.choice ?? '' };
  },
  choicesOf: (seatId) => st.choicesOf.all(seatId).map(choiceOf),
  loadLive: (now) => {
    /** @type {{ table: string, row: string, reason: string }[]} */
    const skipped = [];
    const sessions = readRows('sessions', st.liveSessions.all(now), sessionOf, skipped);
    return { sessions, seats: readRows('seats', st.liveSeats.all(now), seatOf, skipped), choices: readRows('choices', st.liveChoices.all(now), choiceOf, skipped), skipped };
  },
  deleteExpired: (now) => {
    const ids = st.expired.all(now).map((/** @type {any} */ r) => r.id);
    for (const id of ids) st.delSession.run(id);
    return ids;
  },
};

/** @type {{ id: number, op: string, args: unknown[] }[]} */
let queue = [];
let scheduled = false;

function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  if (batch.length === 0) return;
  const refuse = (/** @type {string} */ error) => port?.postMessage({ type: 'results', results: batch.map(({ id }) => ({ id, ok: false, error })) });
  if (guard()) return refuse(/** @type {string} */ (fault));
  /** @type {{ id: number, ok: boolean, value?: unknown, error?: string }[]} */
  const results = [];
  try {
    db.transaction(() => {
      for (const { id, op, args } of batch) {
        const fn = ops[op];
        try {
          if (!fn) throw new Error(`unknown storage operation ${op}`);
          results.push({ id, ok: true, value: fn(...args) });
        } catch (e) {
          results.push({ id, ok: false, error: e instanceof Error ? e.message : String(e) }); // this statement only
        }
      }
    })();
  } catch (e) {
    return refuse(e instanceof Error ? e.message : String(e));
  }
  // The commit may have gone to a file that is no longer the database: then it is not acknowledged.
  if (guard()) return refuse(/** @type {string} */ (fault));
  port?.postMessage({ type: 'results', results }); // only now: the transaction has committed
}

port.on('message', (/** @type {any} */ m) => {
  if (m.type === 'close') {
    if (m.discard) queue = [];
    flush();
    db.close();
    lock.close(); // after the database: no second server may open it before this one has finished
    port.postMessage({ type: 'closed' });
    return;
  }
  queue.push(m);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush); // requests that arrive meanwhile join this batch
  }
});
port.postMessage({ type: 'ready' });
