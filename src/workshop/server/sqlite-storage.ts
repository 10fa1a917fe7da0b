/**
 * The SQLite implementation of WorkshopStorage (better-sqlite3, WAL mode).
 *
 * Durability: journal_mode=WAL with synchronous=FULL by default. In WAL mode a
 * commit appends to the -wal file; a process killed with `kill -9` loses
 * nothing that was committed even with NORMAL (the bytes are in the OS page
 * cache, which outlives the process). FULL also fsyncs the WAL on every commit,
 * so an acknowledged choice survives a power cut or an OS crash on a laptop.
 * Group commit pays for that fsync once per batch: writes queued in the same
 * event-loop turn go into one transaction, and every promise of the batch
 * resolves only after that transaction commits.
 */
import Database from 'better-sqlite3';
import type {
  AppendResult, ChoiceRecord, EventRecord, SeatPatch, SeatRecord, SessionPatch, SessionRecord, StoredWorkshop, WorkshopStorage,
} from './storage';

/** The database layout version this build reads and writes. */
export const STORAGE_VERSION = 1;

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

/** Options of the SQLite storage. */
export interface SqliteOptions {
  /** "full" (default) fsyncs every commit; "normal" survives kill -9 but not a power cut. */
  readonly synchronous?: 'full' | 'normal';
}

type Op = { run: () => unknown; resolve: (v: never) => void; reject: (e: unknown) => void };

/** Opens (or creates) a workshop database file. Throws a clear error for a database of a newer layout. */
export function openSqliteStorage(path: string, options: SqliteOptions = {}): WorkshopStorage {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'version'").get();
  if (!version) db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(String(STORAGE_VERSION));
  else if (Number(version.value) !== STORAGE_VERSION)
    throw new Error(`The workshop database ${path} has layout version ${version.value}; this server reads version ${STORAGE_VERSION}. Use another --db file.`);

  const st = {
    insSession: db.prepare('INSERT INTO sessions (id, code, trainer_token_hash, settings, created_at, expires_at, locked, paused, hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    delSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    insSeat: db.prepare('INSERT INTO seats (id, session_id, token_hash, nickname, team, seed, joined_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insChoice: db.prepare('INSERT INTO choices (seat_id, step, choice, at, auto) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seat_id, step) DO NOTHING'),
    getChoice: db.prepare<[string, number], { choice: string }>('SELECT choice FROM choices WHERE seat_id = ? AND step = ?'),
    insEvent: db.prepare('INSERT INTO events (session_id, at, kind, data) VALUES (?, ?, ?, ?)'),
    choicesOf: db.prepare<[string], ChoiceRow>('SELECT seat_id, step, choice, at, auto FROM choices WHERE seat_id = ? ORDER BY step'),
    liveSessions: db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE expires_at > ?'),
    liveSeats: db.prepare<[number], SeatRow>('SELECT seats.* FROM seats JOIN sessions ON sessions.id = seats.session_id WHERE sessions.expires_at > ?'),
    liveChoices: db.prepare<[number], ChoiceRow>(
      'SELECT choices.* FROM choices JOIN seats ON seats.id = choices.seat_id JOIN sessions ON sessions.id = seats.session_id WHERE sessions.expires_at > ? ORDER BY choices.seat_id, choices.step'),
    expired: db.prepare<[number], { id: string }>('SELECT id FROM sessions WHERE expires_at <= ?'),
  };

  // Group commit: one transaction per event-loop turn.
  let queue: Op[] = [];
  let closed = false;
  const flush = () => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const results: { ok: boolean; value: unknown }[] = [];
    try {
      db.transaction(() => {
        for (const op of batch) {
          try {
            results.push({ ok: true, value: op.run() });
          } catch (e) {
            results.push({ ok: false, value: e }); // this statement only; the others still commit
          }
        }
      })();
    } catch (e) {
      for (const op of batch) op.reject(e);
      return;
    }
    batch.forEach((op, i) => {
      const r = results[i] as { ok: boolean; value: unknown };
      if (r.ok) op.resolve(r.value as never);
      else op.reject(r.value);
    });
  };
  const write = <T>(run: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('The workshop storage is closed.'));
      if (queue.length === 0) setImmediate(flush);
      queue.push({ run, resolve: resolve as (v: never) => void, reject });
    });
  const read = <T>(run: () => T): Promise<T> => new Promise<T>((resolve) => resolve(run()));

  const setColumns = (table: 'sessions' | 'seats', id: string, columns: Record<string, unknown>) => {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    // Column names come from this file's own patch mapping, never from a message.
    db.prepare(`UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(columns), id);
  };

  return {
    createSession: (s) => write(() => {
      st.insSession.run(s.id, s.code, s.trainerTokenHash, JSON.stringify(s.settings), s.createdAt, s.expiresAt, +s.locked, +s.paused, s.hold);
    }),
    updateSession: (id, p: SessionPatch) => write(() => setColumns('sessions', id, {
      ...(p.locked !== undefined ? { locked: +p.locked } : {}), ...(p.paused !== undefined ? { paused: +p.paused } : {}),
      ...(p.hold !== undefined ? { hold: p.hold } : {}), ...(p.expiresAt !== undefined ? { expires_at: p.expiresAt } : {}),
    })),
    deleteSession: (id) => write(() => { st.delSession.run(id); }),
    addSeat: (s) => write(() => { st.insSeat.run(s.id, s.sessionId, s.tokenHash, s.nickname, s.team, s.seed, s.joinedAt, +s.removed); }),
    updateSeat: (id, p: SeatPatch) => write(() => setColumns('seats', id, {
      ...(p.nickname !== undefined ? { nickname: p.nickname } : {}), ...(p.tokenHash !== undefined ? { token_hash: p.tokenHash } : {}),
      ...(p.removed !== undefined ? { removed: +p.removed } : {}),
    })),
    appendChoice: (c) => write((): AppendResult => {
      if (st.insChoice.run(c.seatId, c.step, c.choice, c.at, +c.auto).changes === 1) return { stored: true };
      return { stored: false, existing: st.getChoice.get(c.seatId, c.step)?.choice ?? '' };
    }),
    addEvent: (e: EventRecord) => write(() => { st.insEvent.run(e.sessionId, e.at, e.kind, JSON.stringify(e.data)); }),
    choicesOf: (seatId) => read(() => st.choicesOf.all(seatId).map(choiceOf)),
    loadLive: (now) => read((): StoredWorkshop => ({
      sessions: st.liveSessions.all(now).map(sessionOf),
      seats: st.liveSeats.all(now).map(seatOf),
      choices: st.liveChoices.all(now).map(choiceOf),
    })),
    deleteExpired: (now) => write(() => {
      const ids = st.expired.all(now).map((r) => r.id);
      for (const id of ids) st.delSession.run(id);
      return ids;
    }),
    close: async () => {
      if (closed) return;
      if (queue.length > 0) flush();
      closed = true;
      db.close();
    },
  };
}

interface SessionRow { id: string; code: string; trainer_token_hash: string; settings: string; created_at: number; expires_at: number; locked: number; paused: number; hold: string | null }
interface SeatRow { id: string; session_id: string; token_hash: string; nickname: string; team: number | null; seed: number; joined_at: number; removed: number }
interface ChoiceRow { seat_id: string; step: number; choice: string; at: number; auto: number }

const sessionOf = (r: SessionRow): SessionRecord => ({
  id: r.id, code: r.code, trainerTokenHash: r.trainer_token_hash, settings: JSON.parse(r.settings) as SessionRecord['settings'],
  createdAt: r.created_at, expiresAt: r.expires_at, locked: r.locked === 1, paused: r.paused === 1, hold: r.hold,
});
const seatOf = (r: SeatRow): SeatRecord => ({
  id: r.id, sessionId: r.session_id, tokenHash: r.token_hash, nickname: r.nickname, team: r.team, seed: r.seed, joinedAt: r.joined_at, removed: r.removed === 1,
});
const choiceOf = (r: ChoiceRow): ChoiceRecord => ({ seatId: r.seat_id, step: r.step, choice: r.choice, at: r.at, auto: r.auto === 1 });
