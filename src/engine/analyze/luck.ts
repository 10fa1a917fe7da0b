/**
 * Judgement or luck? Replays the player's own decisions under many other seeds: at the k-th visit of a
 * scene, the choice the player made at their k-th visit there (their last one there once those run out;
 * so "check first, then book" is replayed as such), when it is available; otherwise a random available
 * choice (never a careful one: that would credit the player with knowledge they did not show). The share
 * of decisions filled in that way is reported, so a verdict can stay cautious when it is large. The share of those games that succeed says whether this game's outcome
 * came from the decisions or from the dice.
 */
import type { Choice, Scenario } from '../../scenario';
import type { GameState } from '../state';
import { gameSeeds, playFrom, POLICY, won, type Policy } from './policies';

export interface DecisionLuck {
  readonly plays: number;
  /** Share of games won: a success ending within budget and deadline. */
  readonly successRate: number;
  /** Share of games that end on or before the deadline. */
  readonly onTimeRate: number;
  /** Share of games that end with money left (never below zero). */
  readonly withinBudgetRate: number;
  /** Share of the replayed decisions the player never made (scenes they did not reach, or choices not available). */
  readonly filledShare: number;
}

export interface DecisionLuckOptions {
  /** Games to play (default 400). */
  readonly n?: number;
  /** Master seed of the other games (default: the game's own seed). */
  readonly seed?: number;
}

/** The player's decisions replayed under n other seeds. Deterministic for a given state and seed. */
export function decisionLuck(s: Scenario, state: GameState, opts: DecisionLuckOptions = {}): DecisionLuck {
  const n = opts.n ?? 400;
  const made = new Map<string, string[]>();
  for (const t of state.trail) if (t.kind === 'choice') made.set(t.node, [...(made.get(t.node) ?? []), t.choice]);
  const player: Policy = (d) => {
    const list = made.get(d.st.node);
    let visits = 0;
    for (const t of d.st.trail) if (t.kind === 'choice' && t.node === d.st.node) visits++;
    const mine = list?.[Math.min(visits, list.length - 1)];
    const own = mine === undefined ? undefined : d.open.find((c: Choice) => c.id === mine);
    decisions++;
    if (own) return own;
    filled++;
    return POLICY.random(d);
  };
  let wins = 0, onTime = 0, withinBudget = 0, decisions = 0, filled = 0;
  for (const x of gameSeeds(opts.seed ?? state.seed, n)) {
    const g = playFrom(s, { seed: x.game }, player, x.policy);
    if (won(s, g)) wins++;
    if (!g.unfinished && g.st.status === 'ended') {
      if (g.st.day <= s.deadline) onTime++;
      if (g.st.money >= 0) withinBudget++;
    }
  }
  const share = (c: number) => (n > 0 ? c / n : 0);
  return { plays: n, successRate: share(wins), onTimeRate: share(onTime), withinBudgetRate: share(withinBudget), filledShare: decisions > 0 ? filled / decisions : 0 };
}
