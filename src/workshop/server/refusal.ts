/** Refusals: what a handler throws to answer a peer with a typed error message instead of doing the work. */
import type { ErrorCode, ServerMessage } from '../protocol';

/** Details an error message may carry: the seat's next step and accepted log (after a choice refusal). */
export interface RefusalExtra {
  readonly step?: number;
  readonly log?: readonly string[];
}

/** A refusal thrown by a handler and sent to the peer as an error message; `close` also ends the connection. */
export class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly extra: RefusalExtra = {}, readonly close = false) {
    super(message);
  }
}

/** An error message. */
export function errorMessage(code: ErrorCode, message: string, rid?: number, extra: RefusalExtra = {}): ServerMessage {
  return { v: 1, type: 'error', code, message, ...(rid !== undefined ? { rid } : {}), ...extra };
}

/** The rid of a request, to echo in its reply. */
export function rid(m: { rid?: number | undefined }): { rid?: number } {
  return m.rid !== undefined ? { rid: m.rid } : {};
}
