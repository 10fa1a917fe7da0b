/**
 * What a game gives a learning platform: the readiness the report shows (0–100, rounded as the report
 * rounds it), whether it passed the mark, and the last decision (scene, choice, verdict per dimension).
 */
import type { Game } from '../engine';

export interface LmsResult {
  readonly ended: boolean;
  /** The report's overall readiness, rounded; null when no decision touched a dimension. */
  readonly score: number | null;
  /** passed / failed by the mark, or completed when there is no mark. */
  readonly status: 'passed' | 'failed' | 'completed' | 'incomplete';
}

export function resultOf(game: Game, pass: number | null): LmsResult {
  const ended = game.view().status === 'ended';
  const overall = game.report().overall;
  const score = overall === null ? null : Math.round(overall);
  if (!ended) return { ended, score, status: 'incomplete' };
  if (pass === null) return { ended, score, status: 'completed' };
  return { ended, score, status: (score ?? 0) >= pass ? 'passed' : 'failed' };
}

export interface Decision {
  readonly scene: string;
  readonly choice: string;
  /** The readiness points the choice earned (or lost) per dimension. */
  readonly scores: readonly { readonly dimension: string; readonly points: number; readonly verdict: 'good' | 'mistake' | 'note' }[];
}

/** The decision the last step of a game made (null when its last step was not a choice). */
export function lastDecision(game: Game): Decision | null {
  let scene: string | null = null;
  let choice: string | null = null;
  const scores: { dimension: string; points: number; verdict: 'good' | 'mistake' | 'note' }[] = [];
  for (const e of game.state.effects) {
    if (e.type === 'result' && scene === null) {
      scene = e.node;
      choice = e.choice;
    } else if (e.type === 'score') {
      scores.push({ dimension: e.dimension, points: e.points, verdict: e.points > 0 ? 'good' : e.points < 0 ? 'mistake' : 'note' });
    }
  }
  return scene === null || choice === null ? null : { scene, choice, scores };
}
