/** The game state: everything that changes during play. The scenario never does. */
import type { Dimension } from '../scenario';

/** A consequence waiting to fire. */
export interface PendingConsequence {
  readonly id: string;
  /** Fires at the first scene entered on or after this day (afterDays), or null. */
  readonly due: number | null;
  /** Fires on entering a scene with this milestone, or null. */
  readonly on: string | null;
}

/** What happened, in order; the report and the debrief read it. */
export type TrailEntry =
  | { readonly kind: 'choice'; readonly node: string; readonly choice: string; readonly day: number; readonly money: number }
  | { readonly kind: 'outcome'; readonly node: string; readonly outcome: string; readonly day: number; readonly money: number }
  | { readonly kind: 'consequence'; readonly id: string; readonly day: number; readonly money: number }
  | { readonly kind: 'rule'; readonly rule: 'outOfMoney' | 'pastDeadline'; readonly day: number; readonly money: number };

/** What the last step did, for sound, animation and announcements. */
export type GameEffect =
  | { readonly type: 'money'; readonly delta: number }
  | { readonly type: 'days'; readonly delta: number }
  | { readonly type: 'result'; readonly node: string; readonly choice: string }
  | { readonly type: 'score'; readonly dimension: Dimension; readonly points: number; readonly key: string; readonly feedback: string }
  /** certain: the only outcome that could happen in this state (a fixed wait, not luck). */
  | { readonly type: 'chance'; readonly node: string; readonly outcome: string; readonly certain: boolean }
  | { readonly type: 'consequence'; readonly id: string }
  | { readonly type: 'rule'; readonly rule: 'outOfMoney' | 'pastDeadline' }
  | { readonly type: 'mode'; readonly mode: string }
  | { readonly type: 'ending'; readonly node: string; readonly kind: string };

export interface GameState {
  readonly node: string;
  readonly status: 'playing' | 'ended';
  readonly money: number;
  readonly day: number;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly vars: Readonly<Record<string, number>>;
  readonly scores: Readonly<Record<Dimension, number>>;
  readonly mode: string | null;
  readonly pending: readonly PendingConsequence[];
  readonly visited: readonly string[];
  readonly rng: number;
  readonly seed: number;
  /** The player's inputs: choice ids, and "@outcome" entries where a chance result was forced. */
  readonly log: readonly string[];
  readonly trail: readonly TrailEntry[];
  readonly effects: readonly GameEffect[];
}

/** Why a choice was not taken. A player's mistake is data, not an exception. */
export interface Rejection {
  readonly code: 'game-over' | 'unknown-choice' | 'unavailable' | 'bad-forced-outcome';
  readonly choice: string;
  readonly reason?: { key: string; text: string };
}

/** A content bug found while playing (e.g. a branch cycle): an exception, not a player's mistake. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly node: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
