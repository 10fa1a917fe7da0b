/**
 * Seat play: a choice for a seat (a player's, a bot's or a timeout's) checked on a
 * copy of the seat's game, stored, and only then acknowledged and pushed. Choices of
 * one seat run in order. Who may choose for a seat is decided before (players.ts).
 */
import { createGame, EngineError } from '../../engine';
import type { WorkshopContext } from './context';
import { Refusal, rid } from './refusal';
import { seatState, type Peer, type Room, type Seat } from './room';

/** A choice to apply at a step; `auto` when the server takes it on a timeout. */
export interface SeatChoice {
  readonly step: number;
  readonly choice: string;
  readonly auto: boolean;
}

/** Applies a choice to a seat, in order with the seat's other choices; `from` gets the ack. */
export function runChoice(ctx: WorkshopContext, room: Room, seat: Seat, c: SeatChoice, from: { peer: Peer; rid: number | undefined } | null): Promise<void> {
  const run = seat.queue.then(() => applyChoice(ctx, room, seat, c, from));
  seat.queue = run.catch(() => {});
  return run;
}

/** The refusal for a seat whose stored log no longer replays on this server's scenario. */
export function brokenSeatRefusal(seat: Seat): Refusal {
  const b = seat.broken;
  return new Refusal('seat-broken', `This seat's stored game no longer fits the scenario on the server (it replays only ${b?.step ?? 0} of ${b?.stored ?? 0} choices). Ask the trainer for a new seat.`);
}

async function applyChoice(ctx: WorkshopContext, room: Room, seat: Seat, c: SeatChoice, from: { peer: Peer; rid: number | undefined } | null): Promise<void> {
  if (seat.record.removed || !room.seats.has(seat.record.id) || room.closed) throw new Refusal('seat-removed', 'This seat was removed.');
  if (seat.broken) throw brokenSeatRefusal(seat);
  const log = seat.game.state.log;
  const ack = (duplicate: boolean) => from?.peer.send({ v: 1, type: 'ack', ...rid(from), seat: seat.record.id, step: c.step, choice: c.choice, duplicate });
  if (c.step < log.length) {
    if (log[c.step] === c.choice) return void ack(true); // a resend of a stored choice: idempotent
    throw new Refusal('step-taken', `Step ${c.step} was already taken with another choice.`, { step: log.length, log });
  }
  if (c.step > log.length) throw new Refusal('out-of-order', `Step ${c.step} is ahead of the seat's log; the next step is ${log.length}.`, { step: log.length });
  if (room.session.paused) throw new Refusal('paused', 'The trainer has paused the session.');
  if (room.session.hold === seat.game.state.node) throw new Refusal('held', 'Wait here: the trainer holds everyone at this point.');
  const trial = createGame(room.scenario, seat.record.seed, seat.game.state);
  let result;
  try {
    result = trial.choose(c.choice);
  } catch (e) {
    if (e instanceof EngineError) throw new Refusal('internal', `The scenario has a problem at "${e.node}".`);
    throw e;
  }
  if (!result.ok) throw new Refusal('choice-rejected', `The choice "${c.choice}" is not possible now (${result.rejection.code}).`, { step: log.length });
  let stored;
  try {
    stored = await ctx.storage.appendChoice({ seatId: seat.record.id, step: c.step, choice: c.choice, at: ctx.now(), auto: c.auto });
  } catch (e) {
    ctx.log(`storing a choice failed: ${String(e)}`);
    throw new Refusal('storage-failed', 'The choice could not be stored; it was not taken. Try again.');
  }
  if (!stored.stored) throw new Refusal('step-taken', `Step ${c.step} was already stored.`, { step: log.length, log });
  seat.game = trial;
  seat.decisionSince = ctx.now();
  room.dashboardDirty = true;
  ack(false);
  const state = { v: 1 as const, type: 'state' as const, state: seatState(seat), ...(c.auto ? { auto: true } : {}) };
  for (const p of seat.peers) p.send(state);
}

/** Takes the default choice for seats whose decision ran past the session's time limit. */
export function applyTimeouts(ctx: WorkshopContext, room: Room, now: number): void {
  const limit = room.session.settings.decisionSeconds;
  if (!limit || room.session.paused) return;
  for (const seat of room.activeSeats()) {
    const st = seat.game.state;
    if (seat.autoPending || seat.broken || st.status !== 'playing' || room.session.hold === st.node || now - seat.decisionSince < limit * 1000) continue;
    const choice = defaultChoice(seat, room.session.settings.timeoutChoice ?? 'first');
    if (!choice) continue;
    seat.autoPending = true;
    runChoice(ctx, room, seat, { step: st.log.length, choice, auto: true }, null)
      .catch((e: unknown) => {
        // The player's own choice may have landed first (step taken): nothing to do. Anything else is logged.
        if (!(e instanceof Refusal) || (e.code !== 'step-taken' && e.code !== 'out-of-order')) ctx.log(`timeout choice failed: ${String(e)}`);
      })
      .finally(() => { seat.autoPending = false; });
  }
}

/** The choice a timeout takes: the first available one, or the cheapest (money, then days). */
function defaultChoice(seat: Seat, rule: 'first' | 'cheapest'): string | null {
  const available = seat.game.view().choices.filter((c) => c.available);
  if (rule === 'cheapest') available.sort((a, b) => a.cost.money - b.cost.money || a.cost.days - b.cost.days);
  return available[0]?.id ?? null;
}
