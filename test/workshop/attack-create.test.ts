/**
 * Finding 1: anyone could fill the session table. Creating a session needs the trainer key whenever the server
 * listens beyond loopback; one address has a quota of sessions; sessions nobody joined expire quickly, also after a restart.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/workshop/protocol';
import { DEFAULT_LIMITS, loadScenarioCatalog, openSqliteStorage, readConfig, Workshop, type RunningServer } from '../../src/workshop/server';
import { expectType, miniScenarios, miniSettings, startTestServer, TestClient, tempDir, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number, headers?: Record<string, string>) => {
  const c = await TestClient.open(port, headers ? { headers } : {});
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});

const code = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);

describe('creating sessions', () => {
  it('needs a trainer key when the server listens beyond loopback: drawn at start unless given', () => {
    const lan = readConfig(['--host', '0.0.0.0'], {});
    expect(lan.trainerKey).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(readConfig(['--host', '0.0.0.0'], {}).trainerKey).not.toBe(lan.trainerKey);
    expect(readConfig([], {}).trainerKey).toBeNull();
    expect(readConfig(['--host', '::1'], {}).trainerKey).toBeNull();
    expect(readConfig(['--host', '192.168.1.20'], { WORKSHOP_TRAINER_KEY: 'room-42-key' }).trainerKey).toBe('room-42-key');
    expect(readConfig(['--trainer-key', 'local-key-9'], {}).trainerKey).toBe('local-key-9');
    expect(() => readConfig(['--trainer-key', 'short'], {})).toThrow(/8 to 200/);
  });

  it('refuses create without the key or with a wrong one, and creates with it', async () => {
    server = await startTestServer(testConfig({ trainerKey: 'ABCD-EFGH-JKMN' }));
    const c = await open(server.port);
    expect(code(await c.request({ type: 'create', settings: miniSettings() }))).toBe('bad-trainer-key');
    expect(code(await c.request({ type: 'create', settings: miniSettings(), key: 'ABCD-EFGH-JKMM' }))).toBe('bad-trainer-key');
    const created = expectType(await c.request({ type: 'create', settings: miniSettings(), key: 'ABCD-EFGH-JKMN' }), 'created');
    // Players still join with the code alone.
    const p = await open(server.port);
    expectType(await p.request({ type: 'join', code: created.session.code }), 'joined');
  });

  it('a flood of creates from one address stops at its quota; a trainer elsewhere still creates', async () => {
    server = await startTestServer(testConfig({ trustedProxies: ['127.0.0.1'], limits: { maxSessionsPerAddress: 3, maxSessions: 10 } }));
    const attacker = await Promise.all(Array.from({ length: 20 }, () => open(server!.port, { 'X-Forwarded-For': '203.0.113.9' })));
    const replies = await Promise.all(attacker.map((c) => c.request({ type: 'create', settings: miniSettings() })));
    expect(replies.filter((m) => m.type === 'created')).toHaveLength(3);
    expect(new Set(replies.filter((m) => m.type === 'error').map(code))).toEqual(new Set(['session-quota']));
    const trainer = await open(server.port, { 'X-Forwarded-For': '198.51.100.7' });
    expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    expect(server.workshop.rooms.size).toBe(4);
  });

  it('keeps an address\'s quota across a restart, without storing the address itself', async () => {
    const dbPath = join(tempDir(), 'w.db');
    const make = async () => new Workshop({
      storage: await openSqliteStorage(dbPath), scenarios: loadScenarioCatalog(miniScenarios()), limits: { ...DEFAULT_LIMITS, maxSessionsPerAddress: 2 }, sessionTtlMs: 3_600_000,
    });
    const peer = (address: string) => {
      const sent: ServerMessage[] = [];
      return { id: 1, address, role: { kind: 'none' } as never, sent, send: (m: ServerMessage) => void sent.push(m), close: () => {} };
    };
    let ws = await make();
    for (let i = 0; i < 2; i++) await ws.handle(peer('203.0.113.9') as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    await ws.close();
    ws = await make();
    await ws.restore();
    const again = peer('203.0.113.9');
    await ws.handle(again as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    expect(again.sent.map(code)).toEqual(['session-quota']);
    const elsewhere = peer('198.51.100.7');
    await ws.handle(elsewhere as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    expect(elsewhere.sent.map(code)).toEqual(['created']);
    const stored = JSON.stringify(await ws.storage.loadLive(Date.now()));
    expect(stored).not.toContain('203.0.113.9');
    await ws.close();
  });

  it('deletes a session nobody joined once no trainer has had it open for a while, also one restored after a restart', async () => {
    const dbPath = join(tempDir(), 'w.db');
    let clock = 5_000_000;
    const make = async () => new Workshop({
      storage: await openSqliteStorage(dbPath), scenarios: loadScenarioCatalog(miniScenarios()), limits: { ...DEFAULT_LIMITS, emptySessionMinutes: 15 },
      sessionTtlMs: 24 * 3_600_000, now: () => clock,
    });
    const peer = (id: number) => {
      const sent: ServerMessage[] = [];
      return { id, address: '127.0.0.1', role: { kind: 'none' } as never, sent, send: (m: ServerMessage) => void sent.push(m), close: () => {} };
    };
    let ws = await make();
    const trainer = peer(1);
    const other = peer(2);
    await ws.handle(trainer as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    await ws.handle(other as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    const joinedCode = (other.sent[0] as Extract<ServerMessage, { type: 'created' }>).session.code;
    await ws.handle(peer(3) as never, JSON.stringify({ v: 1, type: 'join', code: joinedCode }));
    ws.disconnect(trainer as never);
    ws.disconnect(other as never);
    await ws.tick();
    clock += 14 * 60_000;
    await ws.tick();
    expect(ws.rooms.size).toBe(2);
    clock += 2 * 60_000;
    await ws.tick();
    expect([...ws.rooms.values()].map((r) => r.session.code)).toEqual([joinedCode]); // the one with a seat stays
    await ws.close();

    // A flood restored after a restart: empty sessions go too.
    ws = await make();
    for (let i = 0; i < 5; i++) await ws.handle(peer(10 + i) as never, JSON.stringify({ v: 1, type: 'create', settings: miniSettings() }));
    await ws.close();
    ws = await make();
    expect((await ws.restore()).sessions).toBe(6);
    await ws.tick();
    clock += 16 * 60_000;
    await ws.tick();
    expect(ws.rooms.size).toBe(1);
    expect((await ws.storage.loadLive(clock)).sessions.map((s) => s.code)).toEqual([joinedCode]);
    await ws.close();
  });
});
