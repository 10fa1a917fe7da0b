/**
 * The player's side of the protocol as a small state machine, independent of
 * the transport (the browser's WebSocket, or a test's): it joins or resumes,
 * sends one choice at a time with its step index, and after a reconnect
 * resends the choice that was not acknowledged. Resending is safe: the server
 * acknowledges a stored (seat, step, choice) again without taking it twice.
 */
import { CHOICE_CANCELS, type ErrorCode } from './errors';
import type { ClientMessage } from './messages';
import type { SeatState, ServerMessage, SessionView } from './server-messages';

/** What the seat client tells its host. */
export interface SeatClientEvents {
  /** The accepted log changed (after join/resume, an ack, or a push). */
  readonly onState?: (state: SeatState, session: SessionView | null) => void;
  /** The server refused something (a refused choice is no longer pending). */
  readonly onError?: (code: ErrorCode, message: string) => void;
}

/** A seat's connection logic: call `hello()` on every (re)connect and `receive()` for every server message. */
export class SeatClient {
  token: string | null;
  seat: string | null = null;
  session: SessionView | null = null;
  /** The last state the server sent (its log is the accepted log). */
  state: SeatState | null = null;
  /** A choice sent and not yet acknowledged. */
  pending: { readonly step: number; readonly choice: string } | null = null;
  private rid = 1;

  constructor(private send: (message: ClientMessage) => void, private readonly join: { code: string; nickname?: string } | null, token: string | null = null, private readonly events: SeatClientEvents = {}) {
    this.token = token;
  }

  /** Uses a new connection's send function (after a reconnect). */
  attach(send: (message: ClientMessage) => void): void {
    this.send = send;
  }

  /** Sends resume (with a token) or join; call it whenever the connection opens. */
  hello(): void {
    if (this.token) this.send({ v: 1, type: 'resume', token: this.token, rid: this.rid++ });
    else if (this.join) this.send({ v: 1, type: 'join', code: this.join.code, ...(this.join.nickname ? { nickname: this.join.nickname } : {}), rid: this.rid++ });
  }

  /** Sends a choice for the next step; false when one is still waiting for its ack or the seat is not known yet. */
  choose(choice: string): boolean {
    if (this.pending || !this.state) return false;
    this.pending = { step: this.state.step, choice };
    this.sendPending();
    return true;
  }

  /** Sends the pending choice again (after the server was too busy to take it). */
  resend(): void {
    this.sendPending();
  }

  /** Handles one server message. */
  receive(m: ServerMessage): void {
    switch (m.type) {
      case 'joined':
        this.token = m.token;
        this.adopt(m.state, m.session);
        return;
      case 'welcome':
        this.adopt(m.state, m.session);
        if (this.pending) {
          // After a reconnect: the pending choice was stored (and only its ack was lost), or it must be sent again.
          if (m.state.log[this.pending.step] === this.pending.choice) this.pending = null;
          else if (m.state.step === this.pending.step) this.sendPending();
          else this.pending = null;
        }
        return;
      case 'ack':
        if (this.pending && m.step === this.pending.step && m.choice === this.pending.choice) this.pending = null;
        return;
      case 'state':
        this.adopt(m.state, this.session);
        if (this.pending && m.state.step > this.pending.step) this.pending = null;
        return;
      case 'session':
        this.session = m.session;
        if (this.state) this.events.onState?.(this.state, this.session);
        return;
      case 'error':
        if (this.pending && CHOICE_CANCELS.includes(m.code)) this.pending = null;
        if (m.code === 'bad-token' || m.code === 'seat-removed') this.token = null;
        this.events.onError?.(m.code, m.message);
        return;
      default:
        return;
    }
  }

  private adopt(state: SeatState, session: SessionView | null): void {
    this.state = state;
    this.seat = state.seat;
    this.session = session;
    this.events.onState?.(state, session);
  }

  private sendPending(): void {
    if (!this.pending || !this.seat) return;
    this.send({ v: 1, type: 'choose', seat: this.seat, step: this.pending.step, choice: this.pending.choice, rid: this.rid++ });
  }
}
