/** A live session in memory: its record, scenario, seats with their replayed games, and connected peers. */
import { createGame, replay, type Game } from '../../engine';
import type { Scenario } from '../../scenario';
import type { SeatState, ServerMessage, SessionView } from '../protocol';
import type { ChoiceRecord, SeatRecord, SessionRecord } from './storage';

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
  readonly peers: Set<Peer>;
}

/** A session with its seats. */
export class Room {
  readonly seats = new Map<string, Seat>();
  readonly trainers = new Set<Peer>();
  /** When the session was paused (ms), for shifting decision clocks on resume. */
  pausedAt: number | null = null;
  dashboardDirty = true;
  lastDashboardAt = 0;

  constructor(public session: SessionRecord, readonly scenario: Scenario) {}

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

  /** Adds a seat whose game is the replay of its stored choices; returns how many choices replayed. */
  addSeat(record: SeatRecord, choices: readonly ChoiceRecord[], now: number): { seat: Seat; replayed: number } {
    const log = choices.map((c) => c.choice);
    const r = replay(this.scenario, record.seed, log);
    const seat: Seat = { record, game: r.game, decisionSince: now, queue: Promise.resolve(), autoPending: false, peers: new Set() };
    this.seats.set(record.id, seat);
    return { seat, replayed: r.ok ? log.length : r.step };
  }

  /** Every peer of the room: trainers and seats. */
  *peers(): Iterable<Peer> {
    yield* this.trainers;
    for (const seat of this.seats.values()) yield* seat.peers;
  }

  /** Sends a message to every peer. */
  broadcast(message: ServerMessage): void {
    for (const p of this.peers()) p.send(message);
  }

  /** Seats that are not removed. */
  activeSeats(): Seat[] {
    return [...this.seats.values()].filter((s) => !s.record.removed);
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

/** A fresh game for a seat (no choices yet). */
export function newGame(scenario: Scenario, seed: number): Game {
  return createGame(scenario, seed);
}
