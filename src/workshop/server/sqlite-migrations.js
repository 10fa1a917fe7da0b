// @ts-check
/**
 * The workshop database layout, as numbered migrations. The layout version is SQLite's
 * PRAGMA user_version; each migration runs in its own transaction together with the version bump,
 * so a database is always at exactly one version. A database from a newer server is refused and left
 * untouched; an older one is brought up to date in place.
 */

/** @typedef {import('better-sqlite3').Database} Db */

/** @type {{ version: number, about: string, up: (db: Db) => void }[]} */
export const MIGRATIONS = [
  {
    version: 1,
    about: 'sessions, seats, the append-only choice log, events',
    up: (db) => db.exec(`
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
    `),
  },
  {
    version: 2,
    about: 'the layout version moves from the meta table to PRAGMA user_version',
    up: (db) => db.exec("DELETE FROM meta WHERE key = 'version'"),
  },
  {
    version: 3,
    about: 'the events table goes: nothing read it, and controls wrote a row each',
    up: (db) => db.exec('DROP INDEX IF EXISTS events_session; DROP TABLE IF EXISTS events;'),
  },
];

/** The layout version this build writes (also STORAGE_VERSION in sqlite-storage.ts). */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** @param {Db} db @param {string} sql @param {...unknown} args */
const get = (db, sql, ...args) => /** @type {Record<string, unknown> | undefined} */ (db.prepare(sql).get(...args));

/**
 * Brings a database to LATEST_VERSION. Throws a message for people (naming the file) when the file is
 * from a newer server or is not a workshop database; then nothing is changed.
 * @param {Db} db
 * @param {string} path
 * @returns {{ from: number, to: number }}
 */
export function migrate(db, path) {
  let version = Number(db.pragma('user_version', { simple: true }));
  if (version === 0) {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => /** @type {{ name: string }} */ (r).name);
    if (tables.includes('meta')) {
      // Made before numbered migrations: the version is a row of the meta table.
      const legacy = get(db, "SELECT value FROM meta WHERE key = 'version'");
      if (!legacy || legacy.value !== '1')
        throw new Error(`The workshop database ${path} has layout version ${String(legacy?.value ?? 'unknown')}, which this server cannot read (it knows versions 1 to ${LATEST_VERSION}). Run the server version that made it, or a newer one.`);
      version = 1;
    } else if (tables.length > 0) {
      throw new Error(`${path} is an SQLite database of another program (tables: ${tables.slice(0, 5).join(', ')}), not a workshop database. Give --db a new or workshop file.`);
    }
  }
  if (version > LATEST_VERSION)
    throw new Error(`The workshop database ${path} has layout version ${version}, written by a newer server (this one reads up to ${LATEST_VERSION}). Update the server; the file was not changed.`);
  const from = version;
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    version = m.version;
  }
  return { from, to: version };
}
