/**
 * Player messages and who may play a seat: join by code, resume with a seat token,
 * rename, and choose for one's own seat (the choice itself is seat play, seat-play.ts).
 */
import { checkNickname, generateNickname } from '../protocol';
import type { Handlers, WorkshopContext } from './context';
import { Refusal, rid } from './refusal';
import { nicknameKey, seatState, type Peer, type Room, type Seat } from './room';
import { hashToken, newId, newToken, randomBelow } from './secrets';
import { brokenSeatRefusal, runChoice } from './seat-play';
import type { SeatRecord } from './storage';

/** Handlers of the player messages. */
export const playerHandlers: Handlers = {
  join: (ctx, peer, m) => whileBinding(ctx, peer, async () => {
    ctx.attempts.check(peer);
    const room = ctx.roomsByCode.get(m.code);
    if (!room) throw ctx.attempts.failure(peer, ctx.now(), 'unknown-session', 'No session has this code.');
    if (room.session.locked) throw new Refusal('lobby-locked', 'The trainer has locked this session.');
    if (room.seats.size + room.pendingSeats >= ctx.limits.maxSeatsPerSession) throw new Refusal('session-full', 'This session is full.');
    const nickname = m.nickname === undefined ? freeNickname(room) : checkedNickname(room, m.nickname);
    const team = room.teamFor(m.team);
    const token = newToken();
    const record: SeatRecord = {
      id: newId(), sessionId: room.session.id, tokenHash: hashToken(token), nickname, team, seed: room.seedFor(team), joinedAt: ctx.now(), removed: false,
    };
    // The seat and its name are reserved while the seat is stored, so concurrent joins cannot pass the cap together.
    const key = nicknameKey(nickname);
    room.pendingSeats++;
    room.pendingNames.add(key);
    try {
      await ctx.storage.addSeat(record);
    } finally {
      room.pendingSeats--;
      room.pendingNames.delete(key);
    }
    if (room.closed) throw new Refusal('unknown-session', 'This session was just deleted.');
    const { seat } = room.addSeat(record, [], ctx.now());
    ctx.seatsByToken.set(record.tokenHash, { room, seat });
    bind(peer, room, seat);
    peer.send({ v: 1, type: 'joined', ...rid(m), session: room.view(), state: seatState(seat), token });
  }),

  resume: (ctx, peer, m) => {
    if (peer.role.kind !== 'none' || ctx.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
    ctx.attempts.check(peer);
    const found = ctx.seatsByToken.get(hashToken(m.token));
    if (!found || found.seat.record.removed) throw ctx.attempts.failure(peer, ctx.now(), 'bad-token', 'This seat token opens no seat.');
    bind(peer, found.room, found.seat);
    peer.send({ v: 1, type: 'welcome', ...rid(m), session: found.room.view(), state: seatState(found.seat) });
    if (found.seat.broken) {
      const r = brokenSeatRefusal(found.seat);
      peer.send({ v: 1, type: 'error', code: r.code, message: r.message });
    }
  },

  rename: async (ctx, peer, m) => {
    const { room, seat } = seatOf(peer);
    const nickname = checkedNickname(room, m.nickname, seat);
    const key = nicknameKey(nickname);
    room.pendingNames.add(key);
    try {
      await ctx.storage.updateSeat(seat.record.id, { nickname });
    } finally {
      room.pendingNames.delete(key);
    }
    seat.record = { ...seat.record, nickname };
    room.dashboardDirty = true;
    for (const p of seat.peers) p.send({ v: 1, type: 'state', ...(p === peer ? rid(m) : {}), state: seatState(seat) });
  },

  choose: (ctx, peer, m) => {
    const { room, seat } = seatOf(peer);
    if (m.seat !== seat.record.id) throw new Refusal('not-authorized', 'You can only choose for your own seat.');
    return runChoice(ctx, room, seat, { step: m.step, choice: m.choice, auto: false }, { peer, rid: m.rid });
  },
};

/** A nickname a player typed, checked and unique in the room (apart from the player's own seat). */
function checkedNickname(room: Room, input: string, own?: Seat): string {
  const c = checkNickname(input);
  if (!c.ok) throw new Refusal('bad-nickname', `That nickname is not allowed (${c.reason}).`);
  if (room.nicknameTaken(c.nickname, own)) throw new Refusal('nickname-taken', 'Someone in this session already has that nickname.');
  return c.nickname;
}

/** A generated nickname nobody in the room has. */
function freeNickname(room: Room): string {
  for (let tries = 0; ; tries++) {
    const nickname = tries < 50 ? generateNickname(randomBelow) : `${generateNickname(randomBelow)} ${tries}`;
    if (!room.nicknameTaken(nickname)) return nickname;
  }
}

/** Runs a join or create for a peer without a role, refusing a second one while the first is in flight. */
export async function whileBinding(ctx: WorkshopContext, peer: Peer, run: () => Promise<void>): Promise<void> {
  if (peer.role.kind !== 'none' || ctx.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
  ctx.binding.add(peer);
  try {
    await run();
  } finally {
    ctx.binding.delete(peer);
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
