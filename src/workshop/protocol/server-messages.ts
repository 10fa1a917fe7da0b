/** Server → client messages of the workshop protocol v1 (the server builds them; clients read them). */
import type { ErrorCode } from './errors';
import type { SessionMode } from './limits';
import type { SessionSettings } from './messages';

/** The part of a session every participant may see. */
export interface SessionView {
  readonly id: string;
  readonly code: string;
  readonly scenario: string;
  readonly version: string;
  readonly lang: string;
  readonly play: 'solo' | 'teams';
  readonly teams: number;
  readonly decisionSeconds: number | null;
  /** How players get feedback (coach for sessions created before modes existed). */
  readonly mode: SessionMode;
  readonly locked: boolean;
  readonly paused: boolean;
  /** The node where seats are held for discussion, or null. */
  readonly hold: string | null;
}

/** A seat's game as the server computed it by replaying the accepted log. */
export interface SeatState {
  readonly seat: string;
  readonly nickname: string;
  readonly team: number | null;
  readonly seed: number;
  /** The accepted choice log; its length is the next step index. */
  readonly log: readonly string[];
  readonly step: number;
  readonly node: string;
  readonly money: number;
  readonly day: number;
  readonly status: 'playing' | 'ended';
}

/** One row of the trainer's live dashboard. */
export interface DashboardRow {
  readonly seat: string;
  readonly nickname: string;
  readonly team: number | null;
  readonly connected: boolean;
  readonly node: string;
  readonly stage: string | null;
  readonly money: number;
  readonly day: number;
  readonly step: number;
  /** Milliseconds on the current decision (0 once finished). */
  readonly decisionMs: number;
  readonly finished: boolean;
  /** The ending's kind once finished. */
  readonly outcome: string | null;
  readonly held: boolean;
  /** Time on the decision far above the room's median. */
  readonly stuck: boolean;
  /** A rehearsal bot played by the server (absent for people). */
  readonly bot?: 'random' | 'cautious';
  /** Export readiness so far, 0–100 (the mean of the dimensions touched), null before any; absent from older servers. */
  readonly readiness?: number | null;
  /** Mistakes so far (scored items that lost points); absent from older servers. */
  readonly mistakes?: number;
  /** The seat's stored log no longer replays on the server's scenario: it cannot play on (absent when it can). */
  readonly broken?: boolean;
}

/** One seat's inputs for the debrief and exports: replaying `log` with `seed` gives its whole game. */
export interface SeatResult {
  readonly seat: string;
  readonly nickname: string;
  readonly team: number | null;
  readonly seed: number;
  readonly log: readonly string[];
  /** When each step was stored (ms since the epoch), and whether the server took it on a timeout. */
  readonly times: readonly number[];
  readonly auto: readonly boolean[];
  readonly removed: boolean;
  /** A rehearsal bot played by the server (absent for people). */
  readonly bot?: 'random' | 'cautious';
}

type Base<T extends string> = { readonly v: 1; readonly type: T; readonly rid?: number };

/** Everything the server sends. */
export type ServerMessage =
  | (Base<'created'> & { readonly session: SessionView; readonly settings: SessionSettings; readonly trainerToken: string })
  | (Base<'trainer-welcome'> & { readonly session: SessionView })
  | (Base<'joined'> & { readonly session: SessionView; readonly state: SeatState; readonly token: string })
  | (Base<'welcome'> & { readonly session: SessionView; readonly state: SeatState })
  | (Base<'ack'> & { readonly seat: string; readonly step: number; readonly choice: string; readonly duplicate: boolean })
  | (Base<'state'> & { readonly state: SeatState; readonly auto?: boolean })
  | (Base<'session'> & { readonly session: SessionView })
  | (Base<'dashboard'> & { readonly session: SessionView; readonly rows: readonly DashboardRow[]; readonly medianDecisionMs: number; readonly at: number })
  | (Base<'results'> & { readonly session: SessionView; readonly seats: readonly SeatResult[] })
  | (Base<'reseated'> & { readonly seat: string; readonly token: string })
  | (Base<'removed'> & { readonly seat: string })
  | (Base<'deleted'> & { readonly session: string })
  | (Base<'pong'>)
  | (Base<'error'> & { readonly code: ErrorCode; readonly message: string; readonly step?: number; readonly log?: readonly string[] });

export type ServerMessageType = ServerMessage['type'];

/** Every server message type, checked against ServerMessage by the compiler (a missing or extra type does not build). */
const SERVER_TYPE_SET: { readonly [T in ServerMessageType]: true } = {
  created: true, 'trainer-welcome': true, joined: true, welcome: true, ack: true, state: true, session: true, dashboard: true,
  results: true, reseated: true, removed: true, deleted: true, pong: true, error: true,
};
export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_TYPE_SET) as readonly ServerMessageType[];
