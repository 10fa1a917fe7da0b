/** The protocol from one definition: the browser's list of server message types and the errors that cancel a pending choice. */
import { describe, expect, it } from 'vitest';
import { CHOICE_CANCELS, ERROR_CODES, SeatClient, SERVER_MESSAGE_TYPES, type ClientMessage, type ServerMessage } from '../../src/workshop/protocol';
import { readServerMessage } from '../../src/workshop/client/messages';

describe('protocol types', () => {
  it('the browser reads every server message type and nothing else', () => {
    expect(SERVER_MESSAGE_TYPES).toContain('dashboard');
    expect(new Set(SERVER_MESSAGE_TYPES).size).toBe(SERVER_MESSAGE_TYPES.length);
    for (const type of SERVER_MESSAGE_TYPES) expect(readServerMessage(JSON.stringify({ v: 1, type }))?.type).toBe(type);
    for (const type of ['create', 'shutdown', 'constructor', '__proto__']) expect(readServerMessage(JSON.stringify({ v: 1, type }))).toBeNull();
  });

  it('every error that cancels a pending choice is a protocol error, and the seat client drops the choice on each', () => {
    for (const code of CHOICE_CANCELS) {
      expect(ERROR_CODES).toContain(code);
      const sent: ClientMessage[] = [];
      const client = new SeatClient((m) => sent.push(m), { code: 'ABCDEFG' });
      client.receive({ v: 1, type: 'joined', token: 't'.repeat(43), session: null as never, state: { seat: 's', nickname: 'n', team: null, seed: 1, log: [], step: 0, node: 'a', money: 0, day: 0, status: 'playing' } });
      expect(client.choose('green')).toBe(true);
      expect(sent.at(-1)).toEqual({ v: 1, type: 'choose', seat: 's', step: 0, choice: 'green', rid: 1 });
      client.receive({ v: 1, type: 'error', code, message: '' } satisfies ServerMessage);
      expect(client.pending).toBeNull();
    }
    const client = new SeatClient(() => {}, { code: 'ABCDEFG' });
    client.receive({ v: 1, type: 'joined', token: 't'.repeat(43), session: null as never, state: { seat: 's', nickname: 'n', team: null, seed: 1, log: [], step: 0, node: 'a', money: 0, day: 0, status: 'playing' } });
    client.choose('green');
    client.receive({ v: 1, type: 'error', code: 'rate-limited', message: '' });
    expect(client.pending).not.toBeNull(); // a busy server did not refuse the choice itself
  });
});
