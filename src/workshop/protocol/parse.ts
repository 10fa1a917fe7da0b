/** Reads one client message: size, JSON, version, type, then the schema. Never throws. */
import { protocolError, type ProtocolError } from './errors';
import { MAX_MESSAGE_BYTES, PROTOCOL_VERSION } from './limits';
import { CLIENT_TYPES, ClientMessage } from './messages';

export type ParseResult =
  | { readonly ok: true; readonly message: ClientMessage }
  | { readonly ok: false; readonly error: ProtocolError; readonly rid?: number };

/** Parses and validates a raw text frame from a client. */
export function parseClientMessage(text: string): ParseResult {
  if (text.length > MAX_MESSAGE_BYTES) return fail('too-large', `A message may be at most ${MAX_MESSAGE_BYTES} bytes.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('bad-json', 'The message is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('bad-json', 'A message is a JSON object.');
  const record = data as Record<string, unknown>;
  const rid = Number.isSafeInteger(record.rid) && (record.rid as number) >= 0 ? (record.rid as number) : undefined;
  if (record.v !== PROTOCOL_VERSION) return fail('unsupported-version', `This server speaks protocol version ${PROTOCOL_VERSION}.`, rid);
  if (typeof record.type !== 'string' || !CLIENT_TYPES.includes(record.type)) return fail('unknown-type', 'Unknown message type.', rid);
  const r = ClientMessage.safeParse(data);
  if (r.success) return { ok: true, message: r.data };
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
  return fail('invalid-message', `Invalid ${record.type} message: ${where}: ${issue?.message ?? 'invalid'}.`, rid);
}

function fail(code: ProtocolError['code'], message: string, rid?: number): ParseResult {
  return rid === undefined ? { ok: false, error: protocolError(code, message) } : { ok: false, error: protocolError(code, message), rid };
}
