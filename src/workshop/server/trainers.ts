/**
 * Trainer messages: create a session (with the server's trainer key when it has one,
 * within the server's and the address's session caps, reserved before storing) and
 * resume it, and the controls (lock, remove, re-seat, pause, hold, release, bots,
 * results, delete), which a session's trainers share a rate budget for.
 */
import { botMark } from './bot-policy';
import { addBots, wakeBots } from './bots';
import type { Handlers, WorkshopContext } from './context';
import { DASHBOARD_REQUEST_MS, roomDashboard } from './dashboard';
import { whileBinding } from './players';
import { Refusal, rid } from './refusal';
import { Room, type Peer } from './room';
import { hashToken, newId, newJoinCode, newSeed, newToken, sameSecret } from './secrets';
import type { SessionPatch, SessionRecord } from './storage';

/** Handlers of the trainer messages. */
export const trainerHandlers: Handlers = {
  create: (ctx, peer, m) => whileBinding(ctx, peer, async () => {
    ctx.attempts.check(peer);
    const now = ctx.now();
    if (ctx.trainerKey !== null && (m.key === undefined || !sameSecret(m.key, ctx.trainerKey)))
      throw ctx.attempts.failure(peer, now, 'bad-trainer-key', 'Creating a session on this server needs its trainer key.');
    const scenario = ctx.scenario(m.settings.scenario, m.settings.version);
    if (!scenario) throw new Refusal('unknown-scenario', `This server has no scenario "${m.settings.scenario}" version ${m.settings.version}.`);
    const pending = ctx.pendingSessions;
    if (ctx.rooms.size + pending.total >= ctx.limits.maxSessions) throw new Refusal('server-full', 'The server has its maximum of sessions.');
    const creator = creatorOf(peer.address);
    let mine = pending.byAddress.get(creator) ?? 0;
    for (const room of ctx.rooms.values()) if (room.createdBy === creator) mine++;
    if (mine >= ctx.limits.maxSessionsPerAddress) throw new Refusal('session-quota', `This address already has ${mine} sessions; delete one first.`);
    let code = newJoinCode();
    while (ctx.roomsByCode.has(code)) code = newJoinCode();
    const token = newToken();
    const settings = { ...m.settings, seed: m.settings.seed ?? newSeed(), teams: m.settings.play === 'teams' ? (m.settings.teams ?? 2) : undefined, mode: m.settings.mode ?? 'coach', creator };
    const session: SessionRecord = {
      id: newId(), code, trainerTokenHash: hashToken(token), settings, createdAt: now, expiresAt: now + ctx.sessionTtlMs, locked: false, paused: false, hold: null,
    };
    // Reserved while the session is stored, so concurrent creates cannot pass the caps together.
    pending.total++;
    pending.byAddress.set(creator, (pending.byAddress.get(creator) ?? 0) + 1);
    try {
      await ctx.storage.createSession(session);
    } finally {
      pending.total--;
      const n = (pending.byAddress.get(creator) ?? 1) - 1;
      if (n > 0) pending.byAddress.set(creator, n);
      else pending.byAddress.delete(creator);
    }
    const room = new Room(session, scenario, ctx.now());
    ctx.addRoom(room);
    bindTrainer(peer, room);
    peer.send({ v: 1, type: 'created', ...rid(m), session: room.view(), settings: m.settings, trainerToken: token });
  }),

  'trainer-resume': (ctx, peer, m) => {
    if (peer.role.kind !== 'none' || ctx.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
    ctx.attempts.check(peer);
    const now = ctx.now();
    const room = ctx.rooms.get(m.session);
    if (!room || room.session.trainerTokenHash !== hashToken(m.token)) throw ctx.attempts.failure(peer, now, 'bad-token', 'This trainer token does not open this session.', `trainer:${m.session}`);
    if (room.trainers.size >= ctx.limits.maxTrainersPerSession) throw new Refusal('too-many-trainers', `This session already has ${room.trainers.size} trainer connections; close one first.`);
    bindTrainer(peer, room);
    peer.send({ v: 1, type: 'trainer-welcome', ...rid(m), session: room.view() });
    peer.send(roomDashboard(room, now, DASHBOARD_REQUEST_MS));
  },

  lock: (ctx, peer, m) => patchSession(ctx, controlled(ctx, peer), peer, { locked: m.locked }, m.rid),
  pause: (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    if (room.session.paused === m.paused) return patchSession(ctx, room, peer, {}, m.rid);
    const now = ctx.now();
    if (m.paused) room.pausedAt = now;
    else {
      // Decision clocks stand still while paused: shift them by the pause.
      const pausedFor = now - (room.pausedAt ?? now);
      for (const seat of room.seats.values()) seat.decisionSince += pausedFor;
      room.pausedAt = null;
    }
    return patchSession(ctx, room, peer, { paused: m.paused }, m.rid).then(() => wakeBots(ctx, room));
  },
  hold: (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    const node = room.scenario.nodes[m.node];
    if (!node || (node.type !== 'scene' && node.type !== 'ending')) throw new Refusal('invalid-message', `"${m.node}" is not a scene of this scenario.`);
    return patchSession(ctx, room, peer, { hold: m.node }, m.rid);
  },
  release: (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    const now = ctx.now();
    for (const seat of room.seats.values()) if (room.session.hold !== null && seat.game.state.node === room.session.hold) seat.decisionSince = now;
    return patchSession(ctx, room, peer, { hold: null }, m.rid).then(() => wakeBots(ctx, room));
  },
  'add-bots': async (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    await addBots(ctx, room, m.count, m.policy);
    peer.send({ ...roomDashboard(room, ctx.now()), ...rid(m) });
  },
  dashboard: (ctx, peer, m) => peer.send({ ...roomDashboard(controlled(ctx, peer), ctx.now(), DASHBOARD_REQUEST_MS), ...rid(m) }),
  /** Every seat's seed and stored log (with times), read back from storage: what a debrief or CSV export replays. */
  results: async (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    const seats = await Promise.all([...room.seats.values()].map(async (seat) => {
      const choices = await ctx.storage.choicesOf(seat.record.id);
      const { id, nickname, team, seed, removed } = seat.record;
      return { seat: id, nickname, team, seed, removed, ...botMark(seat.record), log: choices.map((c) => c.choice), times: choices.map((c) => c.at), auto: choices.map((c) => c.auto) };
    }));
    peer.send({ v: 1, type: 'results', ...rid(m), session: room.view(), seats });
  },

  'remove-seat': async (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    const seat = room.seats.get(m.seat);
    if (!seat || seat.record.removed) throw new Refusal('invalid-message', 'No such seat in this session.');
    await ctx.storage.updateSeat(seat.record.id, { removed: true });
    seat.record = { ...seat.record, removed: true };
    ctx.seatsByToken.delete(seat.record.tokenHash);
    for (const p of seat.peers) {
      p.send({ v: 1, type: 'removed', seat: seat.record.id });
      p.role = { kind: 'none' };
      p.close(1000, 'seat removed');
    }
    seat.peers.clear();
    room.dashboardDirty = true;
    peer.send({ ...roomDashboard(room, ctx.now()), ...rid(m) });
  },

  reseat: async (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    const seat = room.seats.get(m.seat);
    if (!seat || seat.record.removed) throw new Refusal('invalid-message', 'No such seat in this session.');
    const token = newToken();
    const tokenHash = hashToken(token);
    await ctx.storage.updateSeat(seat.record.id, { tokenHash });
    ctx.seatsByToken.delete(seat.record.tokenHash);
    seat.record = { ...seat.record, tokenHash };
    ctx.seatsByToken.set(tokenHash, { room, seat });
    for (const p of seat.peers) {
      p.role = { kind: 'none' };
      p.close(4001, 'seat moved to another device');
    }
    seat.peers.clear();
    peer.send({ v: 1, type: 'reseated', ...rid(m), seat: seat.record.id, token });
  },

  'delete-session': async (ctx, peer, m) => {
    const room = controlled(ctx, peer);
    await ctx.storage.deleteSession(room.session.id);
    peer.send({ v: 1, type: 'deleted', ...rid(m), session: room.session.id });
    room.trainers.delete(peer);
    peer.role = { kind: 'none' };
    ctx.dropRoom(room);
  },
};

/** How a session records who created it: a hash of the address (not the address itself). */
function creatorOf(address: string): string {
  return hashToken(`creator:${address}`).slice(0, 24);
}

function bindTrainer(peer: Peer, room: Room): void {
  peer.role = { kind: 'trainer', room };
  room.trainers.add(peer);
  room.emptySince = null;
}

/** The trainer's room, once a control is within the room's shared budget of controls. */
function controlled(ctx: WorkshopContext, peer: Peer): Room {
  if (peer.role.kind !== 'trainer') throw new Refusal('not-authorized', "Only the session's trainer can do that.");
  const room = peer.role.room;
  if (!room.controls.take(ctx.now())) throw new Refusal('rate-limited', 'Too many controls at once; wait a moment.');
  return room;
}

/** Stores a change of the session, then applies it and tells everyone in the room. */
async function patchSession(ctx: WorkshopContext, room: Room, peer: Peer, patch: SessionPatch, requestId: number | undefined): Promise<void> {
  if (Object.keys(patch).length > 0) await ctx.storage.updateSession(room.session.id, patch);
  room.session = { ...room.session, ...patch };
  room.dashboardDirty = true;
  for (const p of room.peers()) p.send({ v: 1, type: 'session', ...(p === peer && requestId !== undefined ? { rid: requestId } : {}), session: room.view() });
}
