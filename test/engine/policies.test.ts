/** Named policies: what each one picks, the figures of a policy analysis, and the targets it checks. */
import { describe, expect, it } from 'vitest';
import { bestFirst, missedTargets, policyAnalysis, POLICY_TARGETS, randomPlays, type PolicyAnalysis, type PolicyName } from '../../src/engine';
import { choiceOrder, startState } from '../../src/engine';
import { playWith, POLICY } from '../../src/engine/analyze';
import { mini, scene, tiny } from '../support/scenarios';

/** Endings of distinct kinds, so the ending spread says which choice a policy took. */
const endings = {
  a: { type: 'ending', kind: 'refused', title: 'A', text: 'A.' },
  b: { type: 'ending', kind: 'unpaid', title: 'B', text: 'B.' },
  c: { type: 'ending', kind: 'abandoned', title: 'C', text: 'C.' },
};
const pts = (points: number) => [{ dimension: 'market', points, feedback: 'Because.' }];

/** The ending kind a policy reaches in every one of n games (fails if it varies). */
function onlyKind(s: ReturnType<typeof tiny>, policy: PolicyName, n = 50): string {
  const f = policyAnalysis(s, { n, policies: [policy] }).policies[0]!;
  expect(f.endings).toHaveLength(1);
  return f.endings[0]!.kind;
}

describe('policies pick as named', () => {
  it('first-in-file takes the first available choice in the file; unavailable ones are never taken', () => {
    const s = tiny({
      s0: scene([
        { id: 'locked', requires: { type: 'money', op: '>=', value: 1000 }, reason: 'No.', next: 'win' },
        { id: 'x', next: 'a' },
        { id: 'y', next: 'b' },
      ]),
      ...endings,
    });
    expect(onlyKind(s, 'first-in-file')).toBe('refused');
    for (const p of ['random', 'first-on-screen', 'cheapest', 'fastest', 'careful', 'careless'] as const)
      expect(policyAnalysis(s, { n: 200, policies: [p] }).policies[0]!.successRate).toBe(0);
  });

  it('first-on-screen takes the first available choice in the seeded screen order', () => {
    const s = tiny({
      s0: scene([
        { id: 'x', next: 'a' }, { id: 'y', next: 'b' }, { id: 'z', next: 'c' },
        { id: 'locked', requires: { type: 'money', op: '>=', value: 1000 }, reason: 'No.', next: 'win' },
      ]),
      ...endings,
    });
    const node = s.nodes.s0 as Parameters<typeof choiceOrder>[0];
    const firsts = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const st = startState(s, seed);
      const expected = choiceOrder(node, 's0', st.seed).find((c) => c.id !== 'locked')!.id;
      firsts.add(expected);
      const g = playWith(s, st, POLICY['first-on-screen'], 0);
      expect(g.st.log).toEqual([expected]);
    }
    expect([...firsts].sort()).toEqual(['x', 'y', 'z']); // the order really changes with the seed
    const f = policyAnalysis(s, { n: 900, policies: ['first-on-screen'] }).policies[0]!;
    for (const e of f.endings) expect(Math.abs(e.share - 1 / 3)).toBeLessThan(0.06);
  });

  it('random spreads uniformly over the available choices', () => {
    const s = tiny({ s0: scene([{ id: 'x', next: 'a' }, { id: 'y', next: 'b' }, { id: 'z', next: 'win' }]), ...endings });
    const f = policyAnalysis(s, { n: 3000, policies: ['random'] }).policies[0]!;
    for (const e of f.endings) expect(Math.abs(e.share - 1 / 3)).toBeLessThan(0.04);
    // The same master seed gives the same figure as randomPlays (the same draws).
    expect(f.successRate).toBe(randomPlays(s, { n: 3000, seed: 1 }).successRate);
  });

  it('cheapest takes the lowest certain money up to the next decision, ties by days; fastest the fewest days, ties by money', () => {
    const s = tiny({
      s0: scene([
        // Shows no cost, but the fixed step after it (a single possible outcome) spends 10 and 3 days.
        { id: 'hidden', next: 'fee' },
        { id: 'cheap-quick', cost: { money: 10, days: 2 }, next: 'b' },
        { id: 'dear-quick', cost: { money: 50, days: 1 }, next: 'c' },
        { id: 'mid-quick', cost: { money: 20, days: 1 }, next: 'a' },
      ]),
      fee: { type: 'chance', outcomes: [{ id: 'pay', weight: 1, title: 'Fee', text: 'Fee.', effects: [{ type: 'money', amount: -10 }, { type: 'days', amount: 3 }], next: 'win' }, { id: 'never', weight: 0, title: 'N', text: 'N.', next: 'win' }] },
      ...endings,
    });
    expect(onlyKind(s, 'cheapest')).toBe('unpaid'); // 10 like "hidden", but 2 days rather than 3
    expect(onlyKind(s, 'fastest')).toBe('refused'); // 1 day like "dear-quick", but 20 rather than 50
  });

  it('careful takes the most readiness points (ties by certain money, then days); careless the fewest', () => {
    const s = tiny({
      s0: scene([
        { id: 'good-dear', cost: { money: 20 }, scores: pts(2), next: 'a' },
        { id: 'good-cheap', cost: { money: 5, days: 3 }, scores: [{ dimension: 'market', points: 1, feedback: 'Fine.' }, { dimension: 'finance', points: 1, feedback: 'Fine.' }], next: 'b' },
        { id: 'bad', scores: pts(-1), next: 'c' },
        { id: 'worst-slow', cost: { days: 2 }, scores: pts(-2), next: 'win' },
        ]),
      ...endings,
    });
    expect(onlyKind(s, 'careful')).toBe('unpaid'); // 2 points each, the cheaper one
    expect(onlyKind(s, 'careless')).toBe('success');
    const tie = tiny({ s0: scene([{ id: 'slow', cost: { days: 4 }, scores: pts(-2), next: 'a' }, { id: 'quick', cost: { days: 1 }, scores: pts(-2), next: 'b' }]), ...endings });
    expect(onlyKind(tie, 'careless')).toBe('unpaid'); // equal points and money: fewer days
  });
});

describe('policyAnalysis', () => {
  it('is deterministic for a seed and counts soft-locks and endless loops as failures', () => {
    const s = tiny({
      s0: scene([{ id: 'stay', next: 's0' }, { id: 'stuck', next: 's1' }]),
      s1: scene([{ id: 'never', requires: { type: 'money', op: '>', value: 1000 }, reason: 'No.', next: 'win' }]),
    });
    const a = policyAnalysis(s, { n: 20, seed: 3 });
    expect(policyAnalysis(s, { n: 20, seed: 3 })).toEqual(a);
    const by = (p: PolicyName) => a.policies.find((x) => x.policy === p)!;
    expect(by('first-in-file').endings).toEqual([{ kind: 'too-long', share: 1 }]);
    expect(by('first-in-file').successRate).toBe(0);
    expect(by('random').endings).toEqual([{ kind: 'soft-lock', share: 1 }]);
  });

  it('reports ending spread, readiness, the skill gap, luck figures and the best-first share', () => {
    const s = tiny({
      s0: scene([{ id: 'bad', scores: pts(-2), next: 'bad-luck' }, { id: 'good', scores: pts(2), next: 'good-luck' }]),
      'good-luck': { type: 'chance', outcomes: [
        { id: 'ok', weight: 9, title: 'OK', text: 'OK.', next: 'win' },
        { id: 'ko', weight: 1, title: 'KO', text: 'KO.', next: 'a' },
      ] },
      'bad-luck': { type: 'chance', outcomes: [
        { id: 'ok', weight: 1, title: 'OK', text: 'OK.', next: 'win' },
        { id: 'ko', weight: 9, title: 'KO', text: 'KO.', next: 'a' },
      ] },
      ...endings,
    });
    const a = policyAnalysis(s, { n: 2000 });
    const careful = a.policies.find((p) => p.policy === 'careful')!;
    const careless = a.policies.find((p) => p.policy === 'careless')!;
    expect(careful.successRate).toBeGreaterThan(0.87);
    expect(careful.successRate).toBeLessThan(0.93);
    expect(careful.meanReadiness).toBe(100);
    expect(careless.meanReadiness).toBe(0);
    expect(careful.endings.reduce((x, e) => x + e.share, 0)).toBeCloseTo(1, 12);
    expect(a.skillGap).toBeCloseTo((careful.successRate - careless.successRate) * 100, 1);
    expect(a.luck).toEqual({ carefulLoses: 1 - careful.successRate, carelessWins: careless.successRate });
    expect(a.bestFirst).toEqual({ decisions: 1, first: 0, share: 0 });
    expect(a.policies.map((p) => p.policy)).toEqual(['random', 'first-in-file', 'first-on-screen', 'cheapest', 'fastest', 'careful', 'careless']);
  });

  it('counts a scored decision as best-first when its first option scores the most (ties count)', () => {
    expect(bestFirst(mini())).toEqual({ decisions: 1, first: 1, share: 1 });
    const s = tiny({
      s0: scene([{ id: 'x', scores: pts(1), next: 's1' }, { id: 'y', scores: pts(1), next: 's1' }]),
      s1: scene([{ id: 'x', scores: pts(-1), next: 's2' }, { id: 'y', scores: pts(2), next: 's2' }]),
      s2: scene([{ id: 'x', next: 'win' }, { id: 'y', next: 'win' }]),
    });
    expect(bestFirst(s)).toEqual({ decisions: 2, first: 1, share: 0.5 });
  });
});

describe('missedTargets', () => {
  const analysis = (rates: Partial<Record<PolicyName, number>>): PolicyAnalysis => ({
    plays: 100, seed: 1, skillGap: 0, luck: { carefulLoses: 0, carelessWins: 0 }, bestFirst: { decisions: 0, first: 0, share: 0 },
    policies: Object.entries(rates).map(([policy, successRate]) => ({ policy: policy as PolicyName, plays: 100, successRate: successRate!, meanReadiness: null, endings: [] })),
  });

  it('is empty when every target is met, at the limits too', () => {
    expect(missedTargets(analysis({ careful: 0.85, careless: 0.05, random: 0.1, 'first-on-screen': 0.15 }))).toEqual([]);
    expect(missedTargets(analysis({ careful: 1, careless: 0, random: 0.35, 'first-on-screen': 0.3 }))).toEqual([]);
  });

  it('names each missed target with its figure', () => {
    const missed = missedTargets(analysis({ careful: 0.82, careless: 0.19, random: 0.3, 'first-on-screen': 0.93 }));
    expect(missed.map((m) => m.target)).toEqual(['careful', 'careless', 'first-on-screen']);
    expect(missed[0]!.message).toBe('careful play wins 82.0 % (target ≥ 85.0 %)');
    expect(missed[1]!.message).toBe('careless play wins 19.0 % (target ≤ 5.0 %)');
    expect(missed[2]!.message).toBe('first-on-screen wins 93.0 % against random 30.0 % (target: within 5 points)');
    expect(missed[2]!.value).toBeCloseTo(0.63, 12);
    expect(missedTargets(analysis({ random: 0.05 })).map((m) => [m.target, m.message])).toEqual([['random', 'random play wins 5.0 % (target 10.0 %–35.0 %)']]);
    expect(missedTargets(analysis({ random: 0.4 }))[0]!.target).toBe('random');
  });

  it('exports the targets of the issue', () => {
    expect(POLICY_TARGETS).toEqual({ carefulMin: 0.85, carelessMax: 0.05, screenVsRandomMax: 0.05, randomMin: 0.1, randomMax: 0.35 });
  });
});
