/** Workshop server settings: command-line flags override environment variables override defaults. */
import { checkFrameAncestor } from './headers';
import { newTrainerKey } from './secrets';

/** Limits and caps of a workshop server. */
export interface WorkshopLimits {
  readonly maxSessions: number;
  readonly maxSeatsPerSession: number;
  readonly maxConnections: number;
  readonly maxConnectionsPerAddress: number;
  /** Messages per second per connection (burst = 2×). */
  readonly messagesPerSecond: number;
  /** Messages per second per address, over all its connections (burst = 2×). */
  readonly addressMessagesPerSecond: number;
  /** Failed join/resume/create attempts (unknown code, wrong token or trainer key) per minute per address, and per session. */
  readonly failedJoinsPerMinute: number;
  /** Live sessions one address may have created. */
  readonly maxSessionsPerAddress: number;
  /** Trainer connections one session may have at once. */
  readonly maxTrainersPerSession: number;
  /** A session nobody joined, with no trainer connected, is deleted after this many minutes. */
  readonly emptySessionMinutes: number;
  /** A connection that has not joined, resumed or created within this many seconds is closed. */
  readonly unboundSeconds: number;
  /** Every connection is pinged this often; one that has not answered the previous ping is closed. */
  readonly heartbeatSeconds: number;
  /** New WebSocket connections per second per address (burst: maxConnectionsPerAddress); past it the upgrade gets 429. */
  readonly connectionsPerSecondPerAddress: number;
  /** Rehearsal bots on the whole server, over every session. */
  readonly maxBots: number;
  /** Rehearsal bots in all the sessions one address created. */
  readonly maxBotsPerAddress: number;
}

/** Everything a workshop server needs to start. */
export interface WorkshopConfig {
  readonly port: number;
  readonly host: string;
  readonly dbPath: string;
  readonly synchronous: 'full' | 'normal';
  readonly scenariosDir: string;
  /** The built game to serve (null: serve no static files). */
  readonly staticDir: string | null;
  readonly sessionTtlHours: number;
  /** Page origins (besides the server's own) allowed to open the WebSocket, e.g. a static copy of the game elsewhere. */
  readonly allowedOrigins: readonly string[];
  /** Further names the server answers to in the Host header (e.g. a reverse proxy's public name); see host-check.ts. */
  readonly allowedHosts?: readonly string[];
  /** Origins allowed to show the game in a frame (CSP frame-ancestors), e.g. an LMS; default: only the server itself. */
  readonly frameAncestors?: readonly string[];
  readonly limits: WorkshopLimits;
  /** The key a trainer enters to create a session; null: anyone who can connect may (only on loopback). */
  readonly trainerKey?: string | null;
  /** Reverse proxies (their addresses) whose X-Forwarded-For gives the client's address. */
  readonly trustedProxies?: readonly string[];
  /** How long a rehearsal bot thinks before each choice (ms; default 1500). */
  readonly botThinkMs?: number;
}

/** Defaults sized for a room of 5–60 people on one laptop. */
export const DEFAULT_LIMITS: WorkshopLimits = {
  maxSessions: 100, maxSeatsPerSession: 200, maxConnections: 2000, maxConnectionsPerAddress: 100,
  messagesPerSecond: 20, addressMessagesPerSecond: 400, failedJoinsPerMinute: 10,
  maxSessionsPerAddress: 5, maxTrainersPerSession: 4, emptySessionMinutes: 15, unboundSeconds: 20, heartbeatSeconds: 30,
  connectionsPerSecondPerAddress: 10, maxBots: 300, maxBotsPerAddress: 60,
};

const FLAGS: Record<string, { env: string; key: string; numeric: boolean }> = {
  '--port': { env: 'PORT', key: 'port', numeric: true },
  '--host': { env: 'HOST', key: 'host', numeric: false },
  '--db': { env: 'WORKSHOP_DB', key: 'dbPath', numeric: false },
  '--sync': { env: 'WORKSHOP_SYNC', key: 'synchronous', numeric: false },
  '--scenarios': { env: 'WORKSHOP_SCENARIOS', key: 'scenariosDir', numeric: false },
  '--static': { env: 'WORKSHOP_STATIC', key: 'staticDir', numeric: false },
  '--session-ttl-hours': { env: 'WORKSHOP_SESSION_TTL_HOURS', key: 'sessionTtlHours', numeric: true },
  '--allowed-origins': { env: 'WORKSHOP_ALLOWED_ORIGINS', key: 'allowedOrigins', numeric: false },
  '--allowed-hosts': { env: 'WORKSHOP_ALLOWED_HOSTS', key: 'allowedHosts', numeric: false },
  '--frame-ancestors': { env: 'WORKSHOP_FRAME_ANCESTORS', key: 'frameAncestors', numeric: false },
  '--bot-think-ms': { env: 'WORKSHOP_BOT_THINK_MS', key: 'botThinkMs', numeric: true },
  '--max-sessions': { env: 'WORKSHOP_MAX_SESSIONS', key: 'maxSessions', numeric: true },
  '--max-seats': { env: 'WORKSHOP_MAX_SEATS', key: 'maxSeatsPerSession', numeric: true },
  '--max-connections': { env: 'WORKSHOP_MAX_CONNECTIONS', key: 'maxConnections', numeric: true },
  '--max-connections-per-address': { env: 'WORKSHOP_MAX_CONNECTIONS_PER_ADDRESS', key: 'maxConnectionsPerAddress', numeric: true },
  '--messages-per-second': { env: 'WORKSHOP_MESSAGES_PER_SECOND', key: 'messagesPerSecond', numeric: true },
  '--address-messages-per-second': { env: 'WORKSHOP_ADDRESS_MESSAGES_PER_SECOND', key: 'addressMessagesPerSecond', numeric: true },
  '--failed-joins-per-minute': { env: 'WORKSHOP_FAILED_JOINS_PER_MINUTE', key: 'failedJoinsPerMinute', numeric: true },
  '--max-sessions-per-address': { env: 'WORKSHOP_MAX_SESSIONS_PER_ADDRESS', key: 'maxSessionsPerAddress', numeric: true },
  '--max-trainers-per-session': { env: 'WORKSHOP_MAX_TRAINERS_PER_SESSION', key: 'maxTrainersPerSession', numeric: true },
  '--empty-session-minutes': { env: 'WORKSHOP_EMPTY_SESSION_MINUTES', key: 'emptySessionMinutes', numeric: true },
  '--unbound-seconds': { env: 'WORKSHOP_UNBOUND_SECONDS', key: 'unboundSeconds', numeric: true },
  '--heartbeat-seconds': { env: 'WORKSHOP_HEARTBEAT_SECONDS', key: 'heartbeatSeconds', numeric: true },
  '--connections-per-second-per-address': { env: 'WORKSHOP_CONNECTIONS_PER_SECOND_PER_ADDRESS', key: 'connectionsPerSecondPerAddress', numeric: true },
  '--max-bots': { env: 'WORKSHOP_MAX_BOTS', key: 'maxBots', numeric: true },
  '--max-bots-per-address': { env: 'WORKSHOP_MAX_BOTS_PER_ADDRESS', key: 'maxBotsPerAddress', numeric: true },
  '--trainer-key': { env: 'WORKSHOP_TRAINER_KEY', key: 'trainerKey', numeric: false },
  '--trusted-proxy': { env: 'WORKSHOP_TRUSTED_PROXY', key: 'trustedProxies', numeric: false },
};

/** The usage text of tools/workshop-server.ts. */
export const USAGE = `Usage: workshop-server [flags]
  --port N            port for HTTP and WebSocket (env PORT, default 8080; 0 = any free port)
  --host H            address to bind (env HOST, default 127.0.0.1; 0.0.0.0 = reachable on the LAN)
  --db FILE           SQLite database file (env WORKSHOP_DB, default workshop.db)
  --sync full|normal  SQLite synchronous mode (default full: acknowledged choices survive a power cut)
  --scenarios DIR     scenarios folder (default scenarios)
  --static DIR        built game to serve (default dist; "none" to serve nothing)
  --session-ttl-hours N  sessions expire this long after creation (default 24)
  --allowed-origins A,B   other page origins allowed to connect (default: only pages served by this server)
  --allowed-hosts A,B     other names this server is reached by, e.g. a reverse proxy's (default: localhost,
                          IP addresses, this machine's name); other Host headers are refused (DNS rebinding)
  --frame-ancestors A,B   origins that may embed the game in a frame, e.g. an LMS (default: none but the server)
  --bot-think-ms N     how long a rehearsal bot thinks before each choice (default 1500)
  --trainer-key K      the key trainers enter to create a session (env WORKSHOP_TRAINER_KEY); when the server listens
                       beyond loopback without one, a key is drawn and printed at start
  --trusted-proxy A,B  addresses of reverse proxies whose X-Forwarded-For names the client (default: none)
  limits: ${Object.entries(FLAGS).filter(([, spec]) => spec.key in DEFAULT_LIMITS).map(([flag]) => flag).join(' N, ')} N`;

/** Reads the configuration; throws a readable error for an unknown flag or a bad value. */
export function readConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): WorkshopConfig {
  const values: Record<string, string> = {};
  for (const [flag, spec] of Object.entries(FLAGS)) {
    const fromEnv = env[spec.env];
    if (fromEnv !== undefined && fromEnv !== '') values[spec.key] = fromEnv;
    void flag;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = FLAGS[flag];
    if (!spec) throw new Error(`Unknown flag ${flag}.\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    values[spec.key] = value;
  }
  const num = (key: string, fallback: number, min: number, max: number): number => {
    const raw = values[key];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${key} must be a number from ${min} to ${max} (got "${raw}").`);
    return n;
  };
  const list = (raw: string | undefined) => (raw ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const sync = values.synchronous ?? 'full';
  if (sync !== 'full' && sync !== 'normal') throw new Error(`--sync must be "full" or "normal" (got "${sync}").`);
  const d = DEFAULT_LIMITS;
  return {
    port: num('port', 8080, 0, 65535),
    host: values.host ?? '127.0.0.1',
    dbPath: values.dbPath ?? 'workshop.db',
    synchronous: sync,
    scenariosDir: values.scenariosDir ?? 'scenarios',
    staticDir: values.staticDir === 'none' ? null : (values.staticDir ?? 'dist'),
    sessionTtlHours: num('sessionTtlHours', 24, 0.001, 24 * 365),
    allowedOrigins: list(values.allowedOrigins),
    allowedHosts: list(values.allowedHosts),
    frameAncestors: list(values.frameAncestors).map((o) => {
      const problem = checkFrameAncestor(o);
      if (problem) throw new Error(problem);
      return o;
    }),
    botThinkMs: num('botThinkMs', 1500, 0, 600_000),
    trainerKey: trainerKeyOf(values.trainerKey, values.host ?? '127.0.0.1'),
    trustedProxies: list(values.trustedProxies),
    limits: {
      maxSessions: num('maxSessions', d.maxSessions, 1, 100_000),
      maxSeatsPerSession: num('maxSeatsPerSession', d.maxSeatsPerSession, 1, 10_000),
      maxConnections: num('maxConnections', d.maxConnections, 1, 100_000),
      maxConnectionsPerAddress: num('maxConnectionsPerAddress', d.maxConnectionsPerAddress, 1, 100_000),
      messagesPerSecond: num('messagesPerSecond', d.messagesPerSecond, 1, 100_000),
      addressMessagesPerSecond: num('addressMessagesPerSecond', d.addressMessagesPerSecond, 1, 1_000_000),
      failedJoinsPerMinute: num('failedJoinsPerMinute', d.failedJoinsPerMinute, 1, 1_000_000),
      maxSessionsPerAddress: num('maxSessionsPerAddress', d.maxSessionsPerAddress, 1, 100_000),
      maxTrainersPerSession: num('maxTrainersPerSession', d.maxTrainersPerSession, 1, 1000),
      emptySessionMinutes: num('emptySessionMinutes', d.emptySessionMinutes, 0.01, 24 * 60),
      unboundSeconds: num('unboundSeconds', d.unboundSeconds, 0.1, 3600),
      heartbeatSeconds: num('heartbeatSeconds', d.heartbeatSeconds, 0.1, 3600),
      connectionsPerSecondPerAddress: num('connectionsPerSecondPerAddress', d.connectionsPerSecondPerAddress, 0.01, 100_000),
      maxBots: num('maxBots', d.maxBots, 0, 100_000),
      maxBotsPerAddress: num('maxBotsPerAddress', d.maxBotsPerAddress, 0, 100_000),
    },
  };
}

/** True for a bind address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The trainer key: the one given (at least 8 characters), else one drawn when the server listens beyond loopback, else none. */
function trainerKeyOf(given: string | undefined, host: string): string | null {
  if (given !== undefined) {
    if (given.length < 8 || given.length > 200) throw new Error('--trainer-key must be 8 to 200 characters long.');
    return given;
  }
  return isLoopback(host) ? null : newTrainerKey();
}
