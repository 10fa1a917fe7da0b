/**
 * Hostile input: random text and mutated messages never crash the parser and always get a typed answer;
 * a choice whose write fails is never acknowledged and never taken.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, parseClientMessage, type ServerMessage } from '../../src/workshop/protocol';
import { DEFAULT_LIMITS, loadScenarioCatalog, openSqliteStorage, Workshop, type WorkshopStorage } from '../../src/workshop/server';
import { miniScenarios, miniSettings, tempDir } from './helpers';

const VALID = [
  { v: 1, type: 'choose', seat: 'abcdefghijklmnop', step: 2, choice: 'green' },
  { v: 1, type: 'join', code: 'ABCDEFG', nickname: 'Ana' },
  { v: 1, type: 'create', settings: miniSettings() },
  { v: 1, type: 'hold', node: 'ship' },
];

describe('hostile workshop messages', () => {
  it('answers any text with a message or a known error code, never an exception', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const r = parseClientMessage(text);
      expect(r.ok || ERROR_CODES.includes(r.error.code)).toBe(true);
    }), { seed: 42, numRuns: 2000 });
  });

  it('answers mutated messages (any field replaced by any JSON value) with a message or a known error code', () => {
    fc.assert(fc.property(fc.constantFrom(...VALID), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }), (base, key, value) => {
      const keys = Object.keys(base);
      const field = keys.includes(key) ? key : keys[key.length % keys.length]!;
      const r = parseClientMessage(JSON.stringify({ ...base, [field]: value }));
      if (r.ok) expect(r.message.type).toBe(base.type);
      else expect(ERROR_CODES).toContain(r.error.code);
    }), { seed: 7, numRuns: 2000 });
  });

  it('never acknowledges a choice whose write failed, and the seat stays where it was', async () => {
    const real = await openSqliteStorage(join(tempDir(), 'w.db'));
    let failWrites = false;
    const storage: WorkshopStorage = { ...real, appendChoice: (c) => (failWrites ? Promise.reject(new Error('disk full')) : real.appendChoice(c)) };
    const ws = new Workshop({ storage, scenarios: loadScenarioCatalog(miniScenarios()), limits: DEFAULT_LIMITS, sessionTtlMs: 3_600_000 });
    const peer = (id: number) => {
      const sent: ServerMessage[] = [];
      return { id, address: '127.0.0.1', role: { kind: 'none' } as never, sent, send: (m: ServerMessage) => void sent.push(m), close: () => {} };
    };
    const trainer = peer(1);
    const player = peer(2);
    await ws.handle(trainer as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    const created = trainer.sent.find((m) => m.type === 'created') as Extract<ServerMessage, { type: 'created' }>;
    await ws.handle(player as never, JSON.stringify({ v: 1, type: 'join', code: created.session.code }));
    const seat = (player.sent.find((m) => m.type === 'joined') as Extract<ServerMessage, { type: 'joined' }>).state.seat;
    failWrites = true;
    await ws.handle(player as never, JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'green', rid: 1 }));
    expect(player.sent.at(-1)).toMatchObject({ type: 'error', code: 'storage-failed', rid: 1 });
    expect(player.sent.some((m) => m.type === 'ack')).toBe(false);
    expect(ws.rooms.get(created.session.id)!.seats.get(seat)!.game.state.log).toEqual([]);
    failWrites = false;
    await ws.handle(player as never, JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'green', rid: 2 }));
    expect(player.sent.find((m) => m.type === 'ack')).toMatchObject({ step: 0, rid: 2 });
    await ws.close();
  });
});
