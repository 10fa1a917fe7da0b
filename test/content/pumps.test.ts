/**
 * The pumps scenario teaches what it claims: castings of the pump's own heading defeat a change-of-heading
 * claim, an advance ruling corrects a wrong code before it bites at import, a non-preferential certificate
 * loses the preference, AEO status lowers the odds of an export check (but not of a pallet check), and a
 * post-clearance verification is passed only with a correct basis and an origin file.
 */
import { describe, expect, it } from 'vitest';
import { applyChoice, chanceWeights, type Game, type GameState } from '../../src/engine';
import { playLog, shippedScenario } from './helpers';

const s = shippedScenario('pumps');
const play = (log: string[], seed = 1): Game => playLog(s, log, seed);

function odds(state: GameState, node: string): Record<string, number> {
  const n = s.nodes[node];
  if (n?.type !== 'chance') throw new Error(`${node} is not a chance node`);
  const w = chanceWeights(s, state);
  const total = w.reduce((a, b) => a + b, 0);
  return Object.fromEntries(n.outcomes.map((o, i) => [o.id, (w[i] ?? 0) / total]));
}

const CAREFUL_TO_PROOF = ['lookup', 'lc', 'hs-centrifugal', 'belvoria', 'cth-a', 'origin-file', 'apply-ruling', 'aeo-visit', '@built-on-time', '@ruling-in-time'];

describe('pumps scenario', () => {
  it('offers a change-of-heading claim that is right with originating castings and wrong with Kharesh castings', () => {
    expect(play(['lookup', 'lc', 'hs-centrifugal', 'belvoria']).state.node).toBe('origin-a');
    expect(play(['lookup', 'lc', 'hs-centrifugal', 'kharesh']).state.node).toBe('origin-b');
    const good = s.nodes['origin-a'];
    const bad = s.nodes['origin-b'];
    if (good?.type !== 'scene' || bad?.type !== 'scene') throw new Error('origin scenes missing');
    const points = (scene: typeof good, id: string) => scene.choices.find((c) => c.id === id)?.scores?.[0]?.points;
    expect(points(good, 'cth-a')).toBe(2);
    expect(points(bad, 'cth-b')).toBe(-2);
    expect(points(bad, 'rvc-b')).toBe(2);
  });

  it('lets an advance ruling correct a wrong HS code before the import check', () => {
    const wrong = play(['lookup', 'lc', 'hs-motor', 'belvoria', 'cth-a', 'origin-file', 'apply-ruling', 'aeo-later', '@built-on-time', '@ruling-in-time']);
    expect(wrong.state.node).toBe('proof');
    expect(wrong.state.flags.wrongHs).not.toBe(true);
    const unruled = play(['lookup', 'lc', 'hs-motor', 'belvoria', 'cth-a', 'origin-file', 'no-ruling', 'aeo-later', '@built-on-time']);
    expect(unruled.state.flags.wrongHs).toBe(true);
    expect(unruled.state.pending.map((p) => p.id)).toContain('hs-import');
  });

  it('loses the preference at import with the chamber\'s ordinary certificate', () => {
    const g = play([...CAREFUL_TO_PROOF, 'plain-co', 'fca', 'ispm-pallets', 'broker-file', '@green-lane', '@on-schedule', 'on-call', '@released', '@paid']);
    expect(g.state.node).toBe('preference-lost');
  });

  it('makes an export check less likely with AEO status, but not a pallet check', () => {
    const at = (aeo: string, pallets: string) => {
      const before = play(['lookup', 'lc', 'hs-centrifugal', 'belvoria', 'cth-a', 'origin-file', 'no-ruling', aeo, '@built-on-time', 'statement', 'fca', pallets]).state;
      return applyChoice(s, before, 'self-file');
    };
    const without = odds(at('aeo-later', 'ispm-pallets'), 'export-check');
    const withAeo = odds(at('aeo-visit', 'ispm-pallets'), 'export-check');
    expect(withAeo['physical-check']).toBeLessThan(without['physical-check']! / 2);
    const arrived = (aeo: string) => {
      const g = play(['lookup', 'lc', 'hs-centrifugal', 'belvoria', 'cth-a', 'origin-file', 'no-ruling', aeo, '@built-on-time', 'statement', 'fca', 'yard-pallets', 'self-file', '@green-lane', '@on-schedule']);
      return odds(applyChoice(s, g.state, 'leave-it'), 'import-check')['pallets-held'];
    };
    expect(arrived('aeo-visit')).toBeGreaterThan(0.3);
    expect(arrived('aeo-visit')).toBeCloseTo(arrived('aeo-later')!, 1);
  });

  it('passes a verification only with a correct basis and an origin file', () => {
    const end = (records: string) => play(['lookup', 'lc', 'hs-centrifugal', 'belvoria', 'cth-a', records, 'no-ruling', 'aeo-later', '@built-on-time', 'statement', 'fca', 'ispm-pallets', 'broker-file', '@green-lane', '@on-schedule', 'on-call', '@released', '@verification', 'send-file']).state.node;
    expect(end('origin-file')).toBe('success');
    expect(end('invoices-only')).toBe('preference-lost');
  });
});
