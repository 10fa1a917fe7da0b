/** Reading server messages in the browser: a frame is used only when it is a JSON object of protocol version 1 with a known type. */
import { SERVER_MESSAGE_TYPES, type ServerMessage } from '../protocol';

const SERVER_TYPES: ReadonlySet<string> = new Set(SERVER_MESSAGE_TYPES);

/** The server message in a text frame, or null when the frame is not one (it is then ignored). */
export function readServerMessage(text: string): ServerMessage | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as { v?: unknown; type?: unknown };
  return m.v === 1 && typeof m.type === 'string' && SERVER_TYPES.has(m.type) ? (data as ServerMessage) : null;
}

/** The workshop WebSocket address of a page: the same host, /ws, wss under https. */
export function workshopSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
