/**
 * The roses scenario teaches what it claims: under CPT or CIP the buyer carries the flight risk (a
 * quality claim is answered with the hand-over record, and the seller picks no storage at arrival),
 * while on consignment or under DDP the seller carries it and claims on its own policy; AEO status
 * lowers the odds of a customs check but not of a plant-health inspection; a credit insurer will not
 * cover a buyer it cannot check; breaking the CIP duty to insure costs money later; and the success
 * ending praises only what the player did.
 */
import { describe, expect, it } from 'vitest';
import { applyChoice, chanceWeights, holds, type Game, type GameState } from '../../src/engine';
import { goldenGame, playLog, shippedScenario } from './helpers';

const roses = shippedScenario('roses');
const play = (log: string[], seed = 1): Game => playLog(roses, log, seed);
const golden = (name: string) => goldenGame(roses, name);
/** The id of the text variant an ending or scene shows in this state ('' for the default text). */
function variantShown(st: GameState): string {
  const node = roses.nodes[st.node];
  if (!node || node.type === 'branch' || node.type === 'chance') return '';
  return node.textVariants?.find((v) => holds(v.when, st))?.id ?? '';
}
const available = (g: Game) => g.view().choices.filter((c) => c.available).map((c) => c.id);

const BEFORE = ['fixed-price', 'references'];
const AFTER_TERM = ['hs-roses', 'get-origin', 'aeo-finish', 'advance', 'scouting', '@cut-on-time', 'book-early', 'reefer', 'freighter'];
const TO_INTAKE = ['broker', '@cleared', '@on-board'];

describe('roses scenario', () => {
  it('under CIP leaves arrival to the buyer and answers a quality claim with the hand-over record', () => {
    const g = play([...BEFORE, 'cip', ...AFTER_TERM, 'cip-temp', ...TO_INTAKE]);
    expect(g.state.node).toBe('arrival-buyer');
    expect(available(g)).toEqual(['await-news']);
    const claim = play([...BEFORE, 'cip', ...AFTER_TERM, 'cip-temp', ...TO_INTAKE, 'await-news', '@released', '@some-damage']);
    expect(claim.state.node).toBe('claim-buyer');
    expect(available(claim)).toContain('handover-proof');
    expect(variantShown(claim.state)).toBe('cip-cover');
    // Without a temperature record the seller cannot show the damage came after hand-over.
    const warm = play([...BEFORE, 'cpt', ...AFTER_TERM.map((c) => (c === 'reefer' ? 'night-truck' : c)), 'cpt-agree', ...TO_INTAKE, 'await-news', '@released', '@some-damage']);
    expect(warm.state.node).toBe('claim-buyer');
    expect(available(warm)).not.toContain('handover-proof');
  });

  it('under DDP keeps the risk, the arrival handling and the insurance claim with the seller', () => {
    const g = play([...BEFORE, 'ddp', ...AFTER_TERM, 'perishable-cover', ...TO_INTAKE]);
    expect(g.state.node).toBe('arrival');
    expect(available(g).sort()).toEqual(['cargo-shed', 'cold-store']);
    const claim = play([...BEFORE, 'ddp', ...AFTER_TERM, 'perishable-cover', ...TO_INTAKE, 'cold-store', '@released', '@some-damage']);
    expect(claim.state.node).toBe('claim');
    expect(available(claim)).toContain('insurer');
  });

  it('lowers the odds of a customs document check with AEO status, but not of a plant-health inspection', () => {
    const exportOdds = (aeo: string) => {
      const at = play([...BEFORE, 'cip', ...AFTER_TERM.map((c) => (c === 'aeo-finish' ? aeo : c)), 'cip-temp']).state;
      const next = applyChoice(roses, at, 'broker');
      expect(next.node).toBe('export-check');
      const node = roses.nodes['export-check'];
      if (node?.type !== 'chance') throw new Error('export-check is not a chance node');
      const w = chanceWeights(roses, next);
      const total = w.reduce((a, b) => a + b, 0);
      return (w[node.outcomes.findIndex((o) => o.id === 'papers-held')] ?? 0) / total;
    };
    expect(exportOdds('aeo-finish')).toBeLessThan(exportOdds('aeo-later') / 2);
    const healthOdds = (aeo: string) => {
      const at = play([...BEFORE, 'cip', ...AFTER_TERM.map((c) => (c === 'aeo-finish' ? aeo : c)), 'cip-temp', ...TO_INTAKE]).state;
      return chanceWeights(roses, applyChoice(roses, at, 'await-news'));
    };
    expect(healthOdds('aeo-finish')).toEqual(healthOdds('aeo-later'));
  });

  it('offers export credit insurance only on a buyer the insurer can check', () => {
    const atPayment = (channel: string, vet: string) => {
      const g = play([channel, vet, 'cip', 'hs-roses', 'get-origin', 'aeo-later']);
      expect(g.state.node).toBe('payment');
      return available(g);
    };
    expect(atPayment('fixed-price', 'references')).toContain('credit-insurance');
    expect(atPayment('web-buyer', 'trust')).not.toContain('credit-insurance');
  });

  it('charges the seller at arrival when it broke the CIP duty to insure', () => {
    const money = (policy: string) => play([...BEFORE, 'cip', ...AFTER_TERM, policy, ...TO_INTAKE]).state.money;
    expect(money('cip-none')).toBe(money('cip-minimum') + 50 - 200);
  });

  it('praises a careful path in the success ending, and only names the risks a lucky one took', () => {
    const careful = golden('roses-careful-win.json').state;
    expect(careful.node).toBe('success');
    expect(variantShown(careful)).toBe('careful');
    const lucky = golden('roses-random-win.json').state;
    expect(lucky.node).toBe('success');
    expect(variantShown(lucky)).not.toBe('careful');
    expect(variantShown(lucky)).not.toBe('');
  });
});
