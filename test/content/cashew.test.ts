/**
 * The cashew scenario, the first one a new player meets (issue 10 §4): an easy, complete export with
 * at least ten decisions on a typical path, all six readiness dimensions, chance events whose odds
 * follow the player's choices, consequences that bite later, and honest teaching (every scored line
 * has feedback and a rule or guidance source). It also teaches what it claims: the in-shell code is
 * held on arrival, a laboratory test and airtight packs keep the lot out of the aflatoxin refusal,
 * the payment term sets the odds of being paid, and an AEO application costs now without changing
 * this lot's checks.
 */
import { describe, expect, it } from 'vitest';
import { applyChoice, applyOutcome, chanceWeights, type Game } from '../../src/engine';
import { goldenGame, playLog, shippedScenario } from './helpers';

const s = shippedScenario('cashew');
const play = (log: string[], seed = 1): Game => playLog(s, log, seed);
const golden = (name: string) => goldenGame(s, name);

/** The probability of one outcome of the chance node the state stands at. */
function odds(state: Game['state'], outcome: string): number {
  const node = s.nodes[state.node];
  if (node?.type !== 'chance') throw new Error(`${state.node} is not a chance node`);
  const w = chanceWeights(s, state);
  const total = w.reduce((a, b) => a + b, 0);
  return (w[node.outcomes.findIndex((o) => o.id === outcome)] ?? 0) / total;
}

const CAREFUL = ['register-lei', 'sarvahara', 'advance-dp', 'hs-shelled', 'get-co', 'lab-test', 'vacuum-ispm', 'cip', 'aeo-apply', 'cross-check'];

describe('cashew scenario', () => {
  it('is the easy first scenario: 10–12 minutes, ten decisions on the careful path, six dimensions, three ending kinds or more', () => {
    expect(s.difficulty).toBe('easy');
    expect(s.playMinutes).toBeGreaterThanOrEqual(10);
    expect(s.playMinutes).toBeLessThanOrEqual(12);
    const g = golden('cashew-careful-win.json');
    const decisions = g.state.trail.filter((t) => t.kind === 'choice' && (s.nodes[t.node]?.type === 'scene') && (s.nodes[t.node] as { choices: unknown[] }).choices.length > 1);
    expect(decisions.length).toBeGreaterThanOrEqual(10);
    const dims = new Set<string>();
    const kinds = new Set<string>();
    for (const n of Object.values(s.nodes)) {
      if (n.type === 'scene') n.choices.forEach((c) => c.scores?.forEach((x) => dims.add(x.dimension)));
      if (n.type === 'ending') kinds.add(n.kind);
    }
    expect([...dims].sort()).toEqual(['classification', 'compliance', 'customs', 'finance', 'logistics', 'market']);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });

  it('has three chance events or more whose odds depend on choices, and two consequences or more scheduled by choices', () => {
    const chance = Object.values(s.nodes).filter((n) => n.type === 'chance' && n.outcomes.some((o) => (o.modifiers ?? []).length > 0));
    expect(chance.length).toBeGreaterThanOrEqual(3);
    const scheduled = new Set<string>();
    for (const n of Object.values(s.nodes)) {
      if (n.type === 'scene') n.choices.forEach((c) => c.effects?.forEach((e) => { if (e.type === 'schedule') scheduled.add(e.consequence); }));
    }
    expect(scheduled.size).toBeGreaterThanOrEqual(2);
  });

  it('gives every score feedback and a rule or guidance source', () => {
    const kind = new Map((s.sources ?? []).map((x) => [x.id, x.kind]));
    const scores = [
      ...Object.values(s.nodes).flatMap((n) => (n.type === 'scene' ? n.choices.flatMap((c) => c.scores ?? []) : n.type === 'chance' ? n.outcomes.flatMap((o) => o.scores ?? []) : [])),
      ...Object.values(s.consequences ?? {}).flatMap((c) => c.scores ?? []),
    ];
    expect(scores.length).toBeGreaterThan(20);
    for (const x of scores) {
      expect(x.feedback?.length ?? 0).toBeGreaterThan(40);
      expect(['rule', 'guidance']).toContain(kind.get(x.source ?? ''));
    }
  });

  it('offers shelled against in-shell cashews, and holds the in-shell code on arrival', () => {
    const hs = s.nodes.classify;
    if (hs?.type !== 'scene') throw new Error('classify is not a scene');
    expect(hs.decision).toBe('hs');
    expect(s.product.hs).toBe('0801.32');
    expect(hs.choices.map((c) => c.hs)).toEqual(expect.arrayContaining(['0801.32', '0801.31']));
    const g = play(['register-lei', 'sarvahara', 'advance-dp', 'hs-inshell', 'get-co', 'lab-test', 'vacuum-ispm', 'cip', 'aeo-later', 'cross-check', '@green', 'direct', '@on-time']);
    expect(g.state.node).toBe('arrival');
    expect(g.state.trail.some((t) => t.kind === 'consequence' && t.id === 'hs-hold')).toBe(true);
  });

  it('keeps a tested, airtight lot out of the aflatoxin refusal, and refuses an untested lot in jute often', () => {
    const atCheck = (lab: string, pack: string) => {
      const g = play(['register-lei', 'sarvahara', 'advance-dp', 'hs-shelled', 'get-co', lab, pack, 'cip', 'aeo-later', 'cross-check', '@green', 'direct', '@on-time']);
      expect(g.state.node).toBe('arrival');
      return applyChoice(s, g.state, 'await');
    };
    expect(odds(atCheck('lab-test', 'vacuum-ispm'), 'sampled-fail')).toBe(0);
    expect(odds(atCheck('no-check', 'jute'), 'sampled-fail')).toBeGreaterThan(0.4);
  });

  it('sets the odds of being paid by the payment term', () => {
    const atPayment = (terms: string) => {
      const g = play(['register-lei', 'sarvahara', terms, 'hs-shelled', 'get-co', 'lab-test', 'vacuum-ispm', 'cip', 'aeo-later', 'cross-check', '@green', 'direct', '@on-time']);
      const atImport = applyChoice(s, g.state, 'await');
      expect(atImport.node).toBe('import-check');
      const check = s.nodes['import-check'];
      if (check?.type !== 'chance') throw new Error('import-check is not a chance node');
      const released = applyOutcome(s, atImport, check.outcomes.findIndex((o) => o.id === 'released'), true);
      expect(released.node).toBe('payment');
      return released;
    };
    expect(odds(atPayment('advance-dp'), 'unpaid')).toBe(0);
    expect(odds(atPayment('lc'), 'unpaid')).toBe(0);
    expect(odds(atPayment('open-account'), 'unpaid')).toBeGreaterThan(0.4);
  });

  it('charges for an AEO application now without changing this lot’s export checks', () => {
    const at = (aeo: string) => play([...CAREFUL.slice(0, 8), aeo]).state;
    const apply = at('aeo-apply');
    const later = at('aeo-later');
    expect(later.money - apply.money).toBe(300);
    expect(apply.day - later.day).toBe(2);
    const check = (st: Game['state']) => applyChoice(s, st, 'cross-check');
    for (const o of ['green', 'doc-query', 'physical']) expect(odds(check(apply), o)).toBeCloseTo(odds(check(later), o), 10);
  });

  it('sends a player who tries the new market back to the look-ups, with that option gone', () => {
    const g = play(['register-lei', 'velmora', 'back-to-market']);
    expect(g.state.node).toBe('market');
    expect(g.view().choices.filter((c) => c.available).map((c) => c.id)).toEqual(['sarvahara']);
  });
});
