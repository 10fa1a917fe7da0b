/**
 * The rules at their edges, as tables: each row sits on one side of a boundary, so moving a comparison
 * (`<` to `<=`, `>` to `>=`) or a threshold (20 % to 30 %) fails a row. The tiny scenario starts with
 * 100 money and a 10-day deadline.
 */
import { describe, expect, it } from 'vitest';
import { buildView, createGame, openingState, type Game } from '../../src/engine';
import { scene, tiny } from '../support/scenarios';

/** One choice "go" costing `money` and `days`, then a scene "after" whose "win" ends the game. */
const oneStep = (cost: { money?: number; days?: number }, extra: Record<string, unknown> = {}) =>
  tiny({
    s0: scene([{ id: 'go', cost, next: 'after' }]),
    after: scene([{ id: 'win', next: 'win' }]),
  }, extra);

const go = (g: Game) => {
  const r = g.choose('go');
  if (!r.ok) throw new Error(r.rejection.code);
  return g.state;
};

describe('out of money: below zero, not at zero', () => {
  it.each([
    { spend: 99, money: 1, node: 'after', status: 'playing' },
    { spend: 100, money: 0, node: 'after', status: 'playing' },
    { spend: 101, money: -1, node: 'broke', status: 'ended' },
    { spend: 250, money: -150, node: 'broke', status: 'ended' },
  ])('spending $spend of 100 leaves $money and rests at $node', ({ spend, money, node, status }) => {
    const st = go(createGame(oneStep({ money: spend }), 1));
    expect({ money: st.money, node: st.node, status: st.status }).toEqual({ money, node, status });
    expect(st.effects.some((e) => e.type === 'rule')).toBe(status === 'ended');
  });

  it.each([
    { amount: -100, node: 'after' },
    { amount: -101, node: 'broke' },
  ])('a money effect of $amount counts like a cost (rests at $node)', ({ amount, node }) => {
    const s = tiny({
      s0: scene([{ id: 'go', effects: [{ type: 'money', amount }], next: 'after' }]),
      after: scene([{ id: 'win', next: 'win' }]),
    });
    expect(go(createGame(s, 1)).node).toBe(node);
  });

  it.each([
    { fee: 100, node: 'after' },
    { fee: 101, node: 'broke' },
  ])('a consequence that charges $fee on arrival breaks the budget only below zero (rests at $node)', ({ fee, node }) => {
    const s = tiny({
      s0: scene([{ id: 'go', effects: [{ type: 'schedule', consequence: 'bill' }], next: 'after' }]),
      after: scene([{ id: 'win', next: 'win' }]),
    }, { consequences: { bill: { title: 'Bill', text: 'A bill.', afterDays: 0, effects: [{ type: 'money', amount: -fee }] } } });
    expect(go(createGame(s, 1)).node).toBe(node);
  });
});

describe('past the deadline: the day after it, not the day itself', () => {
  it.each([
    { days: 9, node: 'after' },
    { days: 10, node: 'after' },
    { days: 11, node: 'late' },
  ])('reaching day $days of 10 rests at $node', ({ days, node }) => {
    const st = go(createGame(oneStep({ days }), 1));
    expect(st.day).toBe(days);
    expect(st.node).toBe(node);
  });

  it('the deadline rule gives way to the money rule when both fire on one step', () => {
    expect(go(createGame(oneStep({ money: 101, days: 11 }), 1)).node).toBe('broke');
  });
});

describe('the HUD warns below 20 % of the money and of the time', () => {
  it.each([
    { spend: 75, left: 25, low: false },
    { spend: 79, left: 21, low: false },
    { spend: 80, left: 20, low: false },
    { spend: 81, left: 19, low: true },
    { spend: 100, left: 0, low: true },
  ])('$left of 100 money left: lowMoney $low', ({ spend, left, low }) => {
    const s = oneStep({ money: spend });
    const st = go(createGame(s, 1));
    expect(st.money).toBe(left);
    expect(buildView(s, st).hud.lowMoney).toBe(low);
  });

  it.each([
    { days: 7, left: 3, low: false },
    { days: 8, left: 2, low: false },
    { days: 9, left: 1, low: true },
    { days: 10, left: 0, low: true },
  ])('$left of 10 days left: lowTime $low', ({ days, left, low }) => {
    const s = oneStep({ days });
    const st = go(createGame(s, 1));
    const hud = buildView(s, st).hud;
    expect(hud.daysLeft).toBe(left);
    expect(hud.lowTime).toBe(low);
  });

  it('neither warning at the start', () => {
    const s = oneStep({});
    const hud = buildView(s, openingState(s, 1)).hud;
    expect({ lowMoney: hud.lowMoney, lowTime: hud.lowTime, daysLeft: hud.daysLeft, money: hud.money }).toEqual({ lowMoney: false, lowTime: false, daysLeft: 10, money: 100 });
  });
});

describe('days never go below zero', () => {
  it.each([
    { days: -3, day: 0 },
    { days: 0, day: 0 },
    { days: 2, day: 2 },
  ])('a step of $days days from day 0 ends on day $day', ({ days, day }) => {
    const s = tiny({
      s0: scene([{ id: 'go', effects: [{ type: 'days', amount: days }], next: 'after' }]),
      after: scene([{ id: 'win', next: 'win' }]),
    });
    expect(go(createGame(s, 1)).day).toBe(day);
  });
});

describe('consequences fall due on their day, not before', () => {
  it.each([
    { wait: 3, after: 2, fired: false },
    { wait: 3, after: 3, fired: true },
    { wait: 3, after: 4, fired: true },
  ])('due after $wait days, arriving $after days later: fired $fired', ({ wait, after, fired }) => {
    const s = tiny({
      s0: scene([{ id: 'go', effects: [{ type: 'schedule', consequence: 'fee' }], next: 'mid' }]),
      mid: scene([{ id: 'wait', cost: { days: after }, next: 'after' }]),
      after: scene([{ id: 'win', next: 'win' }]),
    }, { consequences: { fee: { title: 'Fee', text: 'A fee.', afterDays: wait, effects: [{ type: 'money', amount: -5 }] } } });
    const g = createGame(s, 1);
    go(g);
    expect(g.choose('wait').ok).toBe(true);
    const st = g.state;
    expect(st.money).toBe(fired ? 95 : 100);
    expect(st.pending.length).toBe(fired ? 0 : 1);
  });
});
