/**
 * Finding 5: sockets and controls. A WebSocket that never joins is closed after a while (so idle sockets cannot
 * fill the connection table), a connection that stops answering pings is dropped, and a session's trainers share
 * a rate budget for controls.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/workshop/protocol';
import type { RunningServer } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number, options: { autoPong?: boolean } = {}) => {
  const c = await TestClient.open(port, options);
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});

describe('sockets and controls', () => {
  it('closes connections that never join, and frees their places for new players', async () => {
    server = await startTestServer(testConfig({ limits: { unboundSeconds: 0.3, maxConnectionsPerAddress: 5 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const idle = await Promise.all(Array.from({ length: 4 }, () => open(server!.port)));
    await expect(TestClient.open(server.port)).rejects.toThrow(/503/); // the address is at its cap
    for (const c of idle) expect((await c.whenClosed()).code).toBe(4008);
    await new Promise((r) => setTimeout(r, 50));
    const player = await open(server.port);
    expectType(await player.request({ type: 'join', code: created.session.code }), 'joined');
    await new Promise((r) => setTimeout(r, 500));
    expect(player.closed).toBeNull(); // a joined connection stays
    expect(trainer.closed).toBeNull();
  });

  it('drops a connection that stops answering pings, and keeps one that answers', async () => {
    server = await startTestServer(testConfig({ limits: { heartbeatSeconds: 0.2, unboundSeconds: 60 } }));
    const silent = await open(server.port, { autoPong: false });
    const live = await open(server.port);
    const t0 = Date.now();
    await silent.whenClosed();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(live.closed).toBeNull();
    expectType(await live.request({ type: 'ping' }), 'pong');
  });

  it('rate-limits trainer controls per session, shared by all its trainer connections', async () => {
    server = await startTestServer(testConfig({ limits: { messagesPerSecond: 1000, addressMessagesPerSecond: 100_000 } }));
    const first = await open(server.port);
    const created = expectType(await first.request({ type: 'create', settings: miniSettings() }), 'created');
    const second = await open(server.port);
    expectType(await second.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    const replies: ServerMessage[] = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? first : second).request({ type: 'lock', locked: i % 4 < 2 })));
    const limited = replies.filter((m) => m.type === 'error' && m.code === 'rate-limited').length;
    const done = replies.filter((m) => m.type === 'session').length;
    expect(done + limited).toBe(60);
    expect(done).toBeGreaterThanOrEqual(20); // the burst
    expect(done).toBeLessThan(30);
    await new Promise((r) => setTimeout(r, 1100)); // the budget refills (5 per second)
    expect(expectType(await first.request({ type: 'pause', paused: true }), 'session').session.paused).toBe(true);
  });
});
