/**
 * Decision clocks with an injected clock (no waiting): the time limit takes the default choice,
 * a pause stops the clocks, and a seat far above the room's median is flagged stuck.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/workshop/protocol';
import { DEFAULT_LIMITS, isStuck, loadScenarioCatalog, median, openSqliteStorage, STUCK_MIN_MS, Workshop } from '../../src/workshop/server';
import { miniScenarios, miniSettings, tempDir } from './helpers';

/** A peer without a network: it records what it is sent. */
function fakePeer(id: number) {
  const sent: ServerMessage[] = [];
  const peer = { id, address: '127.0.0.1', role: { kind: 'none' } as never, sent, send: (m: ServerMessage) => void sent.push(m), close: () => {} };
  return peer;
}
const last = <T extends ServerMessage['type']>(peer: { sent: ServerMessage[] }, type: T) =>
  peer.sent.filter((m) => m.type === type).at(-1) as Extract<ServerMessage, { type: T }>;

async function setup(settings: Record<string, unknown>) {
  let clock = 1_000_000;
  const ws = new Workshop({
    storage: await openSqliteStorage(join(tempDir(), 'w.db')), scenarios: loadScenarioCatalog(miniScenarios()), limits: DEFAULT_LIMITS, sessionTtlMs: 24 * 3_600_000,
    now: () => clock,
  });
  const trainer = fakePeer(1);
  await ws.handle(trainer as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings(settings) }));
  const code = last(trainer, 'created').session.code;
  const players = [fakePeer(2), fakePeer(3), fakePeer(4)];
  for (const p of players) await ws.handle(p as never, JSON.stringify({ v: 1, type: 'join', code }));
  const seatOf = (p: ReturnType<typeof fakePeer>) => last(p, 'joined').state.seat;
  const choose = (p: ReturnType<typeof fakePeer>, step: number, choice: string) =>
    ws.handle(p as never, JSON.stringify({ v: 1, type: 'choose', seat: seatOf(p), step, choice }));
  const settle = () => Promise.all([...ws.rooms.values()].flatMap((r) => [...r.seats.values()].map((s) => s.queue)));
  return { ws, trainer, players, choose, settle, advance: (ms: number) => { clock += ms; } };
}

describe('workshop decision clocks', () => {
  it('the median and the stuck rule', () => {
    expect(median([])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(isStuck(STUCK_MIN_MS - 1, 0)).toBe(false); // never before the minimum
    expect(isStuck(STUCK_MIN_MS * 3, STUCK_MIN_MS)).toBe(true);
    expect(isStuck(STUCK_MIN_MS * 2, STUCK_MIN_MS)).toBe(false);
  });

  it('takes the default choice when a decision runs past the time limit, and tells the seat', async () => {
    const t = await setup({ decisionSeconds: 30, timeoutChoice: 'first' });
    const [a] = t.players as [ReturnType<typeof fakePeer>];
    t.advance(29_000);
    await t.ws.tick();
    await t.settle();
    expect(last(a, 'state')).toBeUndefined();
    t.advance(2_000);
    await t.ws.tick();
    await t.settle();
    const pushed = last(a, 'state');
    expect(pushed).toMatchObject({ auto: true, state: { step: 1, log: ['green'], node: 'aeo' } });
    const stored = await t.ws.storage.choicesOf(pushed.state.seat);
    expect(stored).toMatchObject([{ step: 0, choice: 'green', auto: true }]);
    await t.ws.close();
  });

  it('stops the clocks while paused and flags a seat far slower than the room as stuck', async () => {
    const t = await setup({ decisionSeconds: 600 });
    const [a, b, c] = t.players as [ReturnType<typeof fakePeer>, ReturnType<typeof fakePeer>, ReturnType<typeof fakePeer>];
    await t.ws.handle(t.trainer as never, JSON.stringify({ v: 1, type: 'pause', paused: true }));
    t.advance(3_600_000);
    await t.ws.tick();
    await t.settle();
    expect(last(a, 'state')).toBeUndefined(); // an hour of pause is not an hour of decision
    await t.ws.handle(t.trainer as never, JSON.stringify({ v: 1, type: 'pause', paused: false }));

    t.advance(20_000);
    await t.choose(a, 0, 'green');
    await t.choose(b, 0, 'green');
    t.advance(200_000);
    await t.ws.handle(t.trainer as never, JSON.stringify({ v: 1, type: 'dashboard', rid: 1 }));
    const dash = last(t.trainer, 'dashboard');
    const row = (p: ReturnType<typeof fakePeer>) => dash.rows.find((r) => r.seat === last(p, 'joined').state.seat)!;
    expect(row(a)).toMatchObject({ decisionMs: 200_000, stuck: false, step: 1 });
    expect(row(c)).toMatchObject({ decisionMs: 220_000, stuck: false, step: 0 }); // median 200 s: not far above
    t.advance(500_000);
    await t.choose(a, 1, 'skip');
    await t.choose(b, 1, 'skip');
    t.advance(10_000);
    await t.ws.handle(t.trainer as never, JSON.stringify({ v: 1, type: 'dashboard', rid: 2 }));
    const later = last(t.trainer, 'dashboard');
    expect(later.medianDecisionMs).toBe(10_000);
    expect(later.rows.find((r) => r.seat === last(c, 'joined').state.seat)).toMatchObject({ decisionMs: 730_000, stuck: true });
    await t.ws.close();
  });

  it('expires a session after its time to live, with its data', async () => {
    const t = await setup({});
    const seat = last(t.players[0]!, 'joined').state.seat;
    await t.choose(t.players[0]!, 0, 'green');
    t.advance(24 * 3_600_000);
    await t.ws.tick();
    expect(t.ws.rooms.size).toBe(0);
    expect(last(t.players[0]!, 'deleted')).toBeDefined();
    expect(await t.ws.storage.choicesOf(seat)).toEqual([]);
    await t.ws.close();
  });

  it('teams: seats spread over the teams, one seed per team derived from the room seed; dashboards pushed on change', async () => {
    const t = await setup({ play: 'teams', teams: 2, seedScope: 'team' });
    const seeds = t.players.map((p) => last(p, 'joined').state);
    expect(seeds.map((s) => s.team)).toEqual([0, 1, 0]);
    expect(seeds[0]!.seed).toBe(seeds[2]!.seed);
    expect(seeds[0]!.seed).not.toBe(seeds[1]!.seed);
    expect(new Set(seeds.map((s) => s.seed)).has(7)).toBe(false);
    const before = t.trainer.sent.filter((m) => m.type === 'dashboard').length;
    await t.ws.tick();
    await t.ws.tick(); // nothing changed: no second push within 5 s
    expect(t.trainer.sent.filter((m) => m.type === 'dashboard').length).toBe(before + 1);
    await t.choose(t.players[1]!, 0, 'green');
    await t.ws.tick();
    const pushed = last(t.trainer, 'dashboard');
    expect(pushed.rows.find((r) => r.team === 1)).toMatchObject({ step: 1, node: 'aeo' });
    expect(pushed.session.teams).toBe(2);
    await t.ws.close();
  });
});
