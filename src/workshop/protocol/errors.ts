/** Typed protocol errors: every refusal the server sends carries one of these codes. */

/** Error codes of the workshop protocol, shared by server and clients. */
export const ERROR_CODES = [
  'bad-json', // not JSON, or not a JSON object
  'too-large', // the message is larger than MAX_MESSAGE_BYTES
  'unsupported-version', // v is not PROTOCOL_VERSION
  'unknown-type', // type is not a message the protocol knows
  'invalid-message', // a field is missing, has the wrong type or is out of range
  'rate-limited', // too many messages or join attempts
  'not-authorized', // a trainer control without the trainer's role, or a seat that is not yours
  'not-seated', // a seat message before join/resume
  'already-bound', // this connection already acts as a trainer or a seat
  'unknown-session', // no session with this code/token (or it expired or was deleted)
  'bad-token', // the token does not open this session or seat
  'lobby-locked', // the trainer locked the lobby
  'session-full', // the session has its maximum of seats
  'server-full', // the server has its maximum of sessions or connections
  'unknown-scenario', // no scenario with this id and version on the server
  'bad-nickname', // the nickname is not allowed
  'out-of-order', // the step is ahead of the seat's log
  'step-taken', // the step was already taken with another choice
  'choice-rejected', // the engine refused the choice (unknown, unavailable, game over)
  'paused', // the trainer paused the session
  'held', // the seat waits at a checkpoint
  'seat-removed', // the trainer removed this seat
  'storage-failed', // the choice could not be stored: not acknowledged, try again
  'seat-broken', // the seat's stored log no longer replays on the server's scenario: the trainer gives a new seat
  'nickname-taken', // another seat of the session has this nickname
  'bad-trainer-key', // creating a session on this server needs its trainer key, and it was missing or wrong
  'session-quota', // this address already has its maximum of sessions
  'too-many-trainers', // the session already has its maximum of trainer connections
  'bot-quota', // the bots of this address's sessions, or of the whole server, are at their maximum
  'internal', // a server bug; the message was not applied
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The refusals after which a seat's pending choice is not taken (and never will be as sent): the client drops it. */
export const CHOICE_CANCELS: readonly ErrorCode[] = ['step-taken', 'out-of-order', 'choice-rejected', 'paused', 'held', 'storage-failed', 'seat-removed', 'seat-broken'];

/** A refusal with a code for programs and a message for people. */
export interface ProtocolError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Builds a ProtocolError. */
export function protocolError(code: ErrorCode, message: string): ProtocolError {
  return { code, message };
}
