/**
 * Rule details the edge tables do not reach: which of several due consequences sends the player, variables
 * without bounds, cancelling and re-scheduling, steps that cost nothing, and the finer rule functions.
 */
import { describe, expect, it } from 'vitest';
import { applyOutcome, chanceWeights, createGame, drawOutcome, rejectChoice, resolveChance, startState } from '../../src/engine';
import { outcomeIndex } from '../../src/engine/rules';
import { scene, tiny } from '../support/scenarios';

/** Two consequences due on entering s1; where does the player go? */
function race(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const s = tiny(
    {
      s0: scene([{ id: 'go', effects: [{ type: 'schedule', consequence: 'a' }, { type: 'schedule', consequence: 'b' }], next: 's1' }]),
      s1: scene([{ id: 'on', next: 'win' }]),
      sa: scene([{ id: 'on', next: 'win' }]),
      sb: scene([{ id: 'on', next: 'win' }]),
    },
    { money: 1000, consequences: { a: { afterDays: 0, title: 'A', text: 'A.', ...a }, b: { afterDays: 0, title: 'B', text: 'B.', ...b } } },
  );
  const g = createGame(s, 1);
  g.choose('go');
  return g.state.node;
}

describe('several consequences due at once', () => {
  it('the highest priority sends the player', () => {
    expect(race({ next: 'sa' }, { next: 'sb', priority: 1 })).toBe('sb');
    expect(race({ next: 'sa', priority: 2 }, { next: 'sb', priority: 1 })).toBe('sa');
  });

  it('on a tie, a failure ending wins over a scene, whichever was scheduled first', () => {
    expect(race({ next: 'sa' }, { next: 'late' })).toBe('late');
    expect(race({ next: 'late' }, { next: 'sa' })).toBe('late');
    expect(race({ next: 'win' }, { next: 'sa', effects: [{ type: 'money', amount: -1 }] })).toBe('sa');
  });

  it('then the one that costs more (money spent and days lost both count), then the first scheduled', () => {
    expect(race({ next: 'sa', effects: [{ type: 'money', amount: -10 }] }, { next: 'sb', effects: [{ type: 'money', amount: -50 }] })).toBe('sb');
    expect(race({ next: 'sa', effects: [{ type: 'days', amount: 5 }] }, { next: 'sb', effects: [{ type: 'money', amount: -3 }] })).toBe('sa');
    expect(race({ next: 'sa', effects: [{ type: 'money', amount: 20 }] }, { next: 'sb' })).toBe('sb');
    expect(race({ next: 'sa' }, { next: 'sb' })).toBe('sa');
  });

  it('a consequence without a next never outranks one with', () => {
    expect(race({ effects: [{ type: 'money', amount: -500 }], priority: 5 }, { next: 'sb' })).toBe('sb');
  });
});

describe('effects', () => {
  const s = tiny(
    {
      s0: scene([
        { id: 'count', effects: [{ type: 'var', var: 'free', op: 'add', value: 7 }, { type: 'var', var: 'boxed', op: 'add', value: 7 }], next: 's0' },
        { id: 'drop', effects: [{ type: 'var', var: 'free', op: 'add', value: -20 }, { type: 'var', var: 'boxed', op: 'add', value: -20 }, { type: 'cancel', consequence: 'bill' }], next: 's0' },
        { id: 'plan', effects: [{ type: 'schedule', consequence: 'bill' }], next: 's0' },
        { id: 'wait', cost: { days: 2 }, next: 's0' },
      ]),
    },
    {
      deadline: 100,
      variables: { free: { initial: 0 }, boxed: { initial: 0, min: -5, max: 5 } },
      consequences: { bill: { afterDays: 3, title: 'Bill', text: 'A bill.', effects: [{ type: 'money', amount: -30 }] } },
    },
  );

  it('a variable without bounds is not clamped; one with bounds is', () => {
    const g = createGame(s, 1);
    g.choose('count');
    expect(g.state.vars).toEqual({ free: 7, boxed: 5 });
    g.choose('drop');
    g.choose('drop');
    expect(g.state.vars).toEqual({ free: -33, boxed: -5 });
  });

  it('re-scheduling a pending consequence restarts its clock; cancelling removes it', () => {
    const g = createGame(s, 1);
    g.choose('plan');
    g.choose('wait');
    g.choose('plan');
    expect(g.state.pending).toEqual([{ id: 'bill', due: 5, on: null }]);
    g.choose('wait');
    expect(g.state.money).toBe(100);
    g.choose('wait');
    expect(g.state.money).toBe(70);
    g.choose('plan');
    g.choose('drop');
    expect(g.state.pending).toEqual([]);
  });

  it('a step that costs nothing reports no money or days change', () => {
    const g = createGame(s, 1);
    g.choose('drop');
    expect(g.state.effects).toEqual([]);
    g.choose('wait');
    expect(g.state.effects).toEqual([{ type: 'days', delta: 2 }]);
  });
});

describe('the finer rule functions', () => {
  const s = tiny({
    s0: scene([{ id: 'go', next: 'c1' }]),
    c1: { type: 'chance', outcomes: [{ id: 'x', weight: 1, title: 'X', text: 'X.', scores: [{ dimension: 'logistics', points: 1, feedback: 'Lucky.' }], next: 'win' }, { id: 'y', weight: 3, title: 'Y', text: 'Y.', next: 'late' }] },
  }, { start: 'c1' });

  it('finds an outcome by id at the waiting chance node, and nowhere else', () => {
    const st = startState(s, 1);
    expect([outcomeIndex(s, st, 'y'), outcomeIndex(s, st, 'z')]).toEqual([1, -1]);
    expect(outcomeIndex(s, { ...st, node: 's0' }, 'y')).toBe(-1);
  });

  it('draws an outcome with the seeded PRNG, the same every time, and keys its score feedback', () => {
    const st = startState(s, 1);
    const a = drawOutcome(s, st);
    expect(drawOutcome(s, st)).toEqual(a);
    expect(a.rng).not.toBe(st.rng);
    const x = applyOutcome(s, st, 0);
    expect(x.effects).toContainEqual({ type: 'score', dimension: 'logistics', points: 1, key: 'nodes.c1.outcomes.x.feedback.logistics', feedback: 'Lucky.' });
    expect(x.effects).toContainEqual({ type: 'chance', node: 'c1', outcome: 'x', certain: false });
    expect(() => drawOutcome(s, { ...st, node: 's0' })).toThrow(/not at a chance node/);
  });

  it('refuses to draw when every weight is 0', () => {
    const zero = tiny({ c1: { type: 'chance', outcomes: [{ id: 'x', weight: 0, title: 'X', text: 'X.', next: 'win' }, { id: 'y', weight: 0, title: 'Y', text: 'Y.', next: 'win' }] } }, { start: 'c1' });
    const st = startState(zero, 1);
    expect(chanceWeights(zero, st)).toEqual([0, 0]);
    expect(() => drawOutcome(zero, st)).toThrow(/every outcome has weight 0/);
    expect(() => resolveChance(zero, st)).toThrow(/every outcome has weight 0/);
  });

  it('leaves a state that waits for no draw as it is, and refuses a choice where no scene waits', () => {
    const st = startState(s, 1);
    const settled = resolveChance(s, st);
    expect(resolveChance(s, settled)).toBe(settled);
    expect(rejectChoice(s, st, 'go')).toEqual({ code: 'unknown-choice', choice: 'go' });
  });
});
