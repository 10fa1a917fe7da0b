/** Test helpers for the workshop: a scenarios folder with the mini fixture, servers on port 0, and WebSocket clients. */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/workshop/protocol';
import { DEFAULT_LIMITS, startWorkshopServer, type BotRandom, type RunningServer, type WorkshopConfig, type WorkshopLimits } from '../../src/workshop/server';

/** A temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'workshop-test-'));
}

/** A scenarios folder holding only the mini fixture (id "mini", version 1.0.0). */
export function miniScenarios(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'mini'));
  copyFileSync(fileURLToPath(new URL('../fixtures/mini.json', import.meta.url)), join(dir, 'mini', 'scenario.json'));
  return dir;
}

/** A config for a test server on 127.0.0.1, any free port. */
export function testConfig(over: Partial<Omit<WorkshopConfig, 'limits'>> & { limits?: Partial<WorkshopLimits> } = {}): WorkshopConfig {
  const dir = tempDir();
  return {
    port: 0, host: '127.0.0.1', dbPath: join(dir, 'workshop.db'), synchronous: 'full', scenariosDir: miniScenarios(), staticDir: null, sessionTtlHours: 24, allowedOrigins: [],
    ...over, limits: { ...DEFAULT_LIMITS, ...over.limits },
  };
}

/** Starts an in-process server with silent logs. */
export function startTestServer(config: WorkshopConfig = testConfig(), options: { random?: BotRandom } = {}): Promise<RunningServer> {
  return startWorkshopServer(config, { log: () => {}, ...options });
}

type Msg<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

/** A WebSocket client that queues what the server sends and waits for messages by type. */
export class TestClient {
  readonly received: ServerMessage[] = [];
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void; reject: (e: Error) => void }[] = [];
  private nextRid = 1;
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      const i = this.waiters.findIndex((w) => w.test(m));
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(m);
      else this.received.push(m);
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const w of this.waiters.splice(0)) w.reject(new Error(`connection closed while waiting (${code})`));
    });
  }

  /** Opens a client on a server's /ws (with extra request headers, e.g. X-Forwarded-For; `autoPong: false` never answers pings). */
  static open(port: number, options: { headers?: Record<string, string>; autoPong?: boolean } = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: options.headers ?? {}, autoPong: options.autoPong ?? true });
      const client = new TestClient(ws);
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  /** Sends raw text. */
  sendRaw(text: string): void {
    this.ws.send(text);
  }

  /** Sends a message (v: 1 added) with a fresh rid and waits for the reply carrying that rid. */
  request(message: Record<string, unknown>): Promise<ServerMessage> {
    const rid = this.nextRid++;
    this.ws.send(JSON.stringify({ v: 1, ...message, rid }));
    return this.wait((m) => m.rid === rid);
  }

  /** The next message of a type (already received or still to come). */
  next<T extends ServerMessage['type']>(type: T, test: (m: Msg<T>) => boolean = () => true): Promise<Msg<T>> {
    return this.wait((m) => m.type === type && test(m as Msg<T>)) as Promise<Msg<T>>;
  }

  private wait(test: (m: ServerMessage) => boolean): Promise<ServerMessage> {
    const i = this.received.findIndex(test);
    if (i >= 0) return Promise.resolve(this.received.splice(i, 1)[0] as ServerMessage);
    if (this.closed) return Promise.reject(new Error(`connection closed (${this.closed.code})`));
    return new Promise((resolve, reject) => this.waiters.push({ test, resolve, reject }));
  }

  /** Waits until the server closes the connection. */
  whenClosed(): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => this.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Drops the connection without a closing handshake. */
  drop(): void {
    this.ws.terminate();
  }

  close(): void {
    this.ws.close();
  }
}

/** Session settings for the mini scenario. */
export const miniSettings = (over: Record<string, unknown> = {}) => ({ scenario: 'mini', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo', seed: 7, ...over });

/** Asserts a reply's type and narrows it. */
export function expectType<T extends ServerMessage['type']>(m: ServerMessage, type: T): Msg<T> {
  if (m.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(m)}`);
  return m as Msg<T>;
}
