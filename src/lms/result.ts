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

/** The decision the last step of a game made: its scene and choice (from the trail), and the readiness it scored. */
export function lastDecision(game: Game): Decision | null {
  const { trail, effects } = game.state;
  let last: { node: string; choice: string } | null = null;
  for (let i = trail.length - 1; i >= 0 && last === null; i--) {
    const t = trail[i];
    if (t?.kind === 'choice') last = { node: t.node, choice: t.choice };
  }
  if (last === null) return null;
  const scores = effects.flatMap((e) => e.type === 'score'
    ? [{ dimension: e.dimension as string, points: e.points, verdict: e.points > 0 ? 'good' as const : e.points < 0 ? 'mistake' as const : 'note' as const }]
    : []);
  return { scene: last.node, choice: last.choice, scores };
}
