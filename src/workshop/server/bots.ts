/**
 * Rehearsal bots: seats the server plays itself, through the same path as a
 * player's choice (replay, store, then apply). The policy is a pure function;
 * the runner schedules one choice per bot after a think time, and stands still
 * while the room is paused or the bot is held at the trainer's checkpoint.
 */
import { MAX_BOTS, type BotPolicy } from '../protocol';
import type { Scenario } from '../../scenario';
import type { Game } from '../../engine';
import { runChoice, teamFor } from './players';
import { newId } from './secrets';
import { Refusal } from './workshop';
import type { Room, Seat } from './room';
import type { SeatRecord } from './storage';
import type { Workshop } from './workshop';

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

/** Bot seats with a choice scheduled. */
const scheduled = new WeakSet<Seat>();

/** Schedules the next choice of every bot in a room that can play now (idempotent). */
export function wakeBots(ws: Workshop, room: Room): void {
  for (const seat of room.activeSeats()) wakeBot(ws, room, seat);
}

function canPlay(ws: Workshop, room: Room, seat: Seat): boolean {
  return ws.rooms.get(room.session.id) === room && !seat.record.removed && seat.game.state.status === 'playing'
    && !room.session.paused && room.session.hold !== seat.game.state.node;
}

function wakeBot(ws: Workshop, room: Room, seat: Seat): void {
  const policy = botPolicyOf(seat.record);
  if (!policy || scheduled.has(seat) || !canPlay(ws, room, seat)) return;
  scheduled.add(seat);
  ws.later(ws.botThinkMs, () => {
    if (!canPlay(ws, room, seat)) return void scheduled.delete(seat);
    const at = { nickname: seat.record.nickname, step: seat.game.state.log.length };
    const choice = pickBotChoice(policy, botOptions(room.scenario, seat.game), (n) => ws.random(n, at));
    if (!choice) return void scheduled.delete(seat);
    runChoice(ws, room, seat, { step: seat.game.state.log.length, choice, auto: false }, null)
      .catch((e: unknown) => ws.log(`bot ${seat.record.id} choice failed: ${String(e)}`))
      .finally(() => {
        scheduled.delete(seat);
        wakeBot(ws, room, seat);
      });
  });
}

/**
 * Adds `count` bot seats ("Bot 1", "Bot 2", …) to a room, within the bot cap and the session's seat cap,
 * stores them like any seat, then starts them.
 */
export async function addBots(ws: Workshop, room: Room, count: number, policy: BotPolicy): Promise<void> {
  const bots = [...room.seats.values()].filter((s) => botPolicyOf(s.record) !== null).length;
  if (bots + count > MAX_BOTS) throw new Refusal('invalid-message', `A session can have at most ${MAX_BOTS} bots (it has ${bots}).`);
  if (room.seats.size + count > ws.limits.maxSeatsPerSession) throw new Refusal('session-full', 'This session has no room for that many seats.');
  for (let i = 1; i <= count; i++) {
    const id = newId();
    const team = teamFor(room, undefined);
    const record: SeatRecord = {
      id, sessionId: room.session.id, tokenHash: botTokenMark(policy, id), nickname: `Bot ${bots + i}`, team, seed: room.seedFor(team), joinedAt: ws.now(), removed: false,
    };
    await ws.storage.addSeat(record);
    room.addSeat(record, [], ws.now());
  }
  await ws.storage.addEvent({ sessionId: room.session.id, at: ws.now(), kind: 'add-bots', data: { count, policy } }).catch((e: unknown) => ws.log(`event not stored: ${String(e)}`));
  room.dashboardDirty = true;
  wakeBots(ws, room);
}
