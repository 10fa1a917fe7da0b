/**
 * The coffee scenario teaches what it claims: AEO status lowers the odds of a physical inspection,
 * a wrong HS code and a skipped phytosanitary certificate bite later, open account costs interest
 * later, and a careful play and a careless play produce very different reports.
 */
import { describe, expect, it } from 'vitest';
import { applyChoice, chanceWeights, replay, type Game } from '../../src/engine';
import { goldenLogs, shippedScenarios } from './helpers';

const coffee = shippedScenarios().find((s) => s.scenario.id === 'coffee')?.scenario;
if (!coffee) throw new Error('scenarios/coffee/scenario.json is missing');
const golden = (name: string) => {
  const g = goldenLogs().find((x) => x.name === name)?.golden;
  if (!g) throw new Error(`no golden log ${name}`);
  return replay(coffee, g.seed, g.log).game;
};

/** Plays choices (with "@outcome" pins after a choice) and fails on any rejection. */
function play(log: string[], seed = 1): Game {
  const r = replay(coffee as NonNullable<typeof coffee>, seed, log);
  if (!r.ok) throw new Error(`rejected at step ${r.step}: ${r.rejection.code}`);
  return r.game;
}

const TO_DECLARATION = ['kestrel', 'agency', 'cif', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate'];

describe('coffee scenario', () => {
  it('makes a physical inspection at the export border less likely with AEO status', () => {
    const node = coffee.nodes['export-border'];
    if (node?.type !== 'chance') throw new Error('export-border is not a chance node');
    const odds = (aeoChoice: string) => {
      const atDeclaration = play([...TO_DECLARATION, aeoChoice]).state;
      expect(atDeclaration.node).toBe('declaration');
      const atBorder = applyChoice(coffee, atDeclaration, 'broker');
      expect(atBorder.node).toBe('export-border');
      const w = chanceWeights(coffee, atBorder);
      const total = w.reduce((a, b) => a + b, 0);
      const at = (id: string) => (w[node.outcomes.findIndex((o) => o.id === id)] ?? 0) / total;
      return { physical: at('physical-inspection'), priority: at('priority-inspection') };
    };
    const without = odds('aeo-later');
    const withAeo = odds('aeo-now');
    expect(without.physical).toBeGreaterThan(0.25);
    expect(withAeo.physical).toBe(0);
    expect(withAeo.priority).toBeLessThan(without.physical / 2);
  });

  it('holds a wrong HS code at the export declaration, several decisions after it was chosen', () => {
    const g = play(['kestrel', 'agency', 'cif', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-roasted', 'get-certificate']);
    expect(g.state.pending.map((p) => p.id)).toContain('hs-hold');
    const moneyBefore = g.state.money;
    g.choose('aeo-later');
    expect(g.state.node).toBe('declaration');
    expect(g.state.trail.some((t) => t.kind === 'consequence' && t.id === 'hs-hold')).toBe(true);
    expect(g.state.money).toBe(moneyBefore - 700);
  });

  it('refuses the coffee on arrival when the phytosanitary certificate was skipped', () => {
    const g = golden('coffee-careless-refused.json');
    expect(g.state.node).toBe('refused');
    const skipped = g.state.trail.findIndex((t) => t.kind === 'choice' && t.choice === 'skip-phyto');
    const fired = g.state.trail.findIndex((t) => t.kind === 'consequence' && t.id === 'no-phyto');
    expect(skipped).toBeGreaterThan(-1);
    expect(fired).toBeGreaterThan(skipped + 2);
  });

  it('charges crop-loan interest weeks later under open account only', () => {
    const interest = (payment: string) => {
      const g = play(['kestrel', 'agency', 'fob', payment, 'q-grader', 'courier', '@approved', 'inspect', 'hs-green']);
      return g.state.trail.filter((t) => t.kind === 'consequence' && t.id === 'crop-loan-interest').length;
    };
    expect(interest('open-account')).toBe(1);
    expect(interest('collection')).toBe(0);
  });

  it('gives a careful play and a careless play very different reports', () => {
    const careful = golden('coffee-careful-win.json').report();
    const careless = golden('coffee-careless-over-budget.json').report();
    expect(careful.success).toBe(true);
    expect(careful.overall).toBeGreaterThanOrEqual(90);
    expect(careful.mistakes).toHaveLength(0);
    expect(careless.success).toBe(false);
    expect(careless.ending?.kind).toBe('over-budget');
    expect(careless.overall).toBeLessThanOrEqual(20);
    expect(new Set(careless.mistakes.map((m) => m.dimension)).size).toBeGreaterThanOrEqual(5);
    expect(careless.mistakes.every((m) => m.feedback.text.length > 40 && m.source !== null)).toBe(true);
    expect(careless.learnNext.length).toBeGreaterThan(careful.learnNext.length);
  });
});
