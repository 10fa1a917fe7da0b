/**
 * Rehearsal bots at play: seats the server plays itself, through the same path as a
 * player's choice (replay, store, then apply). Each bot's next choice is scheduled on
 * its room's timers after a think time (spread around the configured one, see botDelay);
 * a bot stands still while the room is paused or the bot is held at the trainer's checkpoint.
 */
import { MAX_BOTS, type BotPolicy } from '../protocol';
import { botDelay, botOptions, botPolicyOf, botTokenMark, pickBotChoice } from './bot-policy';
import type { WorkshopContext } from './context';
import { Refusal } from './refusal';
import { nicknameKey, type Room, type Seat } from './room';
import { newId } from './secrets';
import { runChoice } from './seat-play';
import type { SeatRecord } from './storage';

/** Schedules the next choice of every bot in a room that can play now (idempotent). */
export function wakeBots(ctx: WorkshopContext, room: Room): void {
  for (const seat of room.activeSeats()) wakeBot(ctx, room, seat);
}

function canPlay(room: Room, seat: Seat): boolean {
  return !room.closed && !seat.record.removed && !seat.broken && seat.game.state.status === 'playing'
    && !room.session.paused && room.session.hold !== seat.game.state.node;
}

function wakeBot(ctx: WorkshopContext, room: Room, seat: Seat): void {
  const policy = botPolicyOf(seat.record);
  if (!policy || seat.botScheduled || !canPlay(room, seat)) return;
  seat.botScheduled = true;
  room.later(botDelay(ctx.botThinkMs, seat.record.id, seat.game.state.log.length), () => {
    if (!canPlay(room, seat)) return void (seat.botScheduled = false);
    const at = { nickname: seat.record.nickname, step: seat.game.state.log.length };
    const choice = pickBotChoice(policy, botOptions(room.scenario, seat.game), (n) => ctx.random(n, at));
    if (!choice) return void (seat.botScheduled = false);
    runChoice(ctx, room, seat, { step: seat.game.state.log.length, choice, auto: false }, null)
      .catch((e: unknown) => ctx.log(`bot ${seat.record.id} choice failed: ${String(e)}`))
      .finally(() => {
        seat.botScheduled = false;
        wakeBot(ctx, room, seat);
      });
  });
}

/**
 * Refuses `count` more bots in a room past the caps: the session's own (MAX_BOTS), the seat cap, the budget of the
 * address that created the session (over all its sessions) and the server's. Counts include bots being stored.
 */
export function checkBotBudget(ctx: WorkshopContext, room: Room, count: number): void {
  const here = room.botCount();
  if (here + count > MAX_BOTS) throw new Refusal('invalid-message', `A session can have at most ${MAX_BOTS} bots (it has ${here}).`);
  if (room.seats.size + room.pendingSeats + count > ctx.limits.maxSeatsPerSession) throw new Refusal('session-full', 'This session has no room for that many seats.');
  let all = 0;
  let creators = 0;
  for (const r of ctx.rooms.values()) {
    const n = r.botCount();
    all += n;
    if (room.createdBy !== null && r.createdBy === room.createdBy) creators += n;
  }
  if (room.createdBy !== null && creators + count > ctx.limits.maxBotsPerAddress)
    throw new Refusal('bot-quota', `The sessions created from this address already have ${creators} of their ${ctx.limits.maxBotsPerAddress} bots.`);
  if (all + count > ctx.limits.maxBots) throw new Refusal('bot-quota', `The server already runs ${all} of its ${ctx.limits.maxBots} bots.`);
}

/**
 * Adds `count` bot seats ("Bot 1", "Bot 2", … skipping taken names) to a room within the bot budgets and the
 * session's seat cap, all checked and reserved before the first await so that concurrent requests (from any
 * session) cannot pass them together; stores them in one transaction (a crash stores all of them or none),
 * then starts them.
 */
export async function addBots(ctx: WorkshopContext, room: Room, count: number, policy: BotPolicy): Promise<void> {
  checkBotBudget(ctx, room, count);
  room.pendingBots += count;
  room.pendingSeats += count;
  const names: string[] = [];
  try {
    const records: SeatRecord[] = [];
    for (let n = 1; records.length < count; n++) {
      const nickname = `Bot ${n}`;
      if (room.nicknameTaken(nickname)) continue;
      const key = nicknameKey(nickname);
      room.pendingNames.add(key);
      names.push(key);
      const id = newId();
      const team = room.teamFor(undefined, records);
      records.push({ id, sessionId: room.session.id, tokenHash: botTokenMark(policy, id), nickname, team, seed: room.seedFor(team), joinedAt: ctx.now(), removed: false });
    }
    await ctx.storage.addSeats(records);
    if (room.closed) return;
    for (const record of records) room.addSeat(record, [], ctx.now());
  } finally {
    for (const key of names) room.pendingNames.delete(key);
    room.pendingBots -= count;
    room.pendingSeats -= count;
  }
  room.dashboardDirty = true;
  wakeBots(ctx, room);
}
