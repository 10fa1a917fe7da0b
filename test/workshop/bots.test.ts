/**
 * Rehearsal bots: the pure policy, the add-bots message, and bots playing whole sessions on a real server
 * (stored choices, pause and checkpoints respected, resumed after a restart).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { nextRandom, replay } from '../../src/engine';
import { parseClientMessage, type DashboardRow, type SeatResult } from '../../src/workshop/protocol';
import { loadScenarioCatalog, pickBotChoice, readConfig, type BotRandom, type RunningServer } from '../../src/workshop/server';
import { seatLines } from '../../src/workshop/client/trainer-model';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

/** The shipped coffee scenario's current version (the bots play it as shipped). */
const COFFEE_VERSION = (JSON.parse(readFileSync('scenarios/coffee/scenario.json', 'utf8')) as { version: string }).version;

const options = [
  { id: 'costly-good', points: 2, money: 500, days: 1 },
  { id: 'cheap-good', points: 2, money: 100, days: 3 },
  { id: 'bad', points: -2, money: 0, days: 0 },
];

describe('bot policy', () => {
  it('cautious takes the best readiness points, then the cheapest; random is uniform over the options', () => {
    expect(pickBotChoice('cautious', options, () => 0)).toBe('cheap-good');
    expect(pickBotChoice('cautious', [options[2]!, { id: 'free', points: -2, money: 0, days: 1 }], () => 0)).toBe('bad');
    expect([0, 1, 2].map((i) => pickBotChoice('random', options, () => i))).toEqual(['costly-good', 'cheap-good', 'bad']);
    expect(pickBotChoice('random', [], () => 0)).toBeNull();
    expect(pickBotChoice('cautious', [], () => 0)).toBeNull();
  });
});

describe('bot think time', () => {
  it('is 1.5 s by default and set with --bot-think-ms or WORKSHOP_BOT_THINK_MS', () => {
    expect(readConfig([], {}).botThinkMs).toBe(1500);
    expect(readConfig(['--bot-think-ms', '200'], {}).botThinkMs).toBe(200);
    expect(readConfig([], { WORKSHOP_BOT_THINK_MS: '0' }).botThinkMs).toBe(0);
    expect(() => readConfig(['--bot-think-ms', '-1'], {})).toThrow(/botThinkMs/);
  });
});

describe('add-bots message', () => {
  const parse = (m: Record<string, unknown>) => parseClientMessage(JSON.stringify({ v: 1, type: 'add-bots', ...m }));
  it('accepts a count of 1 to 60 and a known policy, nothing else', () => {
    expect(parse({ count: 5, policy: 'random' }).ok).toBe(true);
    expect(parse({ count: 60, policy: 'cautious' }).ok).toBe(true);
    for (const bad of [{ count: 0, policy: 'random' }, { count: 61, policy: 'random' }, { count: 2.5, policy: 'random' }, { count: 3, policy: 'greedy' }, { count: 3 }, { count: 3, policy: 'random', nickname: 'x' }]) {
      const r = parse(bad);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-message');
    }
  });
});

let server: RunningServer | null = null;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});
const open = async (port: number) => {
  const c = await TestClient.open(port);
  clients.push(c);
  return c;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Seeded bots: each bot's draw is a function of its nickname and step alone, so the bots play the same games
 * on every run, whatever order their timers fire in.
 */
const seededBots: BotRandom = (n, { nickname, step }) => {
  let h = 2166136261;
  for (const ch of `${nickname}#${step}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return Math.floor(nextRandom(h >>> 0).value * n);
};

/** Asks for the dashboard until `done` holds for its rows; fails with the last rows after `ms` rather than waiting for the test's timeout. */
async function dashboardUntil(trainer: TestClient, done: (rows: readonly DashboardRow[]) => boolean, ms = 20_000): Promise<readonly DashboardRow[]> {
  const until = Date.now() + ms;
  for (;;) {
    const d = expectType(await trainer.request({ type: 'dashboard' }), 'dashboard');
    if (done(d.rows)) return d.rows;
    if (Date.now() > until) throw new Error(`the dashboard did not get there in ${ms} ms; last rows: ${JSON.stringify(d.rows.map((r) => ({ seat: r.nickname, step: r.step, node: r.node, finished: r.finished, held: r.held })))}`);
    await sleep(50);
  }
}
const allFinished = (n: number) => (rows: readonly DashboardRow[]) => rows.length === n && rows.every((r) => r.finished);

async function createSession(port: number, settings: Record<string, unknown>) {
  const trainer = await open(port);
  const created = expectType(await trainer.request({ type: 'create', settings }), 'created');
  return { trainer, created };
}

describe('bots on a real server', () => {
  it('5 random and 5 cautious bots play the coffee scenario to the end; every choice is stored; cautious ones score higher', async () => {
    server = await startTestServer(testConfig({ scenariosDir: 'scenarios', botThinkMs: 1 }), { random: seededBots });
    const { trainer } = await createSession(server.port, miniSettings({ scenario: 'coffee', version: COFFEE_VERSION, seed: 11 }));
    const random = expectType(await trainer.request({ type: 'add-bots', count: 5, policy: 'random' }), 'dashboard');
    expect(random.rows.map((r) => [r.nickname, r.bot])).toEqual([1, 2, 3, 4, 5].map((i) => [`Bot ${i}`, 'random']));
    expectType(await trainer.request({ type: 'add-bots', count: 5, policy: 'cautious' }), 'dashboard');
    const rows = await dashboardUntil(trainer, allFinished(10));
    expect(rows.filter((r) => r.bot === 'cautious').map((r) => r.nickname).sort()).toEqual(['Bot 10', 'Bot 6', 'Bot 7', 'Bot 8', 'Bot 9']);
    const results = expectType(await trainer.request({ type: 'results' }), 'results').seats;
    expect(results).toHaveLength(10);
    const scenario = loadScenarioCatalog('scenarios').get(`coffee@${COFFEE_VERSION}`)!;
    const readiness = (r: SeatResult) => {
      const played = replay(scenario, r.seed, r.log);
      expect(played.ok).toBe(true);
      expect(played.game.state.status).toBe('ended'); // the stored log alone replays to the end
      expect(r.log.length).toBe(rows.find((row) => row.seat === r.seat)!.step);
      return played.game.report().overall ?? 0;
    };
    const mean = (policy: string) => {
      const scores = results.filter((r) => r.bot === policy).map(readiness);
      expect(scores).toHaveLength(5);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(mean('cautious')).toBeGreaterThan(mean('random'));
  });

  it('spreads the bots of one request over the teams, as it does players', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 60_000 }));
    const { trainer } = await createSession(server.port, miniSettings({ play: 'teams', teams: 3 }));
    const rows = expectType(await trainer.request({ type: 'add-bots', count: 7, policy: 'random' }), 'dashboard').rows;
    const sizes = [0, 1, 2].map((t) => rows.filter((r) => r.team === t).length);
    expect(sizes).toEqual([3, 2, 2]);
  });

  it('only the trainer adds bots, within the caps', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 1, limits: { maxSeatsPerSession: 8 } }));
    const { trainer, created } = await createSession(server.port, miniSettings());
    const player = await open(server.port);
    expectType(await player.request({ type: 'join', code: created.session.code }), 'joined');
    expect(expectType(await player.request({ type: 'add-bots', count: 3, policy: 'random' }), 'error').code).toBe('not-authorized');
    const stranger = await open(server.port);
    expect(expectType(await stranger.request({ type: 'add-bots', count: 3, policy: 'random' }), 'error').code).toBe('not-authorized');
    expect(expectType(await trainer.request({ type: 'add-bots', count: 8, policy: 'random' }), 'error').code).toBe('session-full');
    expect(expectType(await trainer.request({ type: 'dashboard' }), 'dashboard').rows).toHaveLength(1);
  });

  it('pause and checkpoints hold bots; after a restart they resume from their stored logs', async () => {
    const config = testConfig({ botThinkMs: 1 });
    server = await startTestServer(config);
    const { trainer, created } = await createSession(server.port, miniSettings());
    expectType(await trainer.request({ type: 'pause', paused: true }), 'session');
    expectType(await trainer.request({ type: 'add-bots', count: 3, policy: 'cautious' }), 'dashboard');
    await sleep(100); // many think times: a paused room takes no choice
    expect((await dashboardUntil(trainer, () => true)).map((r) => r.step)).toEqual([0, 0, 0]);
    expectType(await trainer.request({ type: 'hold', node: 'ship' }), 'session');
    expectType(await trainer.request({ type: 'pause', paused: false }), 'session');
    const held = await dashboardUntil(trainer, (rows) => rows.every((r) => r.held));
    expect(held.map((r) => [r.node, r.step])).toEqual([['ship', 2], ['ship', 2], ['ship', 2]]);
    await server.close();
    server = await startTestServer(config);
    const back = await open(server.port);
    expectType(await back.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    expect((await dashboardUntil(back, () => true)).map((r) => [r.step, r.bot])).toEqual([[2, 'cautious'], [2, 'cautious'], [2, 'cautious']]);
    expectType(await back.request({ type: 'release' }), 'session');
    const done = await dashboardUntil(back, allFinished(3));
    expect(done.map((r) => r.outcome)).toEqual(['success', 'success', 'success']);
  });
});

describe('bots on the trainer dashboard', () => {
  it('a bot row keeps its marker in the displayed lines', () => {
    const row = { seat: 'abcdefgh', nickname: 'Bot 1', team: null, connected: false, node: 'ship', stage: 'port', money: 1, day: 2, step: 2, decisionMs: 0, finished: false, outcome: null, held: false, stuck: false };
    expect(seatLines([{ ...row, bot: 'cautious' }, { ...row, seat: 'person01', nickname: 'Ana' }]).map((l) => [l.nickname, l.bot])).toEqual([['Ana', undefined], ['Bot 1', 'cautious']]);
  });
});
