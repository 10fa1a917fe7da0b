/** Trainer messages: create and resume a session, and the controls (lock, remove, re-seat, pause, hold, release, delete). */
import { Room } from './room';
import { hashToken, newId, newJoinCode, newSeed, newToken } from './secrets';
import type { SessionPatch, SessionRecord } from './storage';
import { botMark, dashboardOf } from './dashboard';
import { addBots, wakeBots } from './bots';
import { limitAttempt, whileBinding } from './players';
import { Refusal, rid, type Handlers, type Workshop } from './workshop';
import type { Peer } from './room';

/** Handlers of the trainer messages. */
export const trainerHandlers: Handlers = {
  create: (ws, peer, m) => whileBinding(ws, peer, async () => {
    limitAttempt(ws, peer); // creating counts as a join attempt of the address
    const scenario = ws.scenario(m.settings.scenario, m.settings.version);
    if (!scenario) throw new Refusal('unknown-scenario', `This server has no scenario "${m.settings.scenario}" version ${m.settings.version}.`);
    if (ws.rooms.size >= ws.limits.maxSessions) throw new Refusal('server-full', 'The server has its maximum of sessions.');
    let code = newJoinCode();
    while (ws.roomsByCode.has(code)) code = newJoinCode();
    const token = newToken();
    const now = ws.now();
    const settings = { ...m.settings, seed: m.settings.seed ?? newSeed(), teams: m.settings.play === 'teams' ? (m.settings.teams ?? 2) : undefined, mode: m.settings.mode ?? 'coach' };
    const session: SessionRecord = {
      id: newId(), code, trainerTokenHash: hashToken(token), settings, createdAt: now, expiresAt: now + ws.sessionTtlMs, locked: false, paused: false, hold: null,
    };
    await ws.storage.createSession(session);
    const room = new Room(session, scenario);
    ws.addRoom(room);
    bindTrainer(peer, room);
    void ws.storage.addEvent({ sessionId: session.id, at: now, kind: 'create', data: { scenario: settings.scenario, version: settings.version, mode: settings.mode } }).catch(() => {});
    peer.send({ v: 1, type: 'created', ...rid(m), session: room.view(), settings: m.settings, trainerToken: token });
  }),

  'trainer-resume': (ws, peer, m) => {
    if (peer.role.kind !== 'none' || ws.binding.has(peer)) throw new Refusal('already-bound', 'This connection already has a role.');
    const now = ws.now();
    if (!ws.failedJoins.has(peer.address, now)) throw new Refusal('rate-limited', 'Too many failed attempts; wait a minute.');
    const room = ws.rooms.get(m.session);
    if (!room || room.session.trainerTokenHash !== hashToken(m.token)) {
      ws.failedJoins.take(peer.address, now);
      throw new Refusal('bad-token', 'This trainer token does not open this session.');
    }
    bindTrainer(peer, room);
    peer.send({ v: 1, type: 'trainer-welcome', ...rid(m), session: room.view() });
    peer.send(dashboardOf(room, now));
  },

  lock: (ws, peer, m) => patchSession(ws, peer, { locked: m.locked }, m.locked ? 'lock' : 'unlock', m.rid),
  pause: (ws, peer, m) => {
    const room = roomOf(peer);
    if (room.session.paused === m.paused) return patchSession(ws, peer, {}, 'pause-unchanged', m.rid);
    const now = ws.now();
    if (m.paused) room.pausedAt = now;
    else {
      // Decision clocks stand still while paused: shift them by the pause.
      const pausedFor = now - (room.pausedAt ?? now);
      for (const seat of room.seats.values()) seat.decisionSince += pausedFor;
      room.pausedAt = null;
    }
    return patchSession(ws, peer, { paused: m.paused }, m.paused ? 'pause' : 'resume', m.rid).then(() => wakeBots(ws, room));
  },
  hold: (ws, peer, m) => {
    const room = roomOf(peer);
    const node = room.scenario.nodes[m.node];
    if (!node || (node.type !== 'scene' && node.type !== 'ending')) throw new Refusal('invalid-message', `"${m.node}" is not a scene of this scenario.`);
    return patchSession(ws, peer, { hold: m.node }, 'hold', m.rid);
  },
  release: (ws, peer, m) => {
    const room = roomOf(peer);
    const now = ws.now();
    for (const seat of room.seats.values()) if (room.session.hold !== null && seat.game.state.node === room.session.hold) seat.decisionSince = now;
    return patchSession(ws, peer, { hold: null }, 'release', m.rid).then(() => wakeBots(ws, room));
  },
  'add-bots': async (ws, peer, m) => {
    const room = roomOf(peer);
    await addBots(ws, room, m.count, m.policy);
    peer.send({ ...dashboardOf(room, ws.now()), ...rid(m) });
  },
  dashboard: (ws, peer, m) => peer.send({ ...dashboardOf(roomOf(peer), ws.now()), ...rid(m) }),
  /** Every seat's seed and stored log (with times), read back from storage: what a debrief or CSV export replays. */
  results: async (ws, peer, m) => {
    const room = roomOf(peer);
    const seats = await Promise.all([...room.seats.values()].map(async (seat) => {
      const choices = await ws.storage.choicesOf(seat.record.id);
      const { id, nickname, team, seed, removed } = seat.record;
      return { seat: id, nickname, team, seed, removed, ...botMark(seat.record), log: choices.map((c) => c.choice), times: choices.map((c) => c.at), auto: choices.map((c) => c.auto) };
    }));
    peer.send({ v: 1, type: 'results', ...rid(m), session: room.view(), seats });
  },

  'remove-seat': async (ws, peer, m) => {
    const room = roomOf(peer);
    const seat = room.seats.get(m.seat);
    if (!seat || seat.record.removed) throw new Refusal('invalid-message', 'No such seat in this session.');
    await ws.storage.updateSeat(seat.record.id, { removed: true });
    seat.record = { ...seat.record, removed: true };
    ws.seatsByToken.delete(seat.record.tokenHash);
    for (const p of seat.peers) {
      p.send({ v: 1, type: 'removed', seat: seat.record.id });
      p.role = { kind: 'none' };
      p.close(1000, 'seat removed');
    }
    seat.peers.clear();
    await event(ws, room, 'remove-seat', { seat: m.seat });
    room.dashboardDirty = true;
    peer.send({ ...dashboardOf(room, ws.now()), ...rid(m) });
  },

  reseat: async (ws, peer, m) => {
    const room = roomOf(peer);
    const seat = room.seats.get(m.seat);
    if (!seat || seat.record.removed) throw new Refusal('invalid-message', 'No such seat in this session.');
    const token = newToken();
    const tokenHash = hashToken(token);
    await ws.storage.updateSeat(seat.record.id, { tokenHash });
    ws.seatsByToken.delete(seat.record.tokenHash);
    seat.record = { ...seat.record, tokenHash };
    ws.seatsByToken.set(tokenHash, { room, seat });
    for (const p of seat.peers) {
      p.role = { kind: 'none' };
      p.close(4001, 'seat moved to another device');
    }
    seat.peers.clear();
    await event(ws, room, 'reseat', { seat: m.seat });
    peer.send({ v: 1, type: 'reseated', ...rid(m), seat: seat.record.id, token });
  },

  'delete-session': async (ws, peer, m) => {
    const room = roomOf(peer);
    await ws.storage.deleteSession(room.session.id);
    peer.send({ v: 1, type: 'deleted', ...rid(m), session: room.session.id });
    room.trainers.delete(peer);
    peer.role = { kind: 'none' };
    ws.dropRoom(room);
  },
};

function bindTrainer(peer: Peer, room: Room): void {
  peer.role = { kind: 'trainer', room };
  room.trainers.add(peer);
}

function roomOf(peer: Peer): Room {
  if (peer.role.kind !== 'trainer') throw new Refusal('not-authorized', "Only the session's trainer can do that.");
  return peer.role.room;
}

/** Stores a change of the session, then applies it and tells everyone in the room. */
async function patchSession(ws: Workshop, peer: Peer, patch: SessionPatch, kind: string, requestId: number | undefined): Promise<void> {
  const room = roomOf(peer);
  if (Object.keys(patch).length > 0) await ws.storage.updateSession(room.session.id, patch);
  room.session = { ...room.session, ...patch };
  await event(ws, room, kind, { hold: room.session.hold });
  room.dashboardDirty = true;
  for (const p of room.peers()) p.send({ v: 1, type: 'session', ...(p === peer && requestId !== undefined ? { rid: requestId } : {}), session: room.view() });
}

async function event(ws: Workshop, room: Room, kind: string, data: Record<string, string | number | boolean | null>): Promise<void> {
  await ws.storage.addEvent({ sessionId: room.session.id, at: ws.now(), kind, data }).catch((e: unknown) => ws.log(`event not stored: ${String(e)}`));
}
