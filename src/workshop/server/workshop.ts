/**
 * The workshop core, independent of transport: rooms in memory, restored from
 * storage by replaying every seat's log; message dispatch with rate limits and
 * roles; timers for decision time limits, dashboards and expiry.
 */
import { parseClientMessage, type ClientMessage, type ErrorCode, type ServerMessage, TRAINER_TYPES } from '../protocol';
import type { Scenario } from '../../scenario';
import type { WorkshopLimits } from './config';
import { dashboardOf } from './dashboard';
import { playerHandlers, runChoice } from './players';
import { KeyedLimiter, TokenBucket } from './rate-limit';
import { Room, type Peer, type Seat } from './room';
import { catalogKey, type ScenarioCatalog } from './scenarios';
import type { ChoiceRecord, WorkshopStorage } from './storage';
import { trainerHandlers } from './trainers';
import { botPolicyOf, wakeBots } from './bots';
import { randomBelow } from './secrets';

/** Options of the workshop core. */
export interface WorkshopOptions {
  readonly storage: WorkshopStorage;
  readonly scenarios: ScenarioCatalog;
  readonly limits: WorkshopLimits;
  readonly sessionTtlMs: number;
  /** The clock (injectable for tests). */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** How long a rehearsal bot thinks before each choice (ms; default 1500). */
  readonly botThinkMs?: number;
  /** The bots' random choices (injectable for tests: a seeded function of the bot and its step plays the same games every run). */
  readonly random?: BotRandom;
}

/** A uniform integer below n for a bot's choice at a step. */
export type BotRandom = (n: number, at: { readonly nickname: string; readonly step: number }) => number;

type Handler<T extends ClientMessage['type']> = (ws: Workshop, peer: Peer, m: Extract<ClientMessage, { type: T }>) => Promise<void> | void;
/** A message handler per type. */
export type Handlers = { [T in ClientMessage['type']]?: Handler<T> };

/** A refusal thrown by a handler and sent to the peer as an error message. */
export class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly extra: { step?: number; log?: readonly string[] } = {}) {
    super(message);
  }
}

/** The workshop: sessions, seats and their games. */
export class Workshop {
  readonly rooms = new Map<string, Room>();
  readonly roomsByCode = new Map<string, Room>();
  /** Seat token hash → seat. */
  readonly seatsByToken = new Map<string, { room: Room; seat: Seat }>();
  readonly storage: WorkshopStorage;
  readonly limits: WorkshopLimits;
  readonly sessionTtlMs: number;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly botThinkMs: number;
  /** A uniform integer below n (bots' random choices). */
  readonly random: BotRandom;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private closed = false;
  private readonly scenarios: ScenarioCatalog;
  private readonly addressMessages: KeyedLimiter;
  readonly joinAttempts: KeyedLimiter;
  readonly failedJoins: KeyedLimiter;
  /** Peers with a join or create in flight: a second one is refused until the first has bound the peer. */
  readonly binding = new WeakSet<Peer>();
  private readonly handlers: Handlers = { ...trainerHandlers, ...playerHandlers, ping: (_w, p, m) => p.send({ v: 1, type: 'pong', ...rid(m) }) };
  private readonly peerBuckets = new WeakMap<Peer, TokenBucket>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastExpirySweep = 0;

  constructor(options: WorkshopOptions) {
    this.storage = options.storage;
    this.scenarios = options.scenarios;
    this.limits = options.limits;
    this.sessionTtlMs = options.sessionTtlMs;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
    this.botThinkMs = options.botThinkMs ?? 1500;
    this.random = options.random ?? randomBelow;
    const l = options.limits;
    this.addressMessages = new KeyedLimiter(l.addressMessagesPerSecond * 2, l.addressMessagesPerSecond);
    this.joinAttempts = new KeyedLimiter(l.joinsPerMinute, l.joinsPerMinute / 60);
    this.failedJoins = new KeyedLimiter(l.failedJoinsPerMinute, l.failedJoinsPerMinute / 60);
  }

  /** A scenario by id and version, if the server has it. */
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
    for (const s of stored.sessions) {
      const scenario = this.scenario(s.settings.scenario, s.settings.version);
      if (!scenario) {
        this.log(`session ${s.id}: scenario ${s.settings.scenario} ${s.settings.version} is not on this server; not restored`);
        continue;
      }
      this.addRoom(new Room(s, scenario));
    }
    for (const seatRecord of stored.seats) {
      const room = this.rooms.get(seatRecord.sessionId);
      if (!room) continue;
      const log = bySeat.get(seatRecord.id) ?? [];
      const { seat, replayed } = room.addSeat(seatRecord, log, now);
      if (replayed < log.length) this.log(`seat ${seatRecord.id}: only ${replayed} of ${log.length} stored choices replay`);
      choices += replayed;
      if (!seatRecord.removed && !botPolicyOf(seatRecord)) this.seatsByToken.set(seatRecord.tokenHash, { room, seat });
    }
    for (const room of this.rooms.values()) if (room.session.paused) room.pausedAt = now;
    for (const room of this.rooms.values()) wakeBots(this, room); // bots resume where their stored logs end
    return { sessions: this.rooms.size, seats: stored.seats.length, choices };
  }

  /** Registers a room in the indexes. */
  addRoom(room: Room): void {
    this.rooms.set(room.session.id, room);
    this.roomsByCode.set(room.session.code, room);
  }

  /** Forgets a room (after deletion or expiry) and tells its peers. */
  dropRoom(room: Room): void {
    this.rooms.delete(room.session.id);
    this.roomsByCode.delete(room.session.code);
    for (const seat of room.seats.values()) this.seatsByToken.delete(seat.record.tokenHash);
    for (const p of room.peers()) {
      p.send({ v: 1, type: 'deleted', session: room.session.id });
      p.role = { kind: 'none' };
      p.close(1000, 'session deleted');
    }
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
      const handler = this.handlers[m.type] as Handler<typeof m.type> | undefined;
      if (!handler) throw new Refusal('unknown-type', 'Unknown message type.');
      await handler(this, peer, m as never);
    } catch (e) {
      if (e instanceof Refusal) peer.send(errorMessage(e.code, e.message, m.rid, e.extra));
      else {
        this.log(`internal error on ${m.type}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        peer.send(errorMessage('internal', 'The server could not handle this message.', m.rid));
      }
    }
  }

  /** A peer went away. */
  disconnect(peer: Peer): void {
    if (peer.role.kind === 'trainer') peer.role.room.trainers.delete(peer);
    if (peer.role.kind === 'seat') {
      peer.role.seat.peers.delete(peer);
      peer.role.room.dashboardDirty = true;
    }
    peer.role = { kind: 'none' };
  }

  /** Starts the periodic work: decision time limits, dashboards, expiry, limiter sweeps. */
  start(intervalMs = 1000): void {
    this.timer ??= setInterval(() => void this.tick(), intervalMs);
    this.timer.unref?.();
  }

  /** One round of periodic work (exposed for tests). */
  async tick(): Promise<void> {
    const now = this.now();
    for (const room of this.rooms.values()) {
      this.applyTimeouts(room, now);
      wakeBots(this, room);
      if (room.trainers.size > 0 && (room.dashboardDirty || now - room.lastDashboardAt >= 5000)) {
        const d = dashboardOf(room, now);
        for (const t of room.trainers) t.send(d);
        room.dashboardDirty = false;
        room.lastDashboardAt = now;
      }
    }
    if (now - this.lastExpirySweep >= 60_000) {
      this.lastExpirySweep = now;
      for (const l of [this.addressMessages, this.joinAttempts, this.failedJoins]) l.sweep(now);
      try {
        for (const id of await this.storage.deleteExpired(now)) {
          const room = this.rooms.get(id);
          if (room) this.dropRoom(room);
        }
      } catch (e) {
        this.log(`expiry sweep failed: ${String(e)}`);
      }
    }
  }

  /** Takes the default choice for seats whose decision ran past the session's time limit. */
  private applyTimeouts(room: Room, now: number): void {
    const limit = room.session.settings.decisionSeconds;
    if (!limit || room.session.paused) return;
    for (const seat of room.activeSeats()) {
      const st = seat.game.state;
      if (seat.autoPending || st.status !== 'playing' || room.session.hold === st.node || now - seat.decisionSince < limit * 1000) continue;
      const choice = defaultChoice(seat, room.session.settings.timeoutChoice ?? 'first');
      if (!choice) continue;
      seat.autoPending = true;
      runChoice(this, room, seat, { step: st.log.length, choice, auto: true }, null)
        .catch((e: unknown) => {
          // The player's own choice may have landed first (step taken): nothing to do. Anything else is logged.
          if (!(e instanceof Refusal) || (e.code !== 'step-taken' && e.code !== 'out-of-order')) this.log(`timeout choice failed: ${String(e)}`);
        })
        .finally(() => { seat.autoPending = false; });
    }
  }

  /** Runs work after a delay (bots' think time); nothing runs once the workshop is closed. */
  later(ms: number, run: () => void): void {
    if (this.closed) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closed) run();
    }, ms);
    t.unref?.();
    this.timers.add(t);
  }

  /** Stops timers and closes storage. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.storage.close();
  }
}

/** The choice a timeout takes: the first available one, or the cheapest (money, then days). */
function defaultChoice(seat: Seat, rule: 'first' | 'cheapest'): string | null {
  const available = seat.game.view().choices.filter((c) => c.available);
  if (rule === 'cheapest') available.sort((a, b) => a.cost.money - b.cost.money || a.cost.days - b.cost.days);
  return available[0]?.id ?? null;
}

/** An error message. */
export function errorMessage(code: ErrorCode, message: string, rid?: number, extra: { step?: number; log?: readonly string[] } = {}): ServerMessage {
  return { v: 1, type: 'error', code, message, ...(rid !== undefined ? { rid } : {}), ...extra };
}

/** The rid of a request, to echo in its reply. */
export function rid(m: { rid?: number | undefined }): { rid?: number } {
  return m.rid !== undefined ? { rid: m.rid } : {};
}
