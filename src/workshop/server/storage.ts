/**
 * The workshop's storage interface. Every method is asynchronous so that a
 * PostgreSQL implementation can fill it later; the SQLite one (sqlite-storage.ts)
 * is the default. A promise resolves only once the write is durable (committed).
 */
import type { SessionSettings } from '../protocol';

/** A session as stored. Tokens are never stored, only their SHA-256 hashes. */
export interface SessionRecord {
  readonly id: string;
  readonly code: string;
  readonly trainerTokenHash: string;
  /** The trainer's settings with the room's seed resolved. */
  readonly settings: SessionSettings & { readonly seed: number; /** A hash of the address that created the session (its quota holds across restarts). */ readonly creator?: string };
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly locked: boolean;
  readonly paused: boolean;
  readonly hold: string | null;
}

/** A seat: one player's game in a session. */
export interface SeatRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly tokenHash: string;
  readonly nickname: string;
  readonly team: number | null;
  readonly seed: number;
  readonly joinedAt: number;
  readonly removed: boolean;
}

/** One accepted choice: the append-only log, unique per (seat, step). */
export interface ChoiceRecord {
  readonly seatId: string;
  readonly step: number;
  readonly choice: string;
  readonly at: number;
  /** Taken by the server when the decision's time ran out. */
  readonly auto: boolean;
}

/** What appending a choice did: stored, or the step already holds a choice (maybe the same one). */
export type AppendResult = { readonly stored: true } | { readonly stored: false; readonly existing: string };

/** Everything needed to restore live sessions after a restart. */
export interface StoredWorkshop {
  readonly sessions: readonly SessionRecord[];
  readonly seats: readonly SeatRecord[];
  /** Ordered by seat, then step. */
  readonly choices: readonly ChoiceRecord[];
}

export type SessionPatch = Partial<Pick<SessionRecord, 'locked' | 'paused' | 'hold' | 'expiresAt'>>;
export type SeatPatch = Partial<Pick<SeatRecord, 'nickname' | 'tokenHash' | 'removed'>>;

/** Durable storage of sessions, seats and choices. */
export interface WorkshopStorage {
  createSession(session: SessionRecord): Promise<void>;
  updateSession(id: string, patch: SessionPatch): Promise<void>;
  /** Deletes a session with its seats and choices. */
  deleteSession(id: string): Promise<void>;
  addSeat(seat: SeatRecord): Promise<void>;
  /** Adds several seats in one transaction: all of them are stored, or none. */
  addSeats(seats: readonly SeatRecord[]): Promise<void>;
  updateSeat(id: string, patch: SeatPatch): Promise<void>;
  /** Appends a choice; resolves once committed. A taken (seat, step) is reported, never overwritten. */
  appendChoice(choice: ChoiceRecord): Promise<AppendResult>;
  /** The choices of one seat, by step. */
  choicesOf(seatId: string): Promise<ChoiceRecord[]>;
  /** The sessions that have not expired at `now`, with their seats and choices. */
  loadLive(now: number): Promise<StoredWorkshop>;
  /** Deletes the sessions expired at `now` (with their data); returns their ids. */
  deleteExpired(now: number): Promise<string[]>;
  /**
   * Calls `listener` once if the storage stops storing while running (e.g. its database file was
   * deleted or replaced): from then on every write is refused and nothing is acknowledged.
   */
  onFault?(listener: (message: string) => void): void;
  close(): Promise<void>;
}
