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
import type { Peer } from './room';
import { loadScenarioCatalog } from './scenarios';
import { openSqliteStorage } from './sqlite-storage';
import { staticHandler } from './static-files';
import type { WorkshopStorage } from './storage';
import { errorMessage, Workshop, type BotRandom } from './workshop';

/** A running workshop server. */
export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly workshop: Workshop;
  close(): Promise<void>;
}

/** Frames above this are refused by ws itself (closing 1009); between MAX_MESSAGE_BYTES and this, a typed error. */
const WS_MAX_PAYLOAD = 64 * 1024;
/** A peer that does not read its messages is dropped past this much unsent data. */
const MAX_BUFFERED = 1024 * 1024;

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
  const storage = options.storage ?? await openSqliteStorage(config.dbPath, { synchronous: config.synchronous });
  const workshop = new Workshop({ storage, scenarios, limits: config.limits, sessionTtlMs: config.sessionTtlHours * 3_600_000, log, ...(config.botThinkMs !== undefined ? { botThinkMs: config.botThinkMs } : {}), ...(options.random ? { random: options.random } : {}) });
  const restored = await workshop.restore();
  log(`restored ${restored.sessions} sessions, ${restored.seats} seats, ${restored.choices} choices`);
  workshop.start();

  const http: Server = createServer(staticHandler(config.staticDir));
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD, perMessageDeflate: false });
  const perAddress = new Map<string, number>();
  let connections = 0;
  let nextPeer = 1;

  http.on('upgrade', (req, socket, head) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (path !== '/ws') return refuse('404 Not Found');
    // Browsers send the page's origin: only pages from this server (or allowed origins) may connect, so another
    // web page a player visits cannot use their browser to reach a server on their LAN. Non-browser clients send none.
    const origin = req.headers.origin;
    if (origin !== undefined && !sameHost(origin, req.headers.host) && !config.allowedOrigins.includes(origin)) return refuse('403 Forbidden');
    if (connections >= config.limits.maxConnections || (perAddress.get(address) ?? 0) >= config.limits.maxConnectionsPerAddress) return refuse('503 Service Unavailable');
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
    }, 30_000);
    heartbeat.unref();
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
    port, url: `http://${shownHost}:${port}/`, workshop,
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await workshop.close();
    },
  };
}
