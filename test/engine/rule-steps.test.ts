/**
 * What one step does to the state, found by mutation testing: a step never changes the state it starts
 * from (the working copy shares collections until it writes them), scores add up with their sign,
 * variables are clamped to their bounds, and a cancelled consequence is gone.
 */
import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../../src/engine';
import { scene, tiny } from '../support/scenarios';

const s = tiny({
  s0: scene([{ id: 'a', effects: [{ type: 'flag', flag: 'f' }, { type: 'var', var: 'v', op: 'add', value: 5 }, { type: 'schedule', consequence: 'c' }], scores: [{ dimension: 'market', points: 2, feedback: 'Good.' }], next: 's1' }]),
  s1: scene([{ id: 'b', effects: [{ type: 'flag', flag: 'g', value: false }, { type: 'var', var: 'v', op: 'add', value: -20 }, { type: 'cancel', consequence: 'c' }], scores: [{ dimension: 'market', points: -3, feedback: 'Bad.' }, { dimension: 'finance', points: 1, feedback: 'Fine.' }], next: 's2' }]),
  s2: scene([{ id: 'c', effects: [{ type: 'var', var: 'v', value: 99 }], next: 's3' }]),
  s3: scene([{ id: 'win', next: 'win' }]),
}, {
  flags: ['f', 'g'],
  variables: { v: { initial: 1, min: 0, max: 10 } },
  consequences: { c: { title: 'C', text: 'C.', afterDays: 50, effects: [{ type: 'money', amount: -1 }] } },
});

describe('one step of the rules', () => {
  it('never changes the states before it', () => {
    const g = createGame(s, 1);
    const seen: { st: GameState; json: string }[] = [];
    for (const c of ['a', 'b', 'c', 'win']) {
      seen.push({ st: g.state, json: JSON.stringify(g.state) });
      expect(g.choose(c).ok).toBe(true);
    }
    for (const { st, json } of seen) expect(JSON.stringify(st)).toBe(json);
    expect(g.state.visited).toEqual(['s0', 's1', 's2', 's3', 'win']);
    expect(g.state.log).toEqual(['a', 'b', 'c', 'win']);
  });

  it('adds scores with their sign, per dimension', () => {
    const g = createGame(s, 1);
    g.choose('a');
    expect(g.state.scores.market).toBe(2);
    g.choose('b');
    expect([g.state.scores.market, g.state.scores.finance, g.state.scores.customs]).toEqual([-1, 1, 0]);
  });

  it('clamps variables to their bounds, adding or setting', () => {
    const g = createGame(s, 1);
    expect(g.state.vars.v).toBe(1);
    g.choose('a');
    expect(g.state.vars.v).toBe(6);
    g.choose('b');
    expect(g.state.vars.v).toBe(0);
    g.choose('c');
    expect(g.state.vars.v).toBe(10);
  });

  it('sets and clears flags, schedules and cancels consequences', () => {
    const g = createGame(s, 1);
    g.choose('a');
    expect(g.state.flags).toEqual({ f: true });
    expect(g.state.pending).toEqual([{ id: 'c', due: 50, on: null }]);
    g.choose('b');
    expect(g.state.flags).toEqual({ f: true, g: false });
    expect(g.state.pending).toEqual([]);
    expect(g.state.effects.filter((e) => e.type === 'score').map((e) => e.type === 'score' && [e.dimension, e.points, e.feedback])).toEqual([['market', -3, 'Bad.'], ['finance', 1, 'Fine.']]);
  });
});
