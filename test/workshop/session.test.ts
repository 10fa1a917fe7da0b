/** A workshop session over real WebSockets on 127.0.0.1: a trainer and several seats, from joining to every seat's ending. */
import { afterEach, describe, expect, it } from 'vitest';
import { createGame, replay } from '../../src/engine';
import type { RunningServer } from '../../src/workshop/server';
import { loadScenarioCatalog } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number) => {
  const c = await TestClient.open(port);
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});

async function createSession(port: number, over: Record<string, unknown> = {}) {
  const trainer = await open(port);
  const created = expectType(await trainer.request({ type: 'create', settings: miniSettings(over) }), 'created');
  return { trainer, created };
}

async function joinSeat(port: number, code: string, nickname?: string) {
  const player = await open(port);
  const joined = expectType(await player.request({ type: 'join', code, ...(nickname ? { nickname } : {}) }), 'joined');
  return { player, joined, seat: joined.state.seat };
}

describe('workshop session over WebSockets', () => {
  it('takes a trainer and three seats through a whole session to the end, computing every state by replay', async () => {
    server = await startTestServer();
    const { trainer, created } = await createSession(server.port);
    expect(created.session.code).toMatch(/^[2-9A-HJKMNP-Z]{7}$/);
    expect(created.trainerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const scenario = loadScenarioCatalog(testConfig().scenariosDir).get('mini@1.0.0')!;
    const plans = [['green', 'apply', 'sea', 'deliver'], ['roasted', 'skip', 'air', 'deliver'], ['green', 'skip', 'sea', 'deliver']];
    const seats = await Promise.all(plans.map((_, i) => joinSeat(server!.port, created.session.code, `Player ${i + 1}`)));
    expect(new Set(seats.map((s) => s.joined.token)).size).toBe(3);
    expect(seats[0]!.joined.state).toMatchObject({ step: 0, node: 'classify', money: 1000, day: 0, status: 'playing', seed: 7 });

    await Promise.all(seats.map(async ({ player, seat }, i) => {
      const plan = plans[i]!;
      for (let step = 0; step < plan.length; step++) {
        const ack = expectType(await player.request({ type: 'choose', seat, step, choice: plan[step] }), 'ack');
        expect(ack).toMatchObject({ seat, step, choice: plan[step], duplicate: false });
        const pushed = await player.next('state');
        expect(pushed.state.step).toBe(step + 1);
      }
    }));
    const dash = expectType(await trainer.request({ type: 'dashboard' }), 'dashboard');
    expect(dash.rows).toHaveLength(3);
    for (const [i, { seat }] of seats.entries()) {
      const expected = replay(scenario, 7, plans[i]!).game.state;
      const row = dash.rows.find((r) => r.seat === seat)!;
      expect(row).toMatchObject({ finished: true, node: expected.node, money: expected.money, day: expected.day, step: 4, stuck: false, connected: true });
      expect(row.outcome).toBe(expected.node === 'success' ? 'success' : 'refused');
    }
    expect(dash.rows.find((r) => r.seat === seats[1]!.seat)!.outcome).toBe('refused'); // the wrong HS code comes back

    // The trainer's results: every seat's seed and stored log, which replay to the same endings.
    const results = expectType(await trainer.request({ type: 'results' }), 'results');
    for (const [i, { seat }] of seats.entries()) {
      const r = results.seats.find((x) => x.seat === seat)!;
      expect(r).toMatchObject({ nickname: `Player ${i + 1}`, seed: 7, log: plans[i], removed: false });
      expect(r.times).toHaveLength(4);
      expect(replay(scenario, r.seed, r.log).game.state.node).toBe(dash.rows.find((x) => x.seat === seat)!.node);
    }

    // A finished seat can choose no more.
    const over = expectType(await seats[0]!.player.request({ type: 'choose', seat: seats[0]!.seat, step: 4, choice: 'deliver' }), 'error');
    expect(over.code).toBe('choice-rejected');
  });

  it('acknowledges a resent choice (same step, same choice) once more without taking it twice', async () => {
    server = await startTestServer();
    const { created } = await createSession(server.port);
    const { player, seat } = await joinSeat(server.port, created.session.code);
    expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    const again = expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    expect(again.duplicate).toBe(true);
    const other = expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'roasted' }), 'error');
    expect(other).toMatchObject({ code: 'step-taken', step: 1, log: ['green'] });
    const ahead = expectType(await player.request({ type: 'choose', seat, step: 5, choice: 'skip' }), 'error');
    expect(ahead).toMatchObject({ code: 'out-of-order', step: 1 });
    const stored = await server.workshop.storage.choicesOf(seat);
    expect(stored.map((c) => c.choice)).toEqual(['green']);
  });

  it('sends choices in a burst and stores them in order, acking each', async () => {
    server = await startTestServer();
    const { created } = await createSession(server.port);
    const { player, seat } = await joinSeat(server.port, created.session.code);
    const replies = await Promise.all(['green', 'skip', 'sea', 'deliver'].map((choice, step) => player.request({ type: 'choose', seat, step, choice })));
    expect(replies.map((r) => r.type)).toEqual(['ack', 'ack', 'ack', 'ack']);
    expect((await server.workshop.storage.choicesOf(seat)).map((c) => c.step)).toEqual([0, 1, 2, 3]);
  });

  it('ignores nothing the client claims: the state comes from the log, and a forged money field is refused', async () => {
    server = await startTestServer();
    const { created } = await createSession(server.port);
    const { player, seat } = await joinSeat(server.port, created.session.code);
    player.sendRaw(JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'green', money: 1_000_000, score: 99, rid: 50 }));
    const forged = await player.next('error');
    expect(forged).toMatchObject({ code: 'invalid-message', rid: 50 });
    const unavailable = expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'splurge' }), 'error');
    expect(unavailable.code).toBe('choice-rejected'); // not a choice of this scene
    expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    const { state } = await player.next('state');
    const expected = createGame(loadScenarioCatalog(testConfig().scenariosDir).get('mini@1.0.0')!, 7);
    expected.choose('green');
    expect(state).toMatchObject({ money: expected.state.money, day: expected.state.day, node: expected.state.node, log: ['green'] });
  });

  it('lets a player act only as their own seat, and only a trainer use trainer controls', async () => {
    server = await startTestServer();
    const { created } = await createSession(server.port);
    const a = await joinSeat(server.port, created.session.code);
    const b = await joinSeat(server.port, created.session.code);
    const asOther = expectType(await a.player.request({ type: 'choose', seat: b.seat, step: 0, choice: 'green' }), 'error');
    expect(asOther.code).toBe('not-authorized');
    expect((await server.workshop.storage.choicesOf(b.seat))).toEqual([]);
    for (const control of [{ type: 'lock', locked: true }, { type: 'remove-seat', seat: b.seat }, { type: 'pause', paused: true }, { type: 'dashboard' }, { type: 'results' }, { type: 'delete-session' }])
      expect(expectType(await a.player.request(control), 'error').code).toBe('not-authorized');
    const stranger = await open(server.port);
    expect(expectType(await stranger.request({ type: 'choose', seat: a.seat, step: 0, choice: 'green' }), 'error').code).toBe('not-seated');
    expect(expectType(await stranger.request({ type: 'trainer-resume', session: created.session.id, token: a.joined.token }), 'error').code).toBe('bad-token');
  });

  it('resumes a seat with its token after a dropped connection, with nothing lost', async () => {
    server = await startTestServer();
    const { created } = await createSession(server.port);
    const { player, seat, joined } = await joinSeat(server.port, created.session.code);
    expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    expectType(await player.request({ type: 'choose', seat, step: 1, choice: 'apply' }), 'ack');
    player.drop();
    const again = await open(server.port);
    const welcome = expectType(await again.request({ type: 'resume', token: joined.token }), 'welcome');
    expect(welcome.state).toMatchObject({ seat, step: 2, log: ['green', 'apply'], node: 'ship' });
    expectType(await again.request({ type: 'choose', seat, step: 2, choice: 'sea' }), 'ack');
    const wrong = await open(server.port);
    expect(expectType(await wrong.request({ type: 'resume', token: 'A'.repeat(43) }), 'error').code).toBe('bad-token');
  });

  it('trainer controls: lock the lobby, pause and resume, hold at a node and release, remove a seat, delete the session', async () => {
    server = await startTestServer();
    const { trainer, created } = await createSession(server.port);
    const { player, seat } = await joinSeat(server.port, created.session.code);
    const removed = await joinSeat(server.port, created.session.code);

    expect(expectType(await trainer.request({ type: 'lock', locked: true }), 'session').session.locked).toBe(true);
    const late = await open(server.port);
    expect(expectType(await late.request({ type: 'join', code: created.session.code }), 'error').code).toBe('lobby-locked');

    expect(expectType(await trainer.request({ type: 'pause', paused: true }), 'session').session.paused).toBe(true);
    expect((await player.next('session', (m) => m.session.paused)).session.locked).toBe(true);
    expect(expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'error').code).toBe('paused');
    await trainer.request({ type: 'pause', paused: false });

    await trainer.request({ type: 'hold', node: 'ship' });
    expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    expectType(await player.request({ type: 'choose', seat, step: 1, choice: 'skip' }), 'ack');
    expect(expectType(await player.request({ type: 'choose', seat, step: 2, choice: 'sea' }), 'error').code).toBe('held');
    const held = expectType(await trainer.request({ type: 'dashboard' }), 'dashboard');
    expect(held.rows.find((r) => r.seat === seat)).toMatchObject({ node: 'ship', held: true });
    expect(expectType(await trainer.request({ type: 'release' }), 'session').session.hold).toBe(null);
    expectType(await player.request({ type: 'choose', seat, step: 2, choice: 'sea' }), 'ack');
    expect(expectType(await trainer.request({ type: 'hold', node: 'nowhere' }), 'error').code).toBe('invalid-message');

    const afterRemove = expectType(await trainer.request({ type: 'remove-seat', seat: removed.seat }), 'dashboard');
    expect(afterRemove.rows.map((r) => r.seat)).toEqual([seat]);
    await removed.player.whenClosed();
    const back = await open(server.port);
    expect(expectType(await back.request({ type: 'resume', token: removed.joined.token }), 'error').code).toBe('bad-token');

    expectType(await trainer.request({ type: 'delete-session' }), 'deleted');
    await player.whenClosed();
    expect(await server.workshop.storage.choicesOf(seat)).toEqual([]);
    const gone = await open(server.port);
    expect(expectType(await gone.request({ type: 'join', code: created.session.code }), 'error').code).toBe('unknown-session');
  });

  it('a trainer resumes with the trainer token and re-seats a player on a new device', async () => {
    server = await startTestServer();
    const { trainer, created } = await createSession(server.port);
    const { player, seat, joined } = await joinSeat(server.port, created.session.code);
    trainer.drop();
    const back = await open(server.port);
    expectType(await back.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    const reseated = expectType(await back.request({ type: 'reseat', seat }), 'reseated');
    await player.whenClosed();
    const device = await open(server.port);
    expect(expectType(await device.request({ type: 'resume', token: joined.token }), 'error').code).toBe('bad-token');
    expect(expectType(await device.request({ type: 'resume', token: reseated.token }), 'welcome').state.seat).toBe(seat);
  });

  it('limits failed join attempts: past the address\'s budget a wrong code is rate-limited and its connection closed', async () => {
    server = await startTestServer(testConfig({ limits: { failedJoinsPerMinute: 3 } }));
    await createSession(server.port);
    const guesser = await open(server.port);
    for (let i = 0; i < 3; i++) expect(expectType(await guesser.request({ type: 'join', code: 'ZZZZZZZ' }), 'error').code).toBe('unknown-session');
    expect(expectType(await guesser.request({ type: 'join', code: 'YYYYYYY' }), 'error').code).toBe('rate-limited');
    expect((await guesser.whenClosed()).code).toBe(1008);
  });

  it('answers bad, oversized and unknown messages with typed errors and keeps the connection', async () => {
    server = await startTestServer();
    const c = await open(server.port);
    c.sendRaw('{oops');
    expect((await c.next('error')).code).toBe('bad-json');
    c.sendRaw(JSON.stringify({ v: 1, type: 'rename', nickname: 'x'.repeat(5000) }));
    expect((await c.next('error')).code).toBe('too-large');
    c.sendRaw(JSON.stringify({ v: 1, type: 'shutdown' }));
    expect((await c.next('error')).code).toBe('unknown-type');
    expect(expectType(await c.request({ type: 'ping' }), 'pong').type).toBe('pong');
    const unknown = expectType(await c.request({ type: 'create', settings: miniSettings({ scenario: 'nope' }) }), 'error');
    expect(unknown.code).toBe('unknown-scenario');
  });

  it('binds a connection to one seat only, even when two joins arrive at once', async () => {
    server = await startTestServer();
    const { trainer, created } = await createSession(server.port);
    const c = await open(server.port);
    const replies = await Promise.all([c.request({ type: 'join', code: created.session.code }), c.request({ type: 'join', code: created.session.code })]);
    expect(replies.map((r) => (r.type === 'error' ? r.code : r.type)).sort()).toEqual(['already-bound', 'joined']);
    expect(expectType(await trainer.request({ type: 'dashboard' }), 'dashboard').rows).toHaveLength(1);
    expect(expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'error').code).toBe('already-bound');
  });

  it('rate-limits a connection that floods messages', async () => {
    server = await startTestServer(testConfig({ limits: { messagesPerSecond: 5 } }));
    const c = await open(server.port);
    for (let i = 0; i < 30; i++) c.sendRaw(JSON.stringify({ v: 1, type: 'ping' }));
    expect((await c.next('error')).code).toBe('rate-limited');
  });
});
