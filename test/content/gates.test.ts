/**
 * The fairness gates of issue 8: knowledge wins, not position or luck. Measured by seeded play under
 * named policies (2,000 games each): careful ≥ 85 % success, careless ≤ 5 %, first-on-screen within
 * 5 points of random, random between 10 % and 35 %.
 *
 * The gates run on every shipped scenario (every scenarios/<id>/scenario.json) and on test/fixtures/fair.json, a
 * small honest scenario; `npm run bench:engine` prints the whole tables and `npm run scenario -- check`
 * warns (policy-targets) when a scenario misses them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bestFirst, missedTargets, policyAnalysis, POLICY_TARGETS, type PolicyName } from '../../src/engine';
import { checkScenarioText } from '../../src/scenario';
import { loadHsCodes } from '../../tools/lib/hs';
import { rawFixture, asScenario, scene, tiny } from '../support/scenarios';
import { shippedScenarios } from './helpers';

const fair = asScenario(rawFixture('fair.json'));
const analysis = policyAnalysis(fair, { n: 2000, seed: 1 });
const rate = (p: PolicyName) => analysis.policies.find((x) => x.policy === p)!.successRate;

describe.each(shippedScenarios().map((x) => [x.scenario.id, x.scenario] as const))('policy gates of the shipped scenario %s', (_id, scenario) => {
  const a = policyAnalysis(scenario, { n: 2000, seed: 1 });
  const r = (p: PolicyName) => a.policies.find((x) => x.policy === p)!.successRate;
  const figures = () => a.policies.map((p) => `${p.policy} ${(p.successRate * 100).toFixed(1)} %`).join(', ');

  it('careful ≥ 85 %, careless ≤ 5 %, random 10–35 %, first on screen within 5 points of random', () => {
    expect(r('careful'), figures()).toBeGreaterThanOrEqual(POLICY_TARGETS.carefulMin);
    expect(r('careless'), figures()).toBeLessThanOrEqual(POLICY_TARGETS.carelessMax);
    expect(r('random'), figures()).toBeGreaterThanOrEqual(POLICY_TARGETS.randomMin);
    expect(r('random'), figures()).toBeLessThanOrEqual(POLICY_TARGETS.randomMax);
    expect(Math.abs(r('first-on-screen') - r('random')), figures()).toBeLessThanOrEqual(POLICY_TARGETS.screenVsRandomMax);
    expect(missedTargets(a)).toEqual([]);
  });
});

describe('policy gates (test/fixtures/fair.json)', () => {
  it('is a valid scenario with real choices: no checker error, 6–10 decisions, chance, a deadline and a budget', () => {
    const text = readFileSync(fileURLToPath(new URL('../fixtures/fair.json', import.meta.url)), 'utf8');
    const { diagnostics } = checkScenarioText('fair.json', text, { hsCodes: loadHsCodes() });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const nodes = Object.values(fair.nodes);
    const decisions = nodes.filter((n) => n.type === 'scene' && n.choices.length > 1).length;
    expect(decisions).toBeGreaterThanOrEqual(6);
    expect(decisions).toBeLessThanOrEqual(10);
    expect(nodes.filter((n) => n.type === 'chance').length).toBeGreaterThan(0);
    expect(fair.deadline).toBeGreaterThan(0);
    expect(fair.money).toBeGreaterThan(0);
    // The best option is not always first in the file.
    expect(bestFirst(fair).share).toBeLessThan(0.75);
  });

  it(`careful play wins at least ${POLICY_TARGETS.carefulMin * 100} %`, () => {
    expect(rate('careful')).toBeGreaterThanOrEqual(POLICY_TARGETS.carefulMin);
  });

  it(`careless play wins at most ${POLICY_TARGETS.carelessMax * 100} %`, () => {
    expect(rate('careless')).toBeLessThanOrEqual(POLICY_TARGETS.carelessMax);
  });

  it(`pressing the first option on screen is within ${POLICY_TARGETS.screenVsRandomMax * 100} points of random play`, () => {
    expect(Math.abs(rate('first-on-screen') - rate('random'))).toBeLessThanOrEqual(POLICY_TARGETS.screenVsRandomMax);
  });

  it(`random play wins between ${POLICY_TARGETS.randomMin * 100} % and ${POLICY_TARGETS.randomMax * 100} %`, () => {
    expect(rate('random')).toBeGreaterThanOrEqual(POLICY_TARGETS.randomMin);
    expect(rate('random')).toBeLessThanOrEqual(POLICY_TARGETS.randomMax);
  });

  it('misses no target, and a careful player is not lucky: losses are chance, not judgement', () => {
    expect(missedTargets(analysis)).toEqual([]);
    expect(analysis.skillGap).toBeGreaterThanOrEqual((POLICY_TARGETS.carefulMin - POLICY_TARGETS.carelessMax) * 100);
    const careful = analysis.policies.find((p) => p.policy === 'careful')!;
    expect(careful.meanReadiness).toBe(100);
    // Careful play does lose sometimes (the scenario has real luck), but only to chance.
    expect(analysis.luck.carefulLoses).toBeGreaterThan(0);
  });
});

describe('the seeded screen order breaks position strategies', () => {
  // Three decisions; the best option is always first in the file; any mistake is refused at the end.
  const s = tiny({
    s0: scene([
      { id: 'good', scores: [{ dimension: 'market', points: 2, feedback: 'Yes.' }], next: 's1' },
      { id: 'bad', scores: [{ dimension: 'market', points: -2, feedback: 'No.' }], effects: [{ type: 'flag', flag: 'slip' }], next: 's1' },
    ]),
    s1: scene([
      { id: 'good', scores: [{ dimension: 'customs', points: 2, feedback: 'Yes.' }], next: 's2' },
      { id: 'bad', scores: [{ dimension: 'customs', points: -2, feedback: 'No.' }], effects: [{ type: 'flag', flag: 'slip' }], next: 's2' },
      { id: 'worse', scores: [{ dimension: 'customs', points: -3, feedback: 'No.' }], effects: [{ type: 'flag', flag: 'slip' }], next: 's2' },
    ]),
    s2: scene([
      { id: 'good', scores: [{ dimension: 'finance', points: 2, feedback: 'Yes.' }], next: 'end' },
      { id: 'bad', scores: [{ dimension: 'finance', points: -2, feedback: 'No.' }], effects: [{ type: 'flag', flag: 'slip' }], next: 'end' },
    ]),
    end: { type: 'branch', cases: [{ when: { type: 'flag', flag: 'slip' }, next: 'refused' }], else: 'win' },
    refused: { type: 'ending', kind: 'refused', title: 'Refused', text: 'Refused.' },
  }, { flags: ['slip'] });

  it('first in the file always wins, first on screen does not: it plays like random', () => {
    expect(bestFirst(s)).toEqual({ decisions: 3, first: 3, share: 1 });
    const a = policyAnalysis(s, { n: 2000, policies: ['random', 'first-in-file', 'first-on-screen'] });
    const r = (p: PolicyName) => a.policies.find((x) => x.policy === p)!.successRate;
    expect(r('first-in-file')).toBe(1);
    expect(r('first-on-screen')).not.toBe(r('first-in-file'));
    expect(r('first-on-screen')).toBeLessThan(0.3); // ½ × ⅓ × ½ ≈ 17 %
    expect(Math.abs(r('first-on-screen') - r('random'))).toBeLessThanOrEqual(0.05);
  });
});
