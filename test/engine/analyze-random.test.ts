import { describe, expect, it } from 'vitest';
import { analyze, percentiles, randomPlays, replay } from '../../src/engine';
import { mini } from '../support/scenarios';

describe('randomPlays (seeded Monte Carlo)', () => {
  it('gives the same report for the same seed and a different one for another seed', () => {
    const s = mini();
    const a = randomPlays(s, { n: 300, seed: 42, policy: 'uniform' });
    expect(randomPlays(s, { n: 300, seed: 42, policy: 'uniform' })).toEqual(a);
    expect(randomPlays(s, { n: 300, seed: 43, policy: 'uniform' }).byEnding).not.toEqual(a.byEnding);
  });

  it('counts every play once and reports shares that add up', () => {
    const r = randomPlays(mini(), { n: 500, seed: 1 });
    expect(r.byEnding.reduce((n, e) => n + e.count, 0) + r.unfinished.reduce((n, u) => n + u.count, 0)).toBe(500);
    expect(r.byKind.reduce((n, k) => n + k.share, 0)).toBeCloseTo(1, 12);
    expect(r.successRate).toBe(r.byKind.find((k) => k.kind === 'success')!.share);
  });

  it('gives examples whose seed and log replay to the same ending, money and day', () => {
    const s = mini();
    for (const e of randomPlays(s, { n: 200, seed: 9 }).byEnding) {
      const game = replay(s, e.example.seed, e.example.log).game;
      expect(game.state.status).toBe('ended');
      expect([game.state.node, game.state.money, game.state.day]).toEqual([e.id, e.example.money, e.example.day]);
    }
  });

  it('lands near the exact odds the exhaustive analysis computes', () => {
    const s = mini();
    const exact = analyze(s).success.probability!;
    const sampled = randomPlays(s, { n: 4000, seed: 3 }).successRate;
    expect(Math.abs(sampled - exact)).toBeLessThan(0.04);
  });

  it('reports soft-locked plays as unfinished with a reproducing example', () => {
    const s = mini((raw) => {
      raw.nodes.arrive.choices[0].requires = { type: 'flag', flag: 'aeo' };
    });
    const r = randomPlays(s, { n: 200, seed: 5 });
    const stuck = r.unfinished.find((u) => u.reason === 'soft-lock')!;
    expect(stuck.count).toBeGreaterThan(0);
    const game = replay(s, stuck.example.seed, stuck.example.log).game;
    expect(game.state.node).toBe('arrive');
    expect(game.view().choices.every((c) => !c.available)).toBe(true);
  });
});

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 10 }, (_, i) => 10 - i);
    expect(percentiles(values)).toEqual({ p10: 1, p50: 5, p90: 9 });
    expect(percentiles([])).toBeNull();
  });
});
