/** Player messages: join by code, resume with a seat token, rename, and choose (the heart: replay, store, then ack). */
import { createGame, EngineError } from '../../engine';
import { checkNickname, generateNickname, type ClientMessage } from '../protocol';
import { seatState, type Peer, type Room, type Seat } from './room';
import { hashToken, newId, newToken, randomBelow } from './secrets';
import type { SeatRecord } from './storage';
import { Refusal, rid, type Handlers, type Workshop } from './workshop';

type Msg<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;

/** Handlers of the player messages. */
export const playerHandlers: Handlers = {
  join: (ws, peer, m) => whileBinding(ws, peer, async () => {
    limitAttempt(ws, peer);
    const room = ws.roomsByCode.get(m.code);
    if (!room) failedAttempt(ws, peer, 'unknown-session', 'No session has this code.');
    if (room.session.locked) throw new Refusal('lobby-locked', 'The trainer has locked this session.');
    if (room.seats.size >= ws.limits.maxSeatsPerSession) throw new Refusal('session-full', 'This session is full.');
    let nickname = generateNickname(randomBelow);
    if (m.nickname !== undefined) {
      const c = checkNickname(m.nickname);
      if (!c.ok) throw new Refusal('bad-nickname', `That nickname is not allowed (${c.reason}).`);
      nickname = c.nickname;
    }
    const team = teamFor(room, m.team);
    const token = newToken();
    const record: SeatRecord = {
      id: newId(), sessionId: room.session.id, tokenHash: hashToken(token), nickname, team, seed: room.seedFor(team), joinedAt: ws.now(), removed: false,
    };
    await ws.storage.addSeat(record);
    const { seat } = room.addSeat(record, [], ws.now());
    ws.seatsByToken.set(record.tokenHash, { room, seat });
    bind(peer, room, seat);
    void ws.storage.addEvent({ sessionId: room.session.id, at: ws.now(), kind: 'join', data: { seat: record.id, team } }).catch(() => {});
    peer.send({ v: 1, type: 'joined', ...rid(m), session: room.view(), state: seatState(seat), token });
  }),

  resume: (ws, peer, m) => {
    if (peer.role.kind !== 'none' || ws.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
    limitAttempt(ws, peer);
    const found = ws.seatsByToken.get(hashToken(m.token));
    if (!found || found.seat.record.removed) failedAttempt(ws, peer, 'bad-token', 'This seat token opens no seat.');
    bind(peer, found.room, found.seat);
    peer.send({ v: 1, type: 'welcome', ...rid(m), session: found.room.view(), state: seatState(found.seat) });
  },

  rename: async (ws, peer, m) => {
    const { room, seat } = seatOf(peer);
    const c = checkNickname(m.nickname);
    if (!c.ok) throw new Refusal('bad-nickname', `That nickname is not allowed (${c.reason}).`);
    await ws.storage.updateSeat(seat.record.id, { nickname: c.nickname });
    seat.record = { ...seat.record, nickname: c.nickname };
    room.dashboardDirty = true;
    for (const p of seat.peers) p.send({ v: 1, type: 'state', ...(p === peer ? rid(m) : {}), state: seatState(seat) });
  },

  choose: (ws, peer, m: Msg<'choose'>) => {
    const { room, seat } = seatOf(peer);
    if (m.seat !== seat.record.id) throw new Refusal('not-authorized', 'You can only choose for your own seat.');
    return runChoice(ws, room, seat, { step: m.step, choice: m.choice, auto: false }, { peer, rid: m.rid });
  },
};

/**
 * Applies a choice to a seat, in order with the seat's other choices: checks the step,
 * plays it on a copy of the game, stores it, and only then acknowledges and pushes the state.
 */
export function runChoice(ws: Workshop, room: Room, seat: Seat, c: { step: number; choice: string; auto: boolean }, from: { peer: Peer; rid: number | undefined } | null): Promise<void> {
  const run = seat.queue.then(() => applyChoice(ws, room, seat, c, from));
  seat.queue = run.catch(() => {});
  return run;
}

async function applyChoice(ws: Workshop, room: Room, seat: Seat, c: { step: number; choice: string; auto: boolean }, from: { peer: Peer; rid: number | undefined } | null): Promise<void> {
  if (seat.record.removed || !room.seats.has(seat.record.id) || !ws.rooms.has(room.session.id)) throw new Refusal('seat-removed', 'This seat was removed.');
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
    stored = await ws.storage.appendChoice({ seatId: seat.record.id, step: c.step, choice: c.choice, at: ws.now(), auto: c.auto });
  } catch (e) {
    ws.log(`storing a choice failed: ${String(e)}`);
    throw new Refusal('storage-failed', 'The choice could not be stored; it was not taken. Try again.');
  }
  if (!stored.stored) throw new Refusal('step-taken', `Step ${c.step} was already stored.`, { step: log.length, log });
  seat.game = trial;
  seat.decisionSince = ws.now();
  room.dashboardDirty = true;
  ack(false);
  const state = { v: 1 as const, type: 'state' as const, state: seatState(seat), ...(c.auto ? { auto: true } : {}) };
  for (const p of seat.peers) p.send(state);
}

/** Runs a join or create for a peer without a role, refusing a second one while the first is in flight. */
export async function whileBinding(ws: Workshop, peer: Peer, run: () => Promise<void>): Promise<void> {
  if (peer.role.kind !== 'none' || ws.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
  ws.binding.add(peer);
  try {
    await run();
  } finally {
    ws.binding.delete(peer);
  }
}

function bind(peer: Peer, room: Room, seat: Seat): void {
  peer.role = { kind: 'seat', room, seat };
  seat.peers.add(peer);
  room.dashboardDirty = true;
}

function seatOf(peer: Peer): { room: Room; seat: Seat } {
  if (peer.role.kind !== 'seat') throw new Refusal('not-seated', 'Join a session or resume your seat first.');
  return peer.role;
}

/** The team of a new seat: the one asked for, or the smallest; null when playing solo. */
export function teamFor(room: Room, asked: number | undefined): number | null {
  const s = room.session.settings;
  if (s.play !== 'teams') return null;
  const teams = s.teams ?? 2;
  if (asked !== undefined) {
    if (asked >= teams) throw new Refusal('invalid-message', `This session has teams 0 to ${teams - 1}.`);
    return asked;
  }
  const sizes = new Array<number>(teams).fill(0);
  for (const seat of room.activeSeats()) if (seat.record.team !== null) sizes[seat.record.team] = (sizes[seat.record.team] ?? 0) + 1;
  return sizes.indexOf(Math.min(...sizes));
}

export function limitAttempt(ws: Workshop, peer: Peer): void {
  const now = ws.now();
  // Failed attempts are checked before the lookup, so a guesser out of attempts learns nothing, even on a right guess.
  if (!ws.failedJoins.has(peer.address, now) || !ws.joinAttempts.take(peer.address, now))
    throw new Refusal('rate-limited', 'Too many join attempts; wait a minute.');
}

function failedAttempt(ws: Workshop, peer: Peer, code: 'unknown-session' | 'bad-token', message: string): never {
  ws.failedJoins.take(peer.address, ws.now());
  throw new Refusal(code, message);
}
