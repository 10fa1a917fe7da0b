/**
 * Judgement or luck, as the report says it: the player's decisions replayed
 * under other seeds (decisionLuck), in a few small batches so a screen can
 * compute them between frames, and the verdict drawn from the figures.
 */
import type { Scenario } from '../scenario';
import { decisionLuck, type DecisionLuck } from './analyze';
import type { GameState } from './state';

/** Games replayed for the report, in batches of LUCK_BATCH. */
export const LUCK_PLAYS = 200;
export const LUCK_BATCH = 10;

/** The batches: each its own master seed, derived from the game's seed. */
export function luckBatches(state: GameState): { readonly seed: number; readonly n: number }[] {
  return Array.from({ length: Math.ceil(LUCK_PLAYS / LUCK_BATCH) }, (_, i) => ({ seed: (state.seed + i * 7919) >>> 0, n: LUCK_BATCH }));
}

/** Figures of several batches as one. */
export function mergeLuck(parts: readonly DecisionLuck[]): DecisionLuck {
  const plays = parts.reduce((a, p) => a + p.plays, 0);
  const rate = (k: 'successRate' | 'onTimeRate' | 'withinBudgetRate' | 'filledShare') => (plays ? parts.reduce((a, p) => a + p[k] * p.plays, 0) / plays : 0);
  return { plays, successRate: rate('successRate'), onTimeRate: rate('onTimeRate'), withinBudgetRate: rate('withinBudgetRate'), filledShare: rate('filledShare') };
}

/** All batches at once (the terminal; a screen runs luckBatches one by one and merges them). */
export function playerLuck(s: Scenario, state: GameState): DecisionLuck {
  return mergeLuck(luckBatches(state).map((b) => decisionLuck(s, state, b)));
}

/**
 * What the figures say about this game, by its success rate under other seeds:
 * - won: 'judgement' (≥ 60 %), 'lucky' (< 40 %), 'mixedWon' in between;
 * - lost: 'unlucky' (≥ 60 %: luck was against the player), 'decisions' (< 40 %), 'mixedLost' in between;
 * - in between, too, when more than a quarter of the replayed decisions were ones the player never made.
 */
export type LuckKind = 'judgement' | 'lucky' | 'mixedWon' | 'unlucky' | 'decisions' | 'mixedLost';

export interface LuckVerdict {
  readonly kind: LuckKind;
  /** The success rate with the player's decisions, 0–1. */
  readonly rate: number;
  readonly plays: number;
}

export const LUCK_HIGH = 0.6;
export const LUCK_LOW = 0.4;
/** Above this share of decisions the player never made, the replays say little about their judgement: the verdict stays in between. */
export const LUCK_MAX_FILLED = 0.25;

export function luckVerdict(success: boolean, luck: DecisionLuck): LuckVerdict {
  const r = luck.successRate;
  const band = luck.filledShare > LUCK_MAX_FILLED ? 'mid' : r >= LUCK_HIGH ? 'high' : r < LUCK_LOW ? 'low' : 'mid';
  const kind: LuckKind = success
    ? band === 'high' ? 'judgement' : band === 'low' ? 'lucky' : 'mixedWon'
    : band === 'high' ? 'unlucky' : band === 'low' ? 'decisions' : 'mixedLost';
  return { kind, rate: r, plays: luck.plays };
}
