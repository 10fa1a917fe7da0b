/**
 * Two consequences with a "next" that fall due at the same moment: the engine's stated rule picks where the
 * player goes (highest priority, then a failure ending, then the larger cost, then the first scheduled),
 * and every one of them still applies its effects. A refusal for a missing certificate is never lost.
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { scene, tiny } from '../support/scenarios';

interface Overlap {
  /** Consequences scheduled by the only choice, in this order. */
  readonly order?: readonly string[];
  readonly fastLane?: Record<string, unknown>;
  readonly noCert?: Record<string, unknown>;
  readonly timing?: 'milestone' | 'afterDays';
}

/**
 * Ship without the health certificate: "fast-lane" (a buyer's offer, sends to "market") and "no-cert"
 * (the refusal, sends to the "refused" ending) both fall due on arrival.
 */
function overlap({ order = ['fast-lane', 'no-cert'], fastLane = {}, noCert = {}, timing = 'milestone' }: Overlap = {}): Scenario {
  const when = timing === 'milestone' ? { on: 'arrival' } : { afterDays: 2 };
  return tiny(
    {
      s0: scene([{ id: 'ship', cost: { days: 1 }, effects: order.map((c) => ({ type: 'schedule', consequence: c })), next: 'voyage' }]),
      voyage: scene([{ id: 'sail', cost: { days: 3 }, next: 'arrive' }]),
      arrive: { ...scene([{ id: 'deliver', next: 'win' }]), milestone: 'arrival' },
      market: scene([{ id: 'sell', next: 'win' }]),
      refused: { type: 'ending', kind: 'refused', title: 'Refused', text: 'Refused at the border.' },
    },
    {
      flags: [],
      consequences: {
        'fast-lane': { ...when, title: 'Fast lane', text: 'A buyer meets the ship.', effects: [{ type: 'money', amount: 20 }], next: 'market', ...fastLane },
        'no-cert': { ...when, title: 'No certificate', text: 'No health certificate: refused.', effects: [{ type: 'days', amount: 1 }], next: 'refused', ...noCert },
      },
    },
  );
}

function play(s: Scenario) {
  const g = createGame(s, 7);
  for (const c of ['ship', 'sail']) {
    const r = g.choose(c);
    if (!r.ok) throw new Error(`rejected ${c}: ${r.rejection.code}`);
  }
  return g.state;
}

const fired = (st: ReturnType<typeof play>) => st.trail.flatMap((t) => (t.kind === 'consequence' ? [t.id] : []));

describe('consequences that fall due together', () => {
  it('a refusal for a missing certificate is not lost behind a redirect scheduled before it', () => {
    const st = play(overlap());
    expect(st.node).toBe('refused');
    expect(st.status).toBe('ended');
  });

  it('applies the effects of every consequence that fires, whichever one sends the player on', () => {
    const st = play(overlap());
    expect(fired(st)).toEqual(['fast-lane', 'no-cert']);
    expect(st.money).toBe(100 + 20);
    expect(st.day).toBe(1 + 3 + 1);
  });

  it('the refusal wins whatever the scheduling order', () => {
    expect(play(overlap({ order: ['no-cert', 'fast-lane'] })).node).toBe('refused');
  });

  it('also when both are due after a number of days and fire at the same scene', () => {
    expect(play(overlap({ timing: 'afterDays' })).node).toBe('refused');
  });

  it('an author-given priority overrides the rule', () => {
    expect(play(overlap({ fastLane: { priority: 1 } })).node).toBe('market');
    expect(play(overlap({ noCert: { priority: -1 } })).node).toBe('market');
    expect(play(overlap({ fastLane: { priority: -2 }, noCert: { priority: -1 } })).node).toBe('refused');
  });

  it('between two redirects to scenes, the costlier one wins; on a full tie the first scheduled', () => {
    const toScene = { next: 'arrive-late' };
    const withDetour = (s: Scenario): Scenario => ({ ...s, nodes: { ...s.nodes, 'arrive-late': scene([{ id: 'wait', next: 'win' }]) as Scenario['nodes'][string] } });
    expect(play(withDetour(overlap({ noCert: toScene }))).node).toBe('arrive-late'); // 1 day costs more than earning 20
    const free = { effects: [] };
    expect(play(withDetour(overlap({ noCert: { ...toScene, ...free }, fastLane: free }))).node).toBe('market');
    expect(play(withDetour(overlap({ noCert: { ...toScene, ...free }, fastLane: free, order: ['no-cert', 'fast-lane'] }))).node).toBe('arrive-late');
  });
});
