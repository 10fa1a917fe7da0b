/** decisionLuck: the player's own decisions replayed under other seeds, to tell judgement from luck. */
import { describe, expect, it } from 'vitest';
import { applyChoice, decisionLuck, resolveChance, startState, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { scene, tiny } from '../support/scenarios';

const pts = (points: number) => [{ dimension: 'market', points, feedback: 'Because.' }];

/** A gamble (half the games arrive late) against a steady route (one game in ten is late); then a payment risk. */
const s = tiny({
  s0: scene([
    { id: 'gamble', scores: pts(-2), next: 'coin' },
    { id: 'steady', scores: pts(2), next: 'weather' },
  ]),
  coin: { type: 'chance', outcomes: [
    { id: 'fine', weight: 1, title: 'Fine', text: 'Fine.', next: 's1' },
    { id: 'storm', weight: 1, title: 'Storm', text: 'Storm.', effects: [{ type: 'days', amount: 20 }], next: 's1' },
  ] },
  weather: { type: 'chance', outcomes: [
    { id: 'fine', weight: 9, title: 'Fine', text: 'Fine.', next: 's1' },
    { id: 'storm', weight: 1, title: 'Storm', text: 'Storm.', effects: [{ type: 'days', amount: 20 }], next: 's1' },
  ] },
  s1: scene([
    { id: 'trust', scores: pts(-2), next: 'pay' },
    { id: 'secure', cost: { money: 10 }, scores: pts(2), next: 'win' },
  ]),
  pay: { type: 'chance', outcomes: [
    { id: 'paid', weight: 1, title: 'Paid', text: 'Paid.', next: 'win' },
    { id: 'unpaid', weight: 3, title: 'Unpaid', text: 'Unpaid.', next: 'unpaid' },
  ] },
  unpaid: { type: 'ending', kind: 'unpaid', title: 'Unpaid', text: 'Unpaid.' },
});

/** Plays a list of choices from a seed (chance drawn by the seed). */
function played(sc: Scenario, seed: number, choices: string[]): GameState {
  let st = resolveChance(sc, startState(sc, seed));
  for (const c of choices) if (st.status === 'playing') st = resolveChance(sc, applyChoice(sc, st, c));
  return st;
}

describe('decisionLuck', () => {
  it('replays the player\'s decisions: a careful player who lost to the weather still wins ~90 % of the time', () => {
    const st = played(s, 1, ['steady', 'secure']);
    const r = decisionLuck(s, st, { n: 400, seed: 5 });
    expect(r.plays).toBe(400);
    expect(r.successRate).toBeGreaterThan(0.85);
    expect(r.successRate).toBeLessThan(0.95);
    expect(r.onTimeRate).toBe(r.successRate); // only the weather makes it fail, by lateness
    expect(r.withinBudgetRate).toBe(1);
  });

  it('a gambler who does not secure payment wins ~1 game in 8 (½ on time × ¼ paid)', () => {
    // A seed where the gamble paid off and the player reached the payment decision.
    const st = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => played(s, seed, ['gamble', 'trust'])).find((x) => x.log.includes('trust'))!;
    expect(st.trail.filter((t) => t.kind === 'choice').map((t) => t.kind === 'choice' && t.choice)).toEqual(['gamble', 'trust']);
    const r = decisionLuck(s, st, { n: 400, seed: 5 });
    expect(r.successRate).toBeGreaterThan(0.08);
    expect(r.successRate).toBeLessThan(0.18);
    expect(r.onTimeRate).toBeGreaterThan(0.42);
    expect(r.onTimeRate).toBeLessThan(0.58);
  });

  it('is deterministic for a state and seed; the default seed is the game\'s own', () => {
    const st = played(s, 7, ['gamble', 'secure']);
    expect(decisionLuck(s, st, { n: 300, seed: 11 })).toEqual(decisionLuck(s, st, { n: 300, seed: 11 }));
    expect(decisionLuck(s, st, { n: 300 })).toEqual(decisionLuck(s, st, { n: 300, seed: st.seed }));
    expect(decisionLuck(s, st).plays).toBe(400);
  });

  it('fills scenes the player never reached with a random choice, and says how much was filled', () => {
    // The player stopped after the first decision: the payment decision is filled in at random (½ "secure").
    const st = played(s, 3, ['gamble']);
    const r = decisionLuck(s, st, { n: 400, seed: 2 });
    // ½ on time × (½ secure + ½ × ¼ paid) ≈ 31 %: not the ≈ 50 % a careful fill would claim for the player.
    expect(r.successRate).toBeGreaterThan(0.24);
    expect(r.successRate).toBeLessThan(0.38);
    expect(r.filledShare).toBeGreaterThan(0.15);
    expect(r.filledShare).toBeLessThan(0.35);
    expect(decisionLuck(s, played(s, 1, ['steady', 'secure']), { n: 100, seed: 2 }).filledShare).toBe(0);
  });

  it('takes the player\'s k-th choice at the k-th visit of a scene, and a random one when that choice is unavailable', () => {
    const loop = tiny({
      s0: scene([
        { id: 'ask', requires: { type: 'flag', flag: 'asked', is: false }, reason: 'Asked.', effects: [{ type: 'flag', flag: 'asked' }], scores: pts(1), next: 's0' },
        { id: 'go', next: 'win' },
        { id: 'quit', scores: pts(-1), next: 'unpaid' },
      ]),
      unpaid: { type: 'ending', kind: 'unpaid', title: 'Unpaid', text: 'Unpaid.' },
    }, { flags: ['asked'] });
    // "ask", then "go": replayed in that order, so every replay wins and nothing is filled in.
    expect(decisionLuck(loop, played(loop, 1, ['ask', 'go']), { n: 50 })).toMatchObject({ successRate: 1, filledShare: 0 });
    // "ask" only: on the second visit "ask" is unavailable, so a random one of "go" and "quit" is taken.
    const half = decisionLuck(loop, played(loop, 1, ['ask']), { n: 200 });
    expect(half.successRate).toBeGreaterThan(0.35);
    expect(half.successRate).toBeLessThan(0.65);
    expect(half.filledShare).toBe(0.5);
    // "ask", then "quit": every replay quits.
    expect(decisionLuck(loop, played(loop, 1, ['ask', 'quit']), { n: 50 }).successRate).toBe(0);
  });
});
