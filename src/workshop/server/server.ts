/**
 * The workshop server: HTTP (the built game) and WebSocket (/ws, the protocol)
 * on one port, with caps on connections and frame size, and heartbeats.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerMessage } from '../protocol';
import { MAX_MESSAGE_BYTES } from '../protocol';
import type { WorkshopConfig } from './config';
import { securityHeaders, type SecurityOptions } from './headers';
import { hostChecker } from './host-check';
import type { Peer } from './room';
import { loadScenarioCatalog } from './scenarios';
import { openSqliteStorage } from './sqlite-storage';
import { openStaticSite, replyText } from './static-files';
import type { WorkshopStorage } from './storage';
import { clientAddress } from './client-address';
import { KeyedLimiter } from './rate-limit';
import { errorMessage } from './refusal';
import { Workshop, type BotRandom } from './workshop';

/** A running workshop server. */
export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly workshop: Workshop;
  /** Resolves once every served file has its brotli copy (gzip copies are ready when the server starts). */
  readonly compressed: Promise<void>;
  close(): Promise<void>;
}

/** Frames above this are refused by ws itself (closing 1009); between MAX_MESSAGE_BYTES and this, a typed error. */
const WS_MAX_PAYLOAD = 64 * 1024;
/** A peer that does not read its messages is dropped past this much unsent data. */
const MAX_BUFFERED = 1024 * 1024;
/**
 * A connection over its address's rate gets its 429 after this long (as its Retry-After says), so a client that
 * reconnects in a loop makes one attempt a second per loop instead of hundreds; at most MAX_HELD_REFUSALS wait
 * at once, the others are refused at once.
 */
const REFUSAL_DELAY_MS = 1000;
const MAX_HELD_REFUSALS = 256;

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Starts a server; resolves once it listens and sessions are restored from the database. */
export async function startWorkshopServer(config: WorkshopConfig, options: { storage?: WorkshopStorage; log?: (line: string) => void; random?: BotRandom } = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const scenarios = loadScenarioCatalog(config.scenariosDir);
  const site = await openStaticSite(config.staticDir);
  let compressed = Promise.resolve();
  if (config.staticDir) {
    log(`serving ${site.stats.files} files from ${config.staticDir} (gzip ready; brotli copies follow in the background)`);
    compressed = site.compressed().then(() => log(`compressed copies ready (brotli and gzip): ${site.stats.reused} reused from disk, ${site.stats.written} written`));
  }
  const storage = options.storage ?? await openSqliteStorage(config.dbPath, { synchronous: config.synchronous, log });
  const workshop = new Workshop({ storage, scenarios, limits: config.limits, sessionTtlMs: config.sessionTtlHours * 3_600_000, log, trainerKey: config.trainerKey ?? null, ...(config.botThinkMs !== undefined ? { botThinkMs: config.botThinkMs } : {}), ...(options.random ? { random: options.random } : {}) });
  const restored = await workshop.restore();
  log(`restored ${restored.sessions} sessions, ${restored.seats} seats, ${restored.choices} choices`);
  workshop.start();

  // The policy follows the pages as they are now (a rebuild while running changes the boot style's hash).
  const security = (): SecurityOptions => {
    const inline = site.inlineHashes();
    return { frameAncestors: config.frameAncestors ?? [], styleHashes: inline.styles, scriptHashes: inline.scripts };
  };
  const checkHost = hostChecker(config.allowedHosts ?? [], config.allowedOrigins);
  let storageFault: string | null = null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD, perMessageDeflate: false });
  storage.onFault?.((message) => {
    storageFault = message;
    // Everyone connected hears it at once: nothing they do from now on is stored.
    const notice = JSON.stringify(errorMessage('storage-failed', message));
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(notice);
  });

  const http: Server = createServer((req, res) => {
    const host = checkHost(req.headers.host);
    const secure = () => {
      for (const [name, value] of Object.entries(securityHeaders(security(), host.ok ? req.headers.host : undefined))) res.setHeader(name, value);
    };
    secure();
    if (!host.ok) return replyText(res, 421, `This server does not answer to this address: ${host.reason}.`);
    if (new URL(req.url ?? '/', 'http://x').pathname === '/healthz')
      return storageFault ? replyText(res, 503, `storage fault: ${storageFault}`) : replyText(res, 200, 'ok');
    site.handle(req, res, secure);
  });
  const perAddress = new Map<string, number>();
  // New connections per address: a client that reconnects in a loop is refused before the WebSocket handshake,
  // the cheapest place (no socket state, no timers), so it cannot make the players wait behind its handshakes.
  const connects = new KeyedLimiter(config.limits.maxConnectionsPerAddress, config.limits.connectionsPerSecondPerAddress);
  const connectsSweep = setInterval(() => connects.sweep(Date.now()), 60_000);
  connectsSweep.unref();
  const heldRefusals = new Map<ReturnType<typeof setTimeout>, { destroy(): void }>();
  let connections = 0;
  let nextPeer = 1;

  http.on('upgrade', (req, socket, head) => {
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies ?? []);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const refuse = (status: string, text = '', retryAfterSeconds?: number) => {
      const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
      socket.end(`HTTP/1.1 ${status}\r\n${retry}Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    };
    // DNS rebinding: a page on another domain resolved to this address sends that domain as Host.
    const host = checkHost(req.headers.host);
    if (!host.ok) return refuse('421 Misdirected Request', `This server does not answer to this address: ${host.reason}.`);
    if (path !== '/ws') return refuse('404 Not Found');
    // Browsers send the page's origin: only pages from this server (or allowed origins) may connect, so another
    // web page a player visits cannot use their browser to reach a server on their LAN. Non-browser clients send none.
    const origin = req.headers.origin;
    if (origin !== undefined && !sameHost(origin, req.headers.host) && !config.allowedOrigins.includes(origin)) return refuse('403 Forbidden');
    if (connections >= config.limits.maxConnections || (perAddress.get(address) ?? 0) >= config.limits.maxConnectionsPerAddress) return refuse('503 Service Unavailable');
    if (!connects.take(address, Date.now())) {
      const tooMany = () => refuse('429 Too Many Requests', 'Too many new connections from this address; wait a moment.', REFUSAL_DELAY_MS / 1000);
      if (heldRefusals.size >= MAX_HELD_REFUSALS) return tooMany();
      const t = setTimeout(() => {
        heldRefusals.delete(t);
        tooMany();
      }, REFUSAL_DELAY_MS);
      heldRefusals.set(t, socket);
      socket.once('close', () => {
        clearTimeout(t);
        heldRefusals.delete(t);
      });
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, address));
  });

  function accept(ws: WebSocket, address: string): void {
    connections++;
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    let alive = true;
    const peer: Peer = {
      id: nextPeer++, address, role: { kind: 'none' },
      send(message: ServerMessage) {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > MAX_BUFFERED) return void ws.terminate();
        ws.send(JSON.stringify(message));
      },
      close: (code, reason) => ws.close(code, reason),
    };
    ws.on('pong', () => { alive = true; });
    const heartbeat = setInterval(() => {
      if (!alive) return void ws.terminate();
      alive = false;
      ws.ping();
    }, config.limits.heartbeatSeconds * 1000);
    heartbeat.unref();
    workshop.connected(peer);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return peer.send(errorMessage('bad-json', 'Messages are JSON text frames.'));
      const text = data.toString();
      if (text.length > MAX_MESSAGE_BYTES) return peer.send(errorMessage('too-large', `A message may be at most ${MAX_MESSAGE_BYTES} bytes.`));
      void workshop.handle(peer, text);
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      connections--;
      const n = (perAddress.get(address) ?? 1) - 1;
      if (n <= 0) perAddress.delete(address);
      else perAddress.set(address, n);
      workshop.disconnect(peer);
    });
    ws.on('error', () => ws.terminate());
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    port, url: `http://${shownHost}:${port}/`, workshop, compressed,
    async close() {
      clearInterval(connectsSweep);
      for (const [t, socket] of heldRefusals) {
        clearTimeout(t);
        socket.destroy();
      }
      heldRefusals.clear();
      for (const c of wss.clients) c.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await workshop.close();
    },
  };
}
