/**
 * Rehearsal bots' pure parts: how a bot picks among the available choices, and how
 * a bot seat is marked in storage (bots have no token; the mark keeps the policy).
 */
import type { BotPolicy } from '../protocol';
import type { Scenario } from '../../scenario';
import type { Game } from '../../engine';
import type { SeatRecord } from './storage';

/** A choice a bot may take: its id, the readiness points it scores in the scene, and its cost. */
export interface BotOption {
  readonly id: string;
  readonly points: number;
  readonly money: number;
  readonly days: number;
}

/**
 * The choice a bot takes among the available options: "random" uniformly (random(n) gives 0..n-1),
 * "cautious" the best readiness points, then the cheapest (money, then days), then the first. Null for none.
 */
export function pickBotChoice(policy: BotPolicy, options: readonly BotOption[], random: (n: number) => number): string | null {
  if (options.length === 0) return null;
  if (policy === 'random') return options[Math.min(options.length - 1, Math.max(0, random(options.length)))]!.id;
  const best = [...options].sort((a, b) => b.points - a.points || a.money - b.money || a.days - b.days);
  return best[0]!.id;
}

/** The available choices of a game's current scene, with their readiness points. */
export function botOptions(scenario: Scenario, game: Game): BotOption[] {
  const node = scenario.nodes[game.state.node];
  if (!node || node.type !== 'scene') return [];
  const points = new Map(node.choices.map((c) => [c.id, (c.scores ?? []).reduce((sum, s) => sum + s.points, 0)]));
  return game.view().choices.filter((c) => c.available).map((c) => ({ id: c.id, points: points.get(c.id) ?? 0, money: c.cost.money, days: c.cost.days }));
}

/**
 * How long a bot thinks before the choice at `step`: between half and one and a half times `thinkMs`, spread by
 * a hash of the seat and the step, so that bots added together do not all play in the same instant, turn after
 * turn (a burst of turns would make the players' choices wait behind them). Same seat and step, same delay.
 */
export function botDelay(thinkMs: number, seatId: string, step: number): number {
  let h = 0x811c9dc5;
  const key = `${seatId}:${step}`;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return Math.round(thinkMs * (0.5 + (h >>> 0) / 2 ** 32));
}

const BOT_MARK = /^bot:(random|cautious):/;

/** The token-hash field of a bot seat: bots have no token; the mark keeps the policy across restarts. */
export function botTokenMark(policy: BotPolicy, seatId: string): string {
  return `bot:${policy}:${seatId}`;
}

/** A seat's bot policy, or null for a person's seat. */
export function botPolicyOf(record: SeatRecord): BotPolicy | null {
  const m = BOT_MARK.exec(record.tokenHash);
  return m ? (m[1] as BotPolicy) : null;
}

/** The bot field of a dashboard row or result: present only for bots. */
export function botMark(record: SeatRecord): { bot?: BotPolicy } {
  const policy = botPolicyOf(record);
  return policy ? { bot: policy } : {};
}
