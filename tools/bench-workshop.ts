/**
 * `npm run bench:workshop`: N simulated players in R rooms on 127.0.0.1 against a
 * workshop server in a child process (its own database in a temp folder). Players
 * replay their game locally (as a browser would), pick random available choices
 * after a short think time, and time each choice from send to ack. Halfway through,
 * the server is killed with SIGKILL and restarted on the same database; players
 * resume with their seat tokens and play on. Reports p50/p99 round trip, the
 * server's memory (peak RSS) and choices lost (acked but missing from the database).
 *
 * Attack phase (on unless --no-attack): while the players play, one address floods the server with creates (it
 * knows the trainer key, so it fills its own session quota and is refused after), join attempts with bad codes,
 * and add-bots from several trainer connections. Every client comes through a trusted proxy
 * (X-Forwarded-For), each player from its own address, as on a LAN behind a reverse proxy.
 *
 * --cpu-prof DIR writes V8 CPU profiles of the server into DIR (the last server is then stopped with SIGTERM, not
 * SIGKILL, so that it can write its profile; the first one, killed mid-play, writes none: use --no-kill with it).
 *
 *   npm run bench:workshop [-- --players 500 --rooms 20 --think 100-600 --scenario coffee --no-kill --no-attack --max-seconds 180 --cpu-prof DIR]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { createGame, type Game } from '../src/engine';
import type { ServerMessage } from '../src/workshop/protocol';
import { botPolicyOf, loadScenarioCatalog, openSqliteStorage } from '../src/workshop/server';

const { values } = parseArgs({
  options: {
    players: { type: 'string', default: '500' }, rooms: { type: 'string', default: '20' }, think: { type: 'string', default: '100-600' },
    scenario: { type: 'string', default: 'coffee' }, sync: { type: 'string', default: 'full' }, 'no-kill': { type: 'boolean' }, 'no-attack': { type: 'boolean' },
    'max-seconds': { type: 'string', default: '180' }, 'cpu-prof': { type: 'string' },
  },
});
const PLAYERS = Math.min(5000, Number(values.players));
const ROOMS = Math.max(1, Math.min(PLAYERS, Number(values.rooms)));
const [THINK_MIN, THINK_MAX] = (values.think as string).split('-').map(Number) as [number, number];
const MAX_MS = Math.min(600, Number(values['max-seconds'])) * 1000;
const KILL = !values['no-kill'];
const CPU_PROF = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : [];
const ATTACK = !values['no-attack'];
const TRAINER_KEY = 'bench-trainer-key';
const ATTACKER = '203.0.113.66';
/** Each player's own address (as its device on the LAN), sent by the trusted proxy in X-Forwarded-For. */
const playerAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

const scenario = [...loadScenarioCatalog('scenarios').values()].find((s) => s.id === values.scenario);
if (!scenario) throw new Error(`No scenario "${values.scenario}" in scenarios/.`);
const dir = mkdtempSync(join(tmpdir(), 'bench-workshop-'));
const dbPath = join(dir, 'workshop.db');

// ---- the server in a child process (node --import tsx, so its pid is the server's own) ----
let server: { child: ChildProcess; port: number; peakRss: number; cpu: number; sampler: ReturnType<typeof setInterval> };
/** CPU seconds (user + system) a process has used so far. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** CPU seconds of the servers killed before the current one. */
let earlierServersCpu = 0;
function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}
async function startServer(port = 0): Promise<typeof server> {
  const child = spawn(process.execPath, [...CPU_PROF, '--import', 'tsx', 'tools/workshop-server.ts', '--host', '127.0.0.1', '--port', String(port), '--db', dbPath, '--static', 'none', '--sync', String(values.sync),
    '--max-seats', '10000', '--max-connections', '100000', '--trusted-proxy', '127.0.0.1', '--trainer-key', TRAINER_KEY],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  const s = { child, port: listening, peakRss: rssOf(child.pid!), cpu: 0, sampler: setInterval(() => { try { s.peakRss = Math.max(s.peakRss, rssOf(child.pid!)); s.cpu = cpuOf(child.pid!); } catch { /* exited */ } }, 200) };
  return s;
}

// ---- a small client: requests by rid ----
class Client {
  private rid = 1;
  private pending = new Map<number, (m: ServerMessage | null) => void>();
  closed = false;
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as ServerMessage;
      if (m.rid !== undefined) { this.pending.get(m.rid)?.(m); this.pending.delete(m.rid); }
    });
    ws.on('close', () => { this.closed = true; for (const r of this.pending.values()) r(null); this.pending.clear(); });
    ws.on('error', () => {});
  }
  static open(port: number, address: string): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { 'X-Forwarded-For': address } });
      ws.once('open', () => resolve(new Client(ws)));
      ws.once('error', reject);
    });
  }
  /** Sends and resolves with the reply, or null if the connection died first. */
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN));
const rtts: number[] = [];
/** Round trips after the restart, reported apart too (a fresh process warms up its JIT). */
const rttsAfterRestart: number[] = [];
let restarted = false;
const acked = new Map<string, string[]>(); // seat → acked log
let restarting: Promise<void> | null = null;
let totalAcks = 0;
let errors = 0;
let lostOnResume = 0;
const trace: [number, number][] = [];
/** The bench's own event-loop delay: when it is high, the round trips measure the clients, not the server. */
const clientLag = monitorEventLoopDelay({ resolution: 10 });
const deadline = Date.now() + MAX_MS;

async function connect(token: string, address: string): Promise<{ client: Client; log: readonly string[] }> {
  for (;;) {
    if (restarting) await restarting;
    try {
      const client = await Client.open(server.port, address);
      const r = await client.request({ type: 'resume', token });
      if (r?.type === 'welcome') return { client, log: r.state.log };
      client.close();
    } catch { /* the server is restarting */ }
    await sleep(50);
  }
}

const joinRtts: number[] = [];

/** Joins a room: the lobby phase, before anyone plays (as in a workshop, where the trainer starts once the room is in). */
async function joinRoom(code: string, address: string) {
  const client = await Client.open(server.port, address);
  const t0 = performance.now();
  const joined = await client.request({ type: 'join', code });
  joinRtts.push(performance.now() - t0);
  if (joined?.type !== 'joined') throw new Error(`join failed: ${JSON.stringify(joined)}`);
  return { client, seat: joined.state.seat, seed: joined.state.seed, token: joined.token, address };
}

async function play(seated: Awaited<ReturnType<typeof joinRoom>>): Promise<void> {
  let client = seated.client;
  const { seat, seed, token, address } = seated;
  let game: Game = createGame(scenario!, seed);
  const mine: string[] = [];
  acked.set(seat, mine);
  while (game.state.status === 'playing' && Date.now() < deadline) {
    await think();
    const options = game.view().choices.filter((c) => c.available);
    const choice = options[Math.floor(Math.random() * options.length)]!.id;
    const step = game.state.log.length;
    const t0 = performance.now();
    const r = await client.request({ type: 'choose', seat, step, choice });
    if (r?.type === 'ack') {
      rtts.push(performance.now() - t0);
      if (process.env.BENCH_TRACE) trace.push([Math.round(t0), Math.round(performance.now() - t0)]);
      if (restarted) rttsAfterRestart.push(performance.now() - t0);
      if (attacking) rttsUnderAttack.push(performance.now() - t0);
      totalAcks++;
      mine.push(choice);
      game.choose(choice);
      continue;
    }
    if (r) errors++;
    // Connection lost (or refused): resume with the token and continue from the server's log.
    const resumed = await connect(token, address);
    client = resumed.client;
    game = createGame(scenario!, seed);
    for (const c of resumed.log) game.choose(c);
    // Every acked choice must be in the restored log; it may hold one more that was stored but whose ack was lost.
    mine.forEach((c, i) => { if (resumed.log[i] !== c) lostOnResume++; });
    mine.splice(0, mine.length, ...resumed.log);
  }
  client.close();
}

let attacking = false;
const rttsUnderAttack: number[] = [];
type AttackStats = { refusedConnections?: number; creates: number; created: number; createRefusals: Record<string, number>; badCodes: number; badCodeReplies: Record<string, number>; addBots: number; addBotRefusals: Record<string, number> };
const fmt = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

/** The attacker in its own process (tools/bench/workshop-attacker.ts), so its work does not slow the players' clients; resolves with its counts once stopped. */
function startAttack(): { stop(): Promise<AttackStats & { cpu: number }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench/workshop-attacker.ts', String(server.port), ATTACKER, TRAINER_KEY, scenario!.id, scenario!.version], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += String(d); });
  const exited = new Promise<AttackStats>((resolve, reject) => child.once('exit', () => {
    try { resolve(JSON.parse(out) as AttackStats); } catch { reject(new Error(`attacker output: ${out}`)); }
  }));
  attacking = true;
  return {
    stop() {
      attacking = false;
      let cpu = 0;
      try { cpu = cpuOf(child.pid!); } catch { /* exited */ }
      child.kill('SIGTERM');
      return exited.then((stats) => ({ ...stats, cpu }));
    },
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  server = await startServer();
  const codes: string[] = [];
  for (let i = 0; i < ROOMS; i++) {
    const t = await Client.open(server.port, `192.168.0.${i + 1}`);
    const r = await t.request({ type: 'create', key: TRAINER_KEY, settings: { scenario: scenario!.id, version: scenario!.version, lang: 'en', seedScope: 'room', play: 'solo', seed: i + 1 } });
    if (r?.type !== 'created') throw new Error(`create failed: ${JSON.stringify(r)}`);
    codes.push(r.session.code);
    t.close();
  }
  // Lobby: joins in waves of 50, as people arrive; then everyone plays at once.
  const seated: Awaited<ReturnType<typeof joinRoom>>[] = [];
  for (let i = 0; i < PLAYERS; i += 50) seated.push(...await Promise.all(Array.from({ length: Math.min(50, PLAYERS - i) }, (_, k) => joinRoom(codes[(i + k) % ROOMS]!, playerAddress(i + k)))));
  const playStarted = Date.now();
  clientLag.enable();
  const plays = seated.map((p) => play(p));
  const attack = ATTACK ? startAttack() : null;
  // BENCH_PROGRESS=1: a line every 5 s while the players play.
  const progress = process.env.BENCH_PROGRESS ? setInterval(() => console.error(`  … ${totalAcks} acks, ${errors} errors`), 5000) : null;
  let killedAt = -1;
  if (KILL) {
    void (async () => {
      // Kill once about half the expected choices are acked (or after 20 s).
      while (totalAcks < PLAYERS * 6 && Date.now() - playStarted < 20_000) await sleep(50);
      let release!: () => void;
      restarting = new Promise((r) => { release = r; });
      killedAt = totalAcks;
      const old = server;
      clearInterval(old.sampler);
      await new Promise<void>((r) => { old.child.once('exit', () => r()); old.child.kill('SIGKILL'); });
      server = await startServer(old.port).catch((e: unknown) => {
        console.error('the server did not restart:', e);
        process.exit(1);
      });
      server.peakRss = Math.max(server.peakRss, old.peakRss);
      earlierServersCpu += old.cpu;
      restarting = null;
      restarted = true;
      release();
    })();
  }
  await Promise.all(plays);
  const attackStats = attack ? await attack.stop() : null;
  if (progress) clearInterval(progress);
  const peak = server.peakRss;
  const serverCpu = earlierServersCpu + cpuOf(server.child.pid!);
  const endRss = rssOf(server.child.pid!);
  clearInterval(server.sampler);
  // No graceful flush: the DB must already hold every ack (unless profiling: the profile is written on a clean exit).
  await new Promise<void>((r) => { server.child.once('exit', () => r()); server.child.kill(CPU_PROF.length ? 'SIGTERM' : 'SIGKILL'); });

  const storage = await openSqliteStorage(dbPath);
  const live = await storage.loadLive(Date.now());
  const botsStored = live.seats.filter((seat) => botPolicyOf(seat) !== null).length;
  let lost = lostOnResume;
  let stored = 0;
  for (const [seat, log] of acked) {
    const inDb = (await storage.choicesOf(seat)).map((c) => c.choice);
    stored += inDb.length;
    log.forEach((c, i) => { if (inDb[i] !== c) lost++; });
  }
  await storage.close();
  rmSync(dir, { recursive: true, force: true });

  const pct = (p: number, xs = rtts) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  };
  const beforeKill = rtts.slice(0, rtts.length - rttsAfterRestart.length);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const ms = (x: number) => x.toFixed(1);
  console.log(`workshop bench: ${PLAYERS} players in ${ROOMS} rooms, scenario ${scenario!.id} ${scenario!.version}, think ${THINK_MIN}-${THINK_MAX} ms, load average ${loadavg()[0]!.toFixed(2)}`);
  console.log(`  joins              ${joinRtts.length} in waves of 50: p50 ${ms(pct(50, joinRtts))} ms   p99 ${ms(pct(99, joinRtts))} ms`);
  console.log(`  choices acked      ${rtts.length} in ${((Date.now() - playStarted) / 1000).toFixed(1)} s of play (${((Date.now() - started) / 1000).toFixed(1)} s in all); stored rows ${stored}; error replies ${errors}`);
  console.log(`  round trip (ack)   p50 ${ms(pct(50))} ms   p95 ${ms(pct(95))} ms   p99 ${ms(pct(99))} ms   max ${ms(pct(100))} ms   (goal p99 ≤ 50 ms)`);
  if (KILL) {
    console.log(`    before the kill  p50 ${ms(pct(50, beforeKill))} ms   p99 ${ms(pct(99, beforeKill))} ms   (${beforeKill.length} choices)`);
    console.log(`    after restart    p50 ${ms(pct(50, rttsAfterRestart))} ms   p99 ${ms(pct(99, rttsAfterRestart))} ms   (${rttsAfterRestart.length} choices)`);
  }
  console.log(`  bench client lag   event-loop delay p99 ${ms(clientLag.percentile(99) / 1e6)} ms, max ${ms(clientLag.max / 1e6)} ms (the clients' own share of the round trips)`);
  console.log(`  server memory      peak RSS ${mb(peak)} MB, at end ${mb(endRss)} MB   (goal ≤ 300 MB)`);
  console.log(`  server CPU         ${serverCpu.toFixed(1)} s user+system in all, ${(serverCpu * 1000 / Math.max(1, rtts.length)).toFixed(2)} ms per acked choice`);
  console.log(`  kill -9 + restart  ${KILL ? `after ${killedAt} acks` : 'off (--no-kill)'}`);
  if (attackStats) {
    const a = attackStats;
    console.log(`  attack (one address, throughout play): ${a.creates} creates → ${a.created} sessions (quota), refused ${fmt(a.createRefusals)}`);
    console.log(`    ${a.badCodes} bad-code joins → ${fmt(a.badCodeReplies)}`);
    console.log(`    ${a.addBots} add-bots → ${botsStored} bots stored in all (${a.created} sessions; the address's bot budget, --max-bots-per-address, is 60 by default), refused ${fmt(a.addBotRefusals)}`);
    console.log(`    ${a.refusedConnections ?? 0} connections refused before the handshake (too many from this address)`);
    console.log(`    the attacker's own process used ${a.cpu.toFixed(1)} s of CPU on this machine (in a real attack, another machine's)`);
    console.log(`    legitimate choices during the attack: ${rttsUnderAttack.length}, p50 ${ms(pct(50, rttsUnderAttack))} ms   p95 ${ms(pct(95, rttsUnderAttack))} ms   p99 ${ms(pct(99, rttsUnderAttack))} ms   (goal p99 ≤ 50 ms)`);
  }
  console.log(`  choices lost       ${lost}   (acked but not in the database; must be 0)`);
  if (process.env.BENCH_TRACE) {
    const buckets = new Map<number, number[]>();
    for (const [t, d] of trace) (buckets.get(Math.floor(t / 1000)) ?? buckets.set(Math.floor(t / 1000), []).get(Math.floor(t / 1000))!).push(d);
    for (const [sec, ds] of [...buckets].sort((a, b) => a[0] - b[0])) console.log(`    t=${sec}s n=${ds.length} p50=${pct(50, ds)} p99=${pct(99, ds)}`);
  }
  process.exit(lost === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(e);
  try { server?.child.kill('SIGKILL'); } catch { /* gone */ }
  process.exit(1);
});
