// @ts-check
/**
 * The SQLite side of the workshop storage, in a worker thread so that commits
 * (an fsync each with synchronous=FULL) never block the server's event loop.
 * Group commit: every request that arrived while the previous transaction was
 * being written goes into the next single transaction; each reply is posted
 * only after that transaction has committed. Plain JavaScript so that Node,
 * tsx and Vitest can all start it as a worker without a TypeScript loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const STORAGE_VERSION = 1;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, trainer_token_hash TEXT NOT NULL, settings TEXT NOT NULL,
  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, locked INTEGER NOT NULL, paused INTEGER NOT NULL, hold TEXT);
CREATE TABLE IF NOT EXISTS seats (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, token_hash TEXT NOT NULL UNIQUE,
  nickname TEXT NOT NULL, team INTEGER, seed INTEGER NOT NULL, joined_at INTEGER NOT NULL, removed INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS seats_session ON seats(session_id);
CREATE TABLE IF NOT EXISTS choices (
  seat_id TEXT NOT NULL REFERENCES seats(id) ON DELETE CASCADE, step INTEGER NOT NULL, choice TEXT NOT NULL,
  at INTEGER NOT NULL, auto INTEGER NOT NULL, PRIMARY KEY (seat_id, step)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  at INTEGER NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_session ON events(session_id);
`;

const port = parentPort;
if (!port) throw new Error('sqlite-worker.js runs only as a worker thread.');
const { path, synchronous } = workerData;

/** @type {import('better-sqlite3').Database} */
let db;
try {
  db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const version = /** @type {{ value: string } | undefined} */ (db.prepare("SELECT value FROM meta WHERE key = 'version'").get());
  if (!version) db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(String(STORAGE_VERSION));
  else if (Number(version.value) !== STORAGE_VERSION)
    throw new Error(`The workshop database ${path} has layout version ${version.value}; this server reads version ${STORAGE_VERSION}. Use another --db file.`);
} catch (e) {
  port.postMessage({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
  process.exit(0);
}

const st = {
  insSession: db.prepare('INSERT INTO sessions (id, code, trainer_token_hash, settings, created_at, expires_at, locked, paused, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
  delSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
  insSeat: db.prepare('INSERT INTO seats (id, session_id, token_hash, nickname, team, seed, joined_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
  insChoice: db.prepare('INSERT INTO choices (seat_id, step, choice, at, auto) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seat_id, step) DO NOTHING'),
  getChoice: db.prepare('SELECT choice FROM choices WHERE seat_id = ? AND step = ?'),
  insEvent: db.prepare('INSERT INTO events (session_id, at, kind, data) VALUES (?, ?, ?, ?)'),
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
  updateSeat: (id, patch) => { for (const [k, v] of Object.entries(patch)) if (k in st.setSeat && v !== undefined) /** @type {any} */ (st.setSeat)[k].run(sqlValue(v), id); },
  appendChoice: (c) => {
    if (st.insChoice.run(c.seatId, c.step, c.choice, c.at, +c.auto).changes === 1) return { stored: true };
    const existing = /** @type {{ choice: string } | undefined} */ (st.getChoice.get(c.seatId, c.step));
    return { stored: false, existing: existing?.choice ?? '' };
  },
  addEvent: (e) => { st.insEvent.run(e.sessionId, e.at, e.kind, JSON.stringify(e.data)); },
  choicesOf: (seatId) => st.choicesOf.all(seatId).map(choiceOf),
  loadLive: (now) => ({ sessions: st.liveSessions.all(now).map(sessionOf), seats: st.liveSeats.all(now).map(seatOf), choices: st.liveChoices.all(now).map(choiceOf) }),
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
    const error = e instanceof Error ? e.message : String(e);
    port?.postMessage({ type: 'results', results: batch.map(({ id }) => ({ id, ok: false, error })) });
    return;
  }
  port?.postMessage({ type: 'results', results }); // only now: the transaction has committed
}

port.on('message', (/** @type {any} */ m) => {
  if (m.type === 'close') {
    flush();
    db.close();
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
