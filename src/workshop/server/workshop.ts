/**
 * The workshop core, independent of transport: rooms in memory, restored from
 * storage by replaying every seat's log; message dispatch with rate limits and
 * roles. Each room runs its own timers (decision time limits, bots, dashboard
 * pushes); the workshop's own timer only expires sessions, abandoned empty ones
 * sooner, and forgets full rate-limit buckets.
 */
import { parseClientMessage, type ServerMessage, TRAINER_TYPES } from '../protocol';
import type { Scenario } from '../../scenario';
import { Attempts } from './attempts';
import { botPolicyOf } from './bot-policy';
import { wakeBots } from './bots';
import type { WorkshopLimits } from './config';
import type { BotRandom, Handlers, WorkshopContext } from './context';
import { roomDashboard } from './dashboard';
import { playerHandlers } from './players';
import { KeyedLimiter, TokenBucket } from './rate-limit';
import { errorMessage, Refusal, rid } from './refusal';
import { Room, type Peer, type Seat } from './room';
import { catalogKey, type ScenarioCatalog } from './scenarios';
import { randomBelow } from './secrets';
import { applyTimeouts } from './seat-play';
import type { ChoiceRecord, WorkshopStorage } from './storage';
import { trainerHandlers } from './trainers';

export type { BotRandom } from './context';

/** Options of the workshop core. */
export interface WorkshopOptions {
  readonly storage: WorkshopStorage;
  readonly scenarios: ScenarioCatalog;
  readonly limits: WorkshopLimits;
  readonly sessionTtlMs: number;
  /** The key `create` must carry (null or absent: anyone who can connect may create). */
  readonly trainerKey?: string | null;
  /** The clock (injectable for tests). */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** How long a rehearsal bot thinks before each choice (ms; default 1500). */
  readonly botThinkMs?: number;
  /** The bots' random choices (injectable for tests: a seeded function of the bot and its step plays the same games every run). */
  readonly random?: BotRandom;
  /** How often each room does its periodic work (ms; default 1000). */
  readonly roomTickMs?: number;
}

/** The workshop: sessions, seats and their games. */
export class Workshop implements WorkshopContext {
  readonly rooms = new Map<string, Room>();
  readonly roomsByCode = new Map<string, Room>();
  readonly seatsByToken = new Map<string, { room: Room; seat: Seat }>();
  readonly storage: WorkshopStorage;
  readonly limits: WorkshopLimits;
  readonly sessionTtlMs: number;
  readonly trainerKey: string | null;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly botThinkMs: number;
  readonly random: BotRandom;
  readonly attempts: Attempts;
  readonly binding = new WeakSet<Peer>();
  readonly pendingSessions = { total: 0, byAddress: new Map<string, number>() };
  private readonly scenarios: ScenarioCatalog;
  private readonly addressMessages: KeyedLimiter;
  private readonly handlers: Handlers = { ...trainerHandlers, ...playerHandlers, ping: (_c, p, m) => p.send({ v: 1, type: 'pong', ...rid(m) }) };
  private readonly peerBuckets = new WeakMap<Peer, TokenBucket>();
  private readonly unboundTimers = new WeakMap<Peer, ReturnType<typeof setTimeout>>();
  private readonly roomTickMs: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastExpirySweep = 0;
  private closed = false;

  constructor(options: WorkshopOptions) {
    this.storage = options.storage;
    this.scenarios = options.scenarios;
    this.limits = options.limits;
    this.sessionTtlMs = options.sessionTtlMs;
    this.trainerKey = options.trainerKey ?? null;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
    this.botThinkMs = options.botThinkMs ?? 1500;
    this.random = options.random ?? randomBelow;
    this.roomTickMs = options.roomTickMs ?? 1000;
    const l = options.limits;
    this.addressMessages = new KeyedLimiter(l.addressMessagesPerSecond * 2, l.addressMessagesPerSecond);
    this.attempts = new Attempts(l);
  }

  scenario(id: string, version: string): Scenario | undefined {
    return this.scenarios.get(catalogKey(id, version));
  }

  /** Restores live sessions from storage, replaying every seat's stored log with the engine. */
  async restore(): Promise<{ sessions: number; seats: number; choices: number }> {
    const now = this.now();
    const stored = await this.storage.loadLive(now);
    const bySeat = new Map<string, ChoiceRecord[]>();
    for (const c of stored.choices) (bySeat.get(c.seatId) ?? bySeat.set(c.seatId, []).get(c.seatId)!).push(c);
    let choices = 0;
    const restored: Room[] = [];
    for (const s of stored.sessions) {
      const scenario = this.scenario(s.settings.scenario, s.settings.version);
      if (!scenario) {
        this.log(`session ${s.id}: scenario ${s.settings.scenario} ${s.settings.version} is not on this server; not restored`);
        continue;
      }
      const room = new Room(s, scenario, now);
      this.rooms.set(s.id, room);
      this.roomsByCode.set(s.code, room);
      restored.push(room);
    }
    for (const seatRecord of stored.seats) {
      const room = this.rooms.get(seatRecord.sessionId);
      if (!room) continue;
      const log = bySeat.get(seatRecord.id) ?? [];
      const { seat, replayed } = room.addSeat(seatRecord, log, now);
      if (seat.broken) this.log(`session ${room.session.code}, seat ${seatRecord.id} (${seatRecord.nickname}): only ${replayed} of ${log.length} stored choices replay on scenario ${room.scenario.id} ${room.scenario.version}; the seat is stopped and its trainer sees it`);
      choices += replayed;
      if (!seatRecord.removed && !botPolicyOf(seatRecord)) this.seatsByToken.set(seatRecord.tokenHash, { room, seat });
    }
    for (const room of restored) {
      if (room.session.paused) room.pausedAt = now;
      this.startRoom(room);
      wakeBots(this, room); // bots resume where their stored logs end
    }
    return { sessions: this.rooms.size, seats: stored.seats.length, choices };
  }

  addRoom(room: Room): void {
    this.rooms.set(room.session.id, room);
    this.roomsByCode.set(room.session.code, room);
    this.startRoom(room);
  }

  dropRoom(room: Room): void {
    room.close();
    this.rooms.delete(room.session.id);
    this.roomsByCode.delete(room.session.code);
    for (const seat of room.seats.values()) this.seatsByToken.delete(seat.record.tokenHash);
    for (const p of room.peers()) {
      p.send({ v: 1, type: 'deleted', session: room.session.id });
      p.role = { kind: 'none' };
      p.close(1000, 'session deleted');
    }
  }

  /** A new connection: it is closed unless it joins, resumes or creates within `unboundSeconds`. */
  connected(peer: Peer): void {
    const t = setTimeout(() => {
      if (peer.role.kind === 'none' && !this.binding.has(peer)) peer.close(4008, 'join or resume first');
    }, this.limits.unboundSeconds * 1000);
    t.unref?.();
    this.unboundTimers.set(peer, t);
  }

  /** Handles one text frame from a peer. Never throws; refusals go back as error messages. */
  async handle(peer: Peer, text: string): Promise<void> {
    const now = this.now();
    let bucket = this.peerBuckets.get(peer);
    if (!bucket) {
      bucket = new TokenBucket(this.limits.messagesPerSecond * 2, this.limits.messagesPerSecond, now);
      this.peerBuckets.set(peer, bucket);
    }
    if (!bucket.take(now) || !this.addressMessages.take(peer.address, now)) {
      peer.send(errorMessage('rate-limited', 'Too many messages; slow down.'));
      return;
    }
    const parsed = parseClientMessage(text);
    if (!parsed.ok) {
      peer.send(errorMessage(parsed.error.code, parsed.error.message, parsed.rid));
      return;
    }
    const m = parsed.message;
    try {
      if (TRAINER_TYPES.includes(m.type) && m.type !== 'create' && m.type !== 'trainer-resume' && peer.role.kind !== 'trainer')
        throw new Refusal('not-authorized', 'Only the session\'s trainer can do that.');
      const handler = this.handlers[m.type] as ((c: WorkshopContext, p: Peer, m: never) => Promise<void> | void) | undefined;
      if (!handler) throw new Refusal('unknown-type', 'Unknown message type.');
      await handler(this, peer, m as never);
    } catch (e) {
      if (e instanceof Refusal) {
        peer.send(errorMessage(e.code, e.message, m.rid, e.extra));
        if (e.close) peer.close(1008, e.code);
      } else {
        this.log(`internal error on ${m.type}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        peer.send(errorMessage('internal', 'The server could not handle this message.', m.rid));
      }
    }
  }

  /** A peer went away. */
  disconnect(peer: Peer): void {
    const t = this.unboundTimers.get(peer);
    if (t) clearTimeout(t);
    if (peer.role.kind === 'trainer') peer.role.room.trainers.delete(peer);
    if (peer.role.kind === 'seat') {
      peer.role.seat.peers.delete(peer);
      peer.role.room.dashboardDirty = true;
    }
    peer.role = { kind: 'none' };
  }

  /** Starts the workshop's housekeeping (expiry, abandoned sessions, limiter sweeps); rooms run their own timers. */
  start(intervalMs = 1000): void {
    this.timer ??= setInterval(() => void this.housekeeping(), intervalMs);
    this.timer.unref?.();
  }

  /** One round of every room's work and of housekeeping, now (for tests with an injected clock). */
  async tick(): Promise<void> {
    for (const room of this.rooms.values()) this.roomWork(room);
    await this.housekeeping();
  }

  private startRoom(room: Room): void {
    if (!this.closed) room.start(this.roomTickMs, () => this.roomWork(room));
  }

  /** A room's periodic work: decision time limits, sleeping bots, and the trainers' dashboard when it changed (or every 5 s). */
  private roomWork(room: Room): void {
    const now = this.now();
    applyTimeouts(this, room, now);
    wakeBots(this, room);
    if (room.trainers.size > 0 && (room.dashboardDirty || now - room.lastDashboardAt >= 5000)) {
      const d: ServerMessage = roomDashboard(room, now);
      for (const t of room.trainers) t.send(d);
      room.dashboardDirty = false;
      room.lastDashboardAt = now;
    }
  }

  private async housekeeping(): Promise<void> {
    const now = this.now();
    await this.expireEmpty(now);
    if (now - this.lastExpirySweep < 60_000) return;
    this.lastExpirySweep = now;
    this.addressMessages.sweep(now);
    this.attempts.sweep(now);
    try {
      for (const id of await this.storage.deleteExpired(now)) {
        const room = this.rooms.get(id);
        if (room) this.dropRoom(room);
      }
    } catch (e) {
      this.log(`expiry sweep failed: ${String(e)}`);
    }
  }

  /** Deletes sessions nobody joined and no trainer has had open for `emptySessionMinutes`. */
  private async expireEmpty(now: number): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      if (room.seats.size > 0 || room.trainers.size > 0 || room.pendingSeats > 0) {
        room.emptySince = null;
        continue;
      }
      room.emptySince ??= now;
      if (now - room.emptySince < this.limits.emptySessionMinutes * 60_000) continue;
      this.dropRoom(room);
      try {
        await this.storage.deleteSession(room.session.id);
        this.log(`session ${room.session.code}: nobody joined and no trainer for ${this.limits.emptySessionMinutes} min; deleted`);
      } catch (e) {
        this.log(`deleting an abandoned session failed: ${String(e)}`);
      }
    }
  }

  /** Stops every timer and closes storage. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const room of this.rooms.values()) room.close();
    await this.storage.close();
  }
}
