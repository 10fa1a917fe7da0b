/**
 * A live session in memory: its record, scenario, seats with their replayed games,
 * connected peers, the caps it reserves while a join or bots are being stored, and
 * its own timers (its periodic work and its bots' think times), stopped when the
 * room closes.
 */
import { replay, type Game } from '../../engine';
import type { Scenario } from '../../scenario';
import type { SeatState, ServerMessage, SessionView } from '../protocol';
import { botPolicyOf } from './bot-policy';
import { TokenBucket } from './rate-limit';
import { Refusal } from './refusal';
import type { ChoiceRecord, SeatRecord, SessionRecord } from './storage';

type DashboardMessage = Extract<ServerMessage, { type: 'dashboard' }>;

/** A connection as the rooms see it. */
export interface Peer {
  readonly id: number;
  readonly address: string;
  send(message: ServerMessage): void;
  close(code: number, reason: string): void;
  role: { readonly kind: 'none' } | { readonly kind: 'trainer'; readonly room: Room } | { readonly kind: 'seat'; readonly room: Room; readonly seat: Seat };
}

/** One seat: its record, its game (always the replay of its stored log) and its connections. */
export interface Seat {
  record: SeatRecord;
  game: Game;
  /** When the current decision opened (ms). */
  decisionSince: number;
  /** Serialises this seat's choices so steps are applied and stored in order. */
  queue: Promise<void>;
  /** A timeout choice is queued. */
  autoPending: boolean;
  /** A bot seat has its next choice scheduled. */
  botScheduled: boolean;
  /** The stored log no longer replays on this server's scenario (changed without a new version): how far it did. */
  readonly broken: { readonly step: number; readonly stored: number } | null;
  readonly peers: Set<Peer>;
}

/** How fast a session's trainers may send controls (lock, pause, bots, results…): burst and per second. */
export const TRAINER_CONTROLS = { burst: 20, perSecond: 5 } as const;

/** The key two nicknames clash on: case and accents aside. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A session with its seats. */
export class Room {
  readonly seats = new Map<string, Seat>();
  readonly trainers = new Set<Peer>();
  /** When the session was paused (ms), for shifting decision clocks on resume. */
  pausedAt: number | null = null;
  /** Counts the changes the dashboard shows (moves, joins, connections, controls): a cached dashboard is current while it is unchanged. */
  changes = 0;
  private dirty = true;
  lastDashboardAt = 0;
  /** The last dashboard worked out, with the change count it shows (see dashboard.ts). */
  dashboardCache: { readonly changes: number; readonly at: number; readonly message: DashboardMessage } | null = null;
  /** Seats being stored right now (joins, bots): they count against the caps until they are in `seats`. */
  pendingSeats = 0;
  pendingBots = 0;
  /** Bot seats in `seats` (removed ones too: they keep their place, as for the seat cap). */
  private botSeats = 0;
  /** Nicknames (keys) of joins and renames being stored. */
  readonly pendingNames = new Set<string>();
  /** Since when nobody (no seat, no trainer connection) is in the room; null while someone is. */
  emptySince: number | null = null;
  /** The trainers' shared budget of controls. */
  readonly controls: TokenBucket;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private ticker: ReturnType<typeof setInterval> | null = null;
  private closedFlag = false;

  constructor(public session: SessionRecord, readonly scenario: Scenario, now: number) {
    this.controls = new TokenBucket(TRAINER_CONTROLS.burst, TRAINER_CONTROLS.perSecond, now);
  }

  /** True when something the dashboard shows changed since the trainers' last push. */
  get dashboardDirty(): boolean {
    return this.dirty;
  }

  set dashboardDirty(value: boolean) {
    if (value) this.changes++;
    this.dirty = value;
  }

  /** Who created the session (a hash of the address, kept in its stored settings), for the per-address quota. */
  get createdBy(): string | null {
    return this.session.settings.creator ?? null;
  }

  /** What every participant may see of the session. */
  view(): SessionView {
    const s = this.session;
    return {
      id: s.id, code: s.code, scenario: s.settings.scenario, version: s.settings.version, lang: s.settings.lang,
      play: s.settings.play, teams: s.settings.play === 'teams' ? (s.settings.teams ?? 2) : 0,
      decisionSeconds: s.settings.decisionSeconds ?? null, mode: s.settings.mode === 'challenge' ? 'challenge' : 'coach', locked: s.locked, paused: s.paused, hold: s.hold,
    };
  }

  /** The seed a seat plays: the room's, or with seedScope "team" one derived from the room's per team. */
  seedFor(team: number | null): number {
    const { seed, seedScope } = this.session.settings;
    return seedScope === 'team' && team !== null ? (seed + Math.imul(team + 1, 0x9e3779b1)) >>> 0 : seed;
  }

  /** The team of a new seat: the one asked for, or the smallest (counting `also`, seats about to join with it); null when playing solo. */
  teamFor(asked: number | undefined, also: readonly SeatRecord[] = []): number | null {
    const s = this.session.settings;
    if (s.play !== 'teams') return null;
    const teams = s.teams ?? 2;
    if (asked !== undefined) {
      if (asked >= teams) throw new Refusal('invalid-message', `This session has teams 0 to ${teams - 1}.`);
      return asked;
    }
    const sizes = new Array<number>(teams).fill(0);
    for (const seat of this.activeSeats()) if (seat.record.team !== null) sizes[seat.record.team] = (sizes[seat.record.team] ?? 0) + 1;
    for (const record of also) if (record.team !== null) sizes[record.team] = (sizes[record.team] ?? 0) + 1;
    return sizes.indexOf(Math.min(...sizes));
  }

  /** Adds a seat whose game is the replay of its stored choices; returns how many choices replayed. */
  addSeat(record: SeatRecord, choices: readonly ChoiceRecord[], now: number): { seat: Seat; replayed: number } {
    const log = choices.map((c) => c.choice);
    const r = replay(this.scenario, record.seed, log);
    const replayed = r.ok ? log.length : r.step;
    const seat: Seat = {
      record, game: r.game, decisionSince: now, queue: Promise.resolve(), autoPending: false, botScheduled: false,
      broken: replayed < log.length ? { step: replayed, stored: log.length } : null, peers: new Set(),
    };
    this.seats.set(record.id, seat);
    if (botPolicyOf(record)) this.botSeats++;
    return { seat, replayed };
  }

  /** True when an active seat other than `except` (or a join or rename in flight) has this nickname. */
  nicknameTaken(nickname: string, except?: Seat): boolean {
    const key = nicknameKey(nickname);
    if (this.pendingNames.has(key)) return true;
    for (const seat of this.seats.values()) if (seat !== except && !seat.record.removed && nicknameKey(seat.record.nickname) === key) return true;
    return false;
  }

  /** Every peer of the room: trainers and seats. */
  *peers(): Iterable<Peer> {
    yield* this.trainers;
    for (const seat of this.seats.values()) yield* seat.peers;
  }

  /** Seats that are not removed. */
  activeSeats(): Seat[] {
    return [...this.seats.values()].filter((s) => !s.record.removed);
  }

  /** The number of bot seats, stored or being stored. */
  botCount(): number {
    return this.botSeats + this.pendingBots;
  }

  /** True once the room was closed (deleted, expired, or the server stopped). */
  get closed(): boolean {
    return this.closedFlag;
  }

  /** Runs the room's periodic work every `intervalMs` until the room closes. */
  start(intervalMs: number, work: () => void): void {
    if (this.closedFlag || this.ticker) return;
    this.ticker = setInterval(work, intervalMs);
    this.ticker.unref?.();
  }

  /** Runs work after a delay (a bot's think time); nothing runs once the room is closed. */
  later(ms: number, run: () => void): void {
    if (this.closedFlag) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closedFlag) run();
    }, ms);
    t.unref?.();
    this.timers.add(t);
  }

  /** Stops the room's timers for good. */
  close(): void {
    this.closedFlag = true;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/** A seat's game as the server computed it. */
export function seatState(seat: Seat): SeatState {
  const st = seat.game.state;
  return {
    seat: seat.record.id, nickname: seat.record.nickname, team: seat.record.team, seed: seat.record.seed,
    log: st.log, step: st.log.length, node: st.node, money: st.money, day: st.day, status: st.status,
  };
}
