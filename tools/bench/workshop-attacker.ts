/**
 * The attacker of `npm run bench:workshop`, in its own process: from one address (sent by the trusted proxy in
 * X-Forwarded-For) it floods a workshop server with creates (it knows the trainer key, as an insider would, so it
 * fills its own session quota), joins with random bad codes on fresh connections, and add-bots from several trainer
 * connections of its sessions. Runs until SIGTERM, then prints its counts as JSON.
 *
 *   tsx tools/bench/workshop-attacker.ts PORT ADDRESS TRAINER_KEY SCENARIO VERSION
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/workshop/protocol';

const [port, address, key, scenario, version] = process.argv.slice(2) as [string, string, string, string, string];
let running = true;
const stats = {
  creates: 0, created: 0, createRefusals: {} as Record<string, number>, badCodes: 0, badCodeReplies: {} as Record<string, number>,
  addBots: 0, addBotRefusals: {} as Record<string, number>, refusedConnections: 0,
};
const bump = (counts: Record<string, number>, m: ServerMessage | null) => {
  const k = m === null ? 'connection closed' : m.type === 'error' ? m.code : m.type;
  counts[k] = (counts[k] ?? 0) + 1;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Client {
  private rid = 1;
  private readonly pending = new Map<number, (m: ServerMessage | null) => void>();
  closed = false;
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as ServerMessage;
      if (m.rid !== undefined) { this.pending.get(m.rid)?.(m); this.pending.delete(m.rid); }
    });
    ws.on('close', () => { this.closed = true; for (const r of this.pending.values()) r(null); this.pending.clear(); });
    ws.on('error', () => {});
  }
  static open(): Promise<Client | null> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { 'X-Forwarded-For': address } });
      ws.once('open', () => resolve(new Client(ws)));
      ws.once('error', () => resolve(null));
    });
  }
  request(m: Record<string, unknown>): Promise<ServerMessage | null> {
    if (this.closed) return Promise.resolve(null);
    const rid = this.rid++;
    return new Promise((resolve) => {
      this.pending.set(rid, resolve);
      this.ws.send(JSON.stringify({ v: 1, ...m, rid }));
    });
  }
  close(): void { this.ws.close(); }
}

const settings = { scenario, version, lang: 'en', seedScope: 'room', play: 'solo' };
const sessions: { id: string; token: string }[] = [];

async function creates(): Promise<void> {
  while (running) {
    const c = await Client.open();
    if (!c) { stats.refusedConnections++; await sleep(20); continue; }
    stats.creates++;
    const r = await c.request({ type: 'create', key, settings });
    if (r?.type === 'created') { stats.created++; sessions.push({ id: r.session.id, token: r.trainerToken }); } // kept open: a trainer connection
    else { bump(stats.createRefusals, r); c.close(); }
  }
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
async function badCodes(): Promise<void> {
  while (running) {
    const c = await Client.open();
    if (!c) { stats.refusedConnections++; await sleep(20); continue; }
    while (running && !c.closed) {
      stats.badCodes++;
      const code = Array.from({ length: 7 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
      const r = await c.request({ type: 'join', code });
      bump(stats.badCodeReplies, r);
      if (r?.type !== 'error' || r.code !== 'unknown-session') break; // rate-limited: the server closes this connection
    }
    c.close();
  }
}

async function addBots(worker: number): Promise<void> {
  while (running) {
    const s = sessions[worker % Math.max(1, sessions.length)];
    if (!s) { await sleep(50); continue; }
    const c = await Client.open();
    if (!c) { stats.refusedConnections++; await sleep(20); continue; }
    const hello = await c.request({ type: 'trainer-resume', session: s.id, token: s.token });
    if (hello?.type !== 'trainer-welcome') { bump(stats.addBotRefusals, hello); c.close(); continue; }
    while (running && !c.closed) {
      stats.addBots++;
      const r = await c.request({ type: 'add-bots', count: 60, policy: 'random' });
      if (r?.type !== 'dashboard') bump(stats.addBotRefusals, r);
    }
    c.close();
  }
}

process.once('SIGTERM', () => {
  running = false;
  process.stdout.write(JSON.stringify(stats), () => process.exit(0));
});
void Promise.all([...Array.from({ length: 4 }, creates), ...Array.from({ length: 8 }, badCodes), ...Array.from({ length: 24 }, (_, i) => addBots(i))]);
