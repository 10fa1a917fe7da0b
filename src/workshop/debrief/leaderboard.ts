/**
 * The opt-in anonymous leaderboard: finished seats ranked by outcome (success
 * first), then overall readiness, then money left. Seats are named only by
 * their position (S1, S2…), never by nickname. Pure.
 */
import { buildReport, replay, type GameState } from '../../engine';
import type { EndingNode, Scenario } from '../../scenario';
import type { DebriefPlay } from './build';

/** One ranked seat. Equal seats share a rank (1, 2, 2, 4). */
export interface LeaderboardRow {
  readonly rank: number;
  /** "S3": the seat's position in the input, 1-based. */
  readonly seat: string;
  readonly success: boolean;
  readonly kind: EndingNode['kind'];
  /** Overall readiness 0–100, or null when no dimension was touched. */
  readonly overall: number | null;
  readonly money: number;
}

function stateOf(scenario: Scenario, p: DebriefPlay): GameState | null {
  if ('state' in p) return p.scenario.id === scenario.id && p.scenario.version === scenario.version ? p.state : null;
  try {
    const r = replay(scenario, p.seed, p.log);
    return r.ok ? r.game.state : null;
  } catch {
    return null;
  }
}

/** Ranks the finished seats; `null` entries (e.g. removed seats) keep their place in the numbering but are not ranked. */
export function rankSeats(scenario: Scenario, plays: readonly (DebriefPlay | null)[]): LeaderboardRow[] {
  const rows: Omit<LeaderboardRow, 'rank'>[] = [];
  plays.forEach((p, i) => {
    const st = p ? stateOf(scenario, p) : null;
    if (!st || st.status !== 'ended') return;
    const r = buildReport(scenario, st);
    if (!r.ending) return;
    rows.push({ seat: `S${i + 1}`, success: r.success, kind: r.ending.kind, overall: r.overall, money: st.money });
  });
  const cmp = (a: Omit<LeaderboardRow, 'rank'>, b: Omit<LeaderboardRow, 'rank'>) =>
    Number(b.success) - Number(a.success) || (b.overall ?? -1) - (a.overall ?? -1) || b.money - a.money;
  const sorted = rows.map((r, order) => ({ r, order })).sort((a, b) => cmp(a.r, b.r) || a.order - b.order);
  let rank = 0;
  return sorted.map(({ r }, i) => {
    const prev = sorted[i - 1]?.r;
    rank = prev && cmp(prev, r) === 0 ? rank : i + 1;
    return { rank, ...r };
  });
}
