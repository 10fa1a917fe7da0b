import { describe, expect, it } from 'vitest';
import { applyChoice, chanceWeights, createGame, EngineError, pickWeighted, replay, startState } from '../../src/engine';
import { mini } from '../support/scenarios';

describe('chance nodes', () => {
  it('lowers the weight of a physical inspection for an AEO-certified exporter', () => {
    const s = mini();
    const at = (aeo: boolean) => {
      let st = startState(s, 1);
      st = applyChoice(s, st, 'green');
      st = applyChoice(s, st, aeo ? 'apply' : 'skip');
      return chanceWeights(s, applyChoice(s, st, 'sea'));
    };
    expect(at(false)).toEqual([70, 30]);
    expect(at(true)[1]).toBeCloseTo(9);
  });

  it('makes the AEO inspection odds visible in many seeded plays', () => {
    const s = mini();
    const redShare = (aeo: boolean) => {
      let red = 0;
      for (let seed = 0; seed < 2000; seed++) {
        const g = createGame(s, seed);
        g.choose('green');
        g.choose(aeo ? 'apply' : 'skip');
        g.choose('sea');
        if (g.state.trail.some((t) => t.kind === 'outcome' && t.outcome === 'red-lane')) red++;
      }
      return red / 2000;
    };
    expect(redShare(false)).toBeGreaterThan(0.25);
    expect(redShare(false)).toBeLessThan(0.35);
    expect(redShare(true)).toBeGreaterThan(0.08);
    expect(redShare(true)).toBeLessThan(0.16);
  });

  it('pins a chance result when the log forces it, and replays the forced log', () => {
    const g = createGame(mini(), 5);
    g.choose('green');
    g.choose('skip');
    expect(g.choose('sea', ['red-lane'])).toEqual({ ok: true });
    expect(g.state.log).toEqual(['green', 'skip', 'sea', '@red-lane']);
    expect(g.state.day).toBe(1 + 10 + 3);
    const again = replay(mini(), 5, g.state.log);
    expect(again.ok && again.game.state).toEqual(g.state);
  });

  it('rejects a forced outcome that the node does not have, leaving the state unchanged', () => {
    const g = createGame(mini(), 5);
    g.choose('green');
    g.choose('skip');
    const before = g.state;
    expect(g.choose('sea', ['no-such-outcome'])).toMatchObject({ ok: false, rejection: { code: 'bad-forced-outcome' } });
    expect(g.state).toBe(before);
  });

  it('picks by weight and never picks a zero weight', () => {
    let state = 7;
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const r = pickWeighted(state, [1, 0, 3]);
      counts[r.index] = (counts[r.index] ?? 0) + 1;
      state = r.state;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / 3000).toBeGreaterThan(0.7);
  });
});

describe('content bugs are exceptions, not player mistakes', () => {
  it('throws an EngineError for a cycle of branches', () => {
    const s = mini((raw) => {
      raw.nodes.done = { type: 'branch', cases: [{ when: { type: 'flag', flag: 'aeo' }, next: 'loop' }], else: 'loop' };
      raw.nodes.loop = { type: 'branch', cases: [{ when: { type: 'flag', flag: 'aeo' }, next: 'done' }], else: 'done' };
    });
    const g = createGame(s, 1);
    g.choose('green');
    g.choose('skip');
    g.choose('air');
    expect(() => g.choose('deliver')).toThrow(EngineError);
  });
});
