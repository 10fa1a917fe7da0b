/**
 * The trainer's view of a session, reduced from server messages: the session,
 * the dashboard rows, the latest results and the latest refusal. Pure: the
 * trainer screens render it, tests feed it messages.
 */
import type { DashboardRow, ErrorCode, SeatResult, ServerMessage, SessionView } from '../protocol';

/** Everything the trainer's screens show. */
export interface TrainerState {
  readonly session: SessionView | null;
  readonly rows: readonly DashboardRow[];
  readonly medianDecisionMs: number;
  readonly results: readonly SeatResult[] | null;
  readonly error: { readonly code: ErrorCode; readonly message: string } | null;
  /** The session was deleted (or expired). */
  readonly deleted: boolean;
  /** A new token from a re-seat, to hand to that player. */
  readonly reseated: { readonly seat: string; readonly token: string } | null;
}

/** The state before any message. */
export const EMPTY_TRAINER_STATE: TrainerState = { session: null, rows: [], medianDecisionMs: 0, results: null, error: null, deleted: false, reseated: null };

/** The trainer state after one server message. */
export function reduceTrainer(state: TrainerState, m: ServerMessage): TrainerState {
  switch (m.type) {
    case 'created':
    case 'trainer-welcome':
      return { ...state, session: m.session, error: null, deleted: false };
    case 'session':
      return { ...state, session: m.session };
    case 'dashboard':
      return { ...state, session: m.session, rows: m.rows, medianDecisionMs: m.medianDecisionMs };
    case 'results':
      return { ...state, session: m.session, results: m.seats };
    case 'reseated':
      return { ...state, reseated: { seat: m.seat, token: m.token } };
    case 'deleted':
      return { ...EMPTY_TRAINER_STATE, deleted: true };
    case 'error':
      return { ...state, error: { code: m.code, message: m.message } };
    default:
      return state;
  }
}

/** A dashboard row as shown: its status, and its time on the decision in whole seconds. */
export interface SeatLine {
  readonly seat: string;
  readonly nickname: string;
  readonly team: number | null;
  readonly stage: string | null;
  readonly money: number;
  readonly day: number;
  readonly step: number;
  readonly seconds: number;
  /** broken: the seat's stored game no longer replays on the server's scenario; it cannot play on. */
  readonly status: 'broken' | 'finished' | 'held' | 'stuck' | 'playing';
  readonly outcome: string | null;
  readonly connected: boolean;
  /** A rehearsal bot's playing style (absent for people). */
  readonly bot?: 'random' | 'cautious';
}

/** The rows in display order: broken and stuck first (they need the trainer), then playing, held, finished; by nickname within. */
export function seatLines(rows: readonly DashboardRow[]): SeatLine[] {
  const order = { broken: 0, stuck: 1, playing: 2, held: 3, finished: 4 } as const;
  return rows
    .map((r): SeatLine => ({
      seat: r.seat, nickname: r.nickname, team: r.team, stage: r.stage, money: r.money, day: r.day, step: r.step,
      seconds: Math.floor(r.decisionMs / 1000),
      status: r.broken ? 'broken' : r.finished ? 'finished' : r.held ? 'held' : r.stuck ? 'stuck' : 'playing',
      outcome: r.outcome, connected: r.connected, ...(r.bot ? { bot: r.bot } : {}),
    }))
    .sort((a, b) => order[a.status] - order[b.status] || a.nickname.localeCompare(b.nickname) || a.seat.localeCompare(b.seat));
}

/** Counts for the projector: seats joined, finished, stuck. */
export function roomCounts(rows: readonly DashboardRow[]): { joined: number; finished: number; stuck: number } {
  return { joined: rows.length, finished: rows.filter((r) => r.finished).length, stuck: rows.filter((r) => r.stuck).length };
}
