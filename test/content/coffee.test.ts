/**
 * The coffee scenario teaches what it claims: AEO status lowers the odds of a physical inspection,
 * a wrong HS code and a skipped phytosanitary certificate bite later, open account costs interest
 * later, the insurance cover chosen decides who pays for wet bags, FCA and FOB differ in who bears a
 * loss at the terminal, an untested lot risks a residue refusal, plot data is needed for deforestation
 * due diligence, the phytosanitary certificate comes before the export declaration, texts follow the
 * player, and a careful play and a careless play produce very different reports.
 */
import { describe, expect, it } from 'vitest';
import { applyChoice, chanceWeights, holds, replay, type Game, type GameState } from '../../src/engine';
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

const TO_DECLARATION = ['kestrel', 'agency', 'cif', 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate', 'map-plots', 'book-phyto'];

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
    const g = play(['kestrel', 'agency', 'cif', 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-roasted', 'get-certificate', 'map-plots', 'book-phyto']);
    expect(g.state.pending.map((p) => p.id)).toContain('hs-hold');
    const moneyBefore = g.state.money;
    g.choose('aeo-later');
    expect(g.state.node).toBe('declaration');
    expect(g.state.trail.some((t) => t.kind === 'consequence' && t.id === 'hs-hold')).toBe(true);
    expect(g.state.money).toBe(moneyBefore - 800);
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
      const g = play(['kestrel', 'agency', 'fob', 'price-buildup', payment, 'q-grader', 'courier', '@approved', 'inspect', 'hs-green']);
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

  /** The weights of a chance node in a state, by outcome id. */
  const odds = (st: GameState, nodeId: string) => {
    const node = coffee.nodes[nodeId];
    if (node?.type !== 'chance') throw new Error(`${nodeId} is not a chance node`);
    const w = chanceWeights(coffee, { ...st, node: nodeId });
    return Object.fromEntries(node.outcomes.map((o, i) => [o.id, w[i] ?? 0]));
  };
  const TO_FREIGHT = ['kestrel', 'agency', 'cif', 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate', 'map-plots', 'book-phyto', 'aeo-now', 'broker', '@green-lane', 'direct', '@space-confirmed'];

  it('pays for storm-wet bags only under all-risks (A) cover: minimum (C) cover leaves the loss with the seller', () => {
    const atSea = (cover: string) => play([...TO_FREIGHT, cover, 'specialist', 'take-loan', 'residue-test', '@residue-clean']).state;
    const a = odds(atSea('cover-a'), 'sailing');
    const c = odds(atSea('cover-c'), 'sailing');
    const none = odds(atSea('no-insurance'), 'sailing');
    expect(a['wet-covered']).toBeGreaterThan(0);
    expect(a['wet-uninsured']).toBe(0);
    for (const o of [c, none]) {
      expect(o['wet-covered']).toBe(0);
      expect(o['wet-uninsured']).toBeGreaterThan(0);
    }
    // The text names the (C) policy when that is what the player bought.
    const node = coffee.nodes.sailing;
    if (node?.type !== 'chance') throw new Error('sailing');
    const wet = node.outcomes.find((o) => o.id === 'wet-uninsured');
    const variant = wet?.textVariants?.find((v) => holds(v.when, atSea('cover-c')));
    expect(variant?.id).toBe('cif-c');
    expect(wet?.textVariants?.find((v) => holds(v.when, atSea('no-insurance')))).toBeUndefined();
  });

  it('puts a flooded container in the terminal at the seller\'s risk under FOB and at the buyer\'s under FCA', () => {
    const atTerminal = (rule: string) => play(['kestrel', 'agency', rule, 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate', 'map-plots', 'book-phyto', 'aeo-now', 'broker', '@green-lane']).state;
    const fob = odds(atTerminal('fob'), 'buyer-ship');
    const fca = odds(atTerminal('fca'), 'buyer-ship');
    expect(fob['terminal-flood-fob']).toBeGreaterThan(0);
    expect(fob['terminal-flood-fca']).toBe(0);
    expect(fca['terminal-flood-fca']).toBeGreaterThan(0);
    expect(fca['terminal-flood-fob']).toBe(0);
    const costs = (rule: string, flood: string) => {
      const before = atTerminal(rule).money;
      return before - play(['kestrel', 'agency', rule, 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate', 'map-plots', 'book-phyto', 'aeo-now', 'broker', '@green-lane', `@${flood}`]).state.money;
    };
    expect(costs('fob', 'terminal-flood-fob')).toBeGreaterThan(0);
    expect(costs('fca', 'terminal-flood-fca')).toBe(0);
  });

  it('refuses an untested lot for residues only by chance, and never a lot analysed before shipment', () => {
    const before = [...TO_FREIGHT, 'cover-a', 'specialist', 'take-loan'];
    // Both stop at the paper-trail scene, while the ship is at sea; the food check comes on arrival.
    const tested = play([...before, 'residue-test', '@residue-clean', '@on-schedule']).state;
    const untested = play([...before, 'residue-skip', '@on-schedule']).state;
    expect(tested.node).toBe('documents');
    expect(odds(tested, 'food-check')['residue-refused']).toBe(0);
    expect(odds(untested, 'food-check')['residue-refused']).toBeGreaterThan(0);
    const refused = golden('coffee-residue-refused.json');
    expect(refused.state.node).toBe('refused-residue');
  });

  it('holds the lot when the plots were never mapped for the deforestation due diligence', () => {
    const upTo = ['kestrel', 'agency', 'fca', 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate'];
    const mapped = play([...upTo, 'map-plots']).state;
    const promised = play([...upTo, 'declaration-only']).state;
    expect(promised.trail.some((t) => t.kind === 'consequence' && t.id === 'eudr-hold')).toBe(true);
    expect(mapped.trail.some((t) => t.kind === 'consequence' && t.id === 'eudr-hold')).toBe(false);
    expect(promised.day).toBeGreaterThan(mapped.day);
    // Under DDP the player is the importer: the "importer's duty" answer is not offered.
    const ddp = play(['kestrel', 'agency', 'ddp', 'price-buildup', 'lc', 'q-grader', 'courier', '@approved', 'inspect', 'hs-green', 'get-certificate']);
    expect(ddp.view().choices.map((c) => c.id)).not.toContain('importer-duty');
  });

  it('has the plant-health inspection done before the export declaration is filed', () => {
    const g = golden('coffee-careful-win.json');
    const at = (node: string) => g.state.trail.findIndex((t) => t.kind === 'choice' && t.node === node);
    expect(at('phyto')).toBeGreaterThan(-1);
    expect(at('phyto')).toBeLessThan(at('declaration'));
  });

  it('explains a rejected sample by what the player did', () => {
    const node = coffee.nodes['sample-verdict'];
    if (node?.type !== 'chance') throw new Error('sample-verdict');
    const rejected = node.outcomes.find((o) => o.id === 'rejected');
    const variantAfter = (grading: string, sending: string) => {
      const st = play(['kestrel', 'agency', 'fca', 'price-buildup', 'lc', grading, sending]).state;
      return rejected?.textVariants?.find((v) => holds(v.when, st))?.id ?? 'default';
    };
    expect(variantAfter('q-grader', 'courier')).toBe('after-grading');
    expect(variantAfter('q-grader', 'post')).toBe('slow-post');
    expect(variantAfter('best-beans', 'courier')).toBe('hand-picked');
    expect(variantAfter('self-grade', 'courier')).toBe('default');
  });

  it('charges the seller for a price that forgot the costs of the chosen rule', () => {
    const after = (rule: string, price: string) => play(['kestrel', 'agency', rule, price, 'lc']).state;
    const spent = (rule: string, price: string) => after(rule, 'price-buildup').money - after(rule, price).money;
    expect(spent('fca', 'price-differential')).toBe(600);
    expect(spent('cif', 'price-differential')).toBe(1800);
    expect(spent('fca', 'price-match')).toBe(1200);
  });
});
