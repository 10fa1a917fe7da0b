/**
 * The server's budgets against one client loading it: rehearsal bots over every session (per creating address and
 * for the whole server, checked and reserved atomically), bot turns spread in time, dashboards worked out once per
 * change however often trainers ask or bots move, and new connections per address refused before the handshake.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/workshop/protocol';
import { botDelay, DASHBOARD_REQUEST_MS, readConfig, roomDashboard, Room, type RunningServer } from '../../src/workshop/server';
import { mini } from '../support/scenarios';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number, address?: string) => {
  const c = await TestClient.open(port, address ? { headers: { 'X-Forwarded-For': address } } : {});
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});
const code = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);
const count = (replies: ServerMessage[]) => replies.reduce<Record<string, number>>((acc, m) => ({ ...acc, [code(m)]: (acc[code(m)] ?? 0) + 1 }), {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const botsOn = (s: RunningServer) => [...s.workshop.rooms.values()].reduce((n, r) => n + r.botCount(), 0);

/** The HTTP reply to a WebSocket upgrade request that the server refuses. */
function upgradeReply(port: number, address: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/ws', headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'X-Forwarded-For': address } });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] });
    });
    req.on('upgrade', () => reject(new Error('the upgrade was accepted')));
    req.on('error', reject);
    req.end();
  });
}

async function sessionsOf(port: number, n: number, address?: string) {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const trainer = await open(port, address);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings({ seed: i + 1 }) }), 'created');
    return { trainer, created };
  }));
}

describe('bot budgets', () => {
  it('are flags with defaults: 300 on the server, 60 per address', () => {
    expect([readConfig([], {}).limits.maxBots, readConfig([], {}).limits.maxBotsPerAddress]).toEqual([300, 60]);
    const c = readConfig(['--max-bots', '500', '--max-bots-per-address', '0'], { WORKSHOP_CONNECTIONS_PER_SECOND_PER_ADDRESS: '3' });
    expect([c.limits.maxBots, c.limits.maxBotsPerAddress, c.limits.connectionsPerSecondPerAddress]).toEqual([500, 0, 3]);
    expect(() => readConfig(['--max-bots', '-1'], {})).toThrow(/maxBots/);
  });

  it('one address gets at most --max-bots-per-address over all its sessions, even with simultaneous requests', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 600_000, limits: { maxBotsPerAddress: 50, maxTrainersPerSession: 10 } }));
    const sessions = await sessionsOf(server.port, 3);
    const replies = await Promise.all(sessions.flatMap(({ trainer }) => [trainer.request({ type: 'add-bots', count: 30, policy: 'random' }), trainer.request({ type: 'add-bots', count: 30, policy: 'random' })]));
    expect(count(replies)).toEqual({ dashboard: 1, 'bot-quota': 5 });
    expect(botsOn(server)).toBe(30);
    const quota = replies.find((m) => code(m) === 'bot-quota');
    expect(quota?.type === 'error' && quota.message).toMatch(/30 of their 50 bots/);
    // What is left of the budget can be used, in any of the address's sessions; then nothing more.
    const last = sessions.find(({ created }) => server!.workshop.rooms.get(created.session.id)!.botCount() === 0)!;
    expectType(await last.trainer.request({ type: 'add-bots', count: 20, policy: 'cautious' }), 'dashboard');
    expect(expectType(await last.trainer.request({ type: 'add-bots', count: 1, policy: 'cautious' }), 'error').code).toBe('bot-quota');
    expect((await server.workshop.storage.loadLive(Date.now())).seats).toHaveLength(50);
    // Deleting a session with bots gives its share back.
    const full = sessions.find(({ created }) => server!.workshop.rooms.get(created.session.id)!.botCount() === 30)!;
    expectType(await full.trainer.request({ type: 'delete-session' }), 'deleted');
    const other = sessions.find((s) => s !== full && s !== last)!;
    expectType(await other.trainer.request({ type: 'add-bots', count: 30, policy: 'random' }), 'dashboard');
    expect(expectType(await last.trainer.request({ type: 'add-bots', count: 1, policy: 'random' }), 'error').code).toBe('bot-quota');
  });

  it('the whole server runs at most --max-bots, whoever asks', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 600_000, trustedProxies: ['127.0.0.1'], limits: { maxBots: 70, maxBotsPerAddress: 1000 } }));
    const a = await sessionsOf(server.port, 2, '10.0.0.1');
    const b = await sessionsOf(server.port, 2, '10.0.0.2');
    const replies = await Promise.all([...a, ...b].map(({ trainer }) => trainer.request({ type: 'add-bots', count: 30, policy: 'random' })));
    expect(count(replies)).toEqual({ dashboard: 2, 'bot-quota': 2 });
    expect(botsOn(server)).toBe(60);
    const refused = replies.find((m) => code(m) === 'bot-quota');
    expect(refused?.type === 'error' && refused.message).toMatch(/60 of its 70 bots/);
    const room = [...a, ...b].find(({ created }) => server!.workshop.rooms.get(created.session.id)!.botCount() === 0)!;
    expectType(await room.trainer.request({ type: 'add-bots', count: 10, policy: 'random' }), 'dashboard');
    expect(botsOn(server)).toBe(70);
  });
});

describe('bot turns', () => {
  it('are spread around the think time, so bots added together do not play in the same instant', () => {
    const delays = Array.from({ length: 60 }, (_, i) => botDelay(1500, `seat${String(i).padStart(4, '0')}`, 0));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(750);
    expect(Math.max(...delays)).toBeLessThan(2250);
    const mean = delays.reduce((x, y) => x + y, 0) / delays.length;
    expect(Math.abs(mean - 1500)).toBeLessThan(150);
    // No 50 ms window holds more than a handful of the 60 turns (in lockstep, all 60 would share one).
    const busiest = Math.max(...delays.map((d) => delays.filter((e) => e >= d && e < d + 50).length));
    expect(busiest).toBeLessThanOrEqual(8);
    // The same bot at the next step thinks for another time; the same bot and step always for the same.
    expect(botDelay(1500, 'seat0001', 1)).not.toBe(botDelay(1500, 'seat0001', 0));
    expect(botDelay(1500, 'seat0001', 3)).toBe(botDelay(1500, 'seat0001', 3));
    expect(botDelay(0, 'seat0001', 3)).toBe(0);
  });
});

describe('dashboards', () => {
  const session = { id: 'sess0001', code: 'ABCD234', trainerTokenHash: 'h', settings: { ...miniSettings(), seed: 7 }, createdAt: 0, expiresAt: 1e12, locked: false, paused: false, hold: null } as const;
  const seat = (id: string) => ({ id, sessionId: 'sess0001', tokenHash: `t${id}`, nickname: id, team: null, seed: 7, joinedAt: 0, removed: false });

  it('are worked out once per change: requests within a moment share one, a change or a second makes a new one', () => {
    const room = new Room(session as never, mini(), 0);
    room.addSeat(seat('seat0001'), [], 0);
    const first = roomDashboard(room, 1000);
    expect(roomDashboard(room, 1100)).toBe(first); // nothing changed
    room.addSeat(seat('seat0002'), [], 1150);
    room.dashboardDirty = true;
    // A trainer's request right after the change may get the one from a moment ago; a push (or a control's reply) never does.
    expect(roomDashboard(room, 1200, DASHBOARD_REQUEST_MS)).toBe(first);
    const changed = roomDashboard(room, 1200);
    expect(changed).not.toBe(first);
    expect(changed.rows).toHaveLength(2);
    expect(roomDashboard(room, 1300, DASHBOARD_REQUEST_MS)).toBe(changed);
    expect(roomDashboard(room, 1300)).toBe(changed);
    expect(roomDashboard(room, 2200).at).toBe(2200); // decision times age: a second later it is worked out again
  });

  it('are pushed to trainers at most once per room tick, however many moves the bots make', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 20 }));
    const { trainer } = (await sessionsOf(server.port, 1))[0]!;
    const pushes: number[] = [];
    trainer.ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      if (m.type === 'dashboard' && m.rid === undefined) pushes.push(Date.now());
    });
    expectType(await trainer.request({ type: 'add-bots', count: 10, policy: 'random' }), 'dashboard');
    const t0 = Date.now();
    await sleep(2100);
    const moves = [...server.workshop.rooms.values()][0]!.activeSeats().reduce((n, s) => n + s.game.state.log.length, 0);
    expect(moves).toBeGreaterThanOrEqual(15); // the bots played on: many changes
    expect(pushes.filter((t) => t >= t0).length).toBeLessThanOrEqual(3); // the room tick is 1 s
  });
});

describe('new connections per address', () => {
  it('past --connections-per-second-per-address (burst: --max-connections-per-address) are refused with 429 before the handshake; other addresses are not', async () => {
    server = await startTestServer(testConfig({ trustedProxies: ['127.0.0.1'], limits: { maxConnectionsPerAddress: 5, connectionsPerSecondPerAddress: 0.5 } }));
    for (let i = 0; i < 5; i++) (await open(server.port, '10.0.0.9')).close();
    const burstUsed = Date.now();
    const refused = await upgradeReply(server.port, '10.0.0.9');
    expect([refused.status, refused.retryAfter]).toEqual([429, '1']);
    const other = await open(server.port, '10.0.0.10');
    expectType(await other.request({ type: 'ping' }), 'pong');
    await sleep(Math.max(0, 2100 - (Date.now() - burstUsed))); // one new connection every 2 s
    const again = await open(server.port, '10.0.0.9');
    expectType(await again.request({ type: 'ping' }), 'pong');
  });
});
