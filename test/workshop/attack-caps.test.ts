/**
 * Finding 2: caps broken by concurrent requests. Seats, sessions, bots per session and trainer connections per
 * session are checked and reserved atomically: a burst of simultaneous requests never passes a cap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BOTS, type ServerMessage } from '../../src/workshop/protocol';
import type { RunningServer } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number) => {
  const c = await TestClient.open(port);
  clients.push(c);
  return c;
};
const openMany = (n: number) => Promise.all(Array.from({ length: n }, () => open(server!.port)));
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});
const code = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);
const count = (replies: ServerMessage[]) => replies.reduce<Record<string, number>>((acc, m) => ({ ...acc, [code(m)]: (acc[code(m)] ?? 0) + 1 }), {});

describe('caps under concurrent requests', () => {
  it('forty simultaneous joins with --max-seats 5 give five seats', async () => {
    server = await startTestServer(testConfig({ limits: { maxSeatsPerSession: 5 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const players = await openMany(40);
    const replies = await Promise.all(players.map((p) => p.request({ type: 'join', code: created.session.code })));
    expect(count(replies)).toEqual({ joined: 5, 'session-full': 35 });
    expect(server.workshop.rooms.get(created.session.id)!.seats.size).toBe(5);
    expect((await server.workshop.storage.loadLive(Date.now())).seats).toHaveLength(5);
  });

  it('forty simultaneous creates with --max-sessions 5 give five sessions', async () => {
    server = await startTestServer(testConfig({ limits: { maxSessions: 5, maxSessionsPerAddress: 100 } }));
    const trainers = await openMany(40);
    const replies = await Promise.all(trainers.map((t) => t.request({ type: 'create', settings: miniSettings() })));
    expect(count(replies)).toEqual({ created: 5, 'server-full': 35 });
    expect((await server.workshop.storage.loadLive(Date.now())).sessions).toHaveLength(5);
  });

  it(`ten simultaneous "add 60 bots" from several trainer connections give at most ${MAX_BOTS} bots`, async () => {
    server = await startTestServer(testConfig({ botThinkMs: 600_000, limits: { maxTrainersPerSession: 10 } }));
    const first = await open(server.port);
    const created = expectType(await first.request({ type: 'create', settings: miniSettings() }), 'created');
    const others = await openMany(4);
    for (const t of others) expectType(await t.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    const trainers = [first, ...others];
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => trainers[i % trainers.length]!.request({ type: 'add-bots', count: 60, policy: 'random' })));
    expect(count(replies)).toEqual({ dashboard: 1, 'invalid-message': 9 });
    const seats = [...server.workshop.rooms.get(created.session.id)!.seats.values()];
    expect(seats).toHaveLength(MAX_BOTS);
    expect(new Set(seats.map((s) => s.record.nickname)).size).toBe(MAX_BOTS);
  });

  it('bots and joins racing for the last seats never pass the seat cap', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 600_000, limits: { maxSeatsPerSession: 12 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const players = await openMany(10);
    const replies = await Promise.all([
      trainer.request({ type: 'add-bots', count: 8, policy: 'cautious' }),
      ...players.map((p) => p.request({ type: 'join', code: created.session.code })),
    ]);
    const seats = server.workshop.rooms.get(created.session.id)!.seats.size;
    expect(seats).toBeLessThanOrEqual(12);
    const bots = code(replies[0]!) === 'dashboard' ? 8 : 0;
    expect(seats).toBe(bots + replies.slice(1).filter((m) => m.type === 'joined').length);
  });

  it('a session takes at most --max-trainers-per-session trainer connections, even when they arrive at once', async () => {
    server = await startTestServer(testConfig({ limits: { maxTrainersPerSession: 3 } }));
    const first = await open(server.port);
    const created = expectType(await first.request({ type: 'create', settings: miniSettings() }), 'created');
    const more = await openMany(10);
    const replies = await Promise.all(more.map((t) => t.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken })));
    expect(count(replies)).toEqual({ 'trainer-welcome': 2, 'too-many-trainers': 8 });
    // A closed connection frees its place.
    const welcomed = more.filter((_, i) => replies[i]!.type === 'trainer-welcome');
    welcomed[0]!.close();
    await welcomed[0]!.whenClosed();
    await new Promise((r) => setTimeout(r, 50));
    const late = await open(server.port);
    expectType(await late.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
  });
});
