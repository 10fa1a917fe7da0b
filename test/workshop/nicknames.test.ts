/** Nicknames are unique within a session: on join, on rename (case and accents aside), for bots, and under concurrent requests. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/workshop/protocol';
import type { RunningServer } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number) => {
  const c = await TestClient.open(port);
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});
const code = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);

describe('nicknames in a session', () => {
  it('refuses a nickname another seat has, on join and on rename, and allows it in another session', async () => {
    server = await startTestServer(testConfig({ botThinkMs: 600_000 }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const ana = await open(server.port);
    expectType(await ana.request({ type: 'join', code: created.session.code, nickname: 'Ana' }), 'joined');
    const second = await open(server.port);
    expect(code(await second.request({ type: 'join', code: created.session.code, nickname: '  ÁNA ' }))).toBe('nickname-taken');
    const bea = expectType(await second.request({ type: 'join', code: created.session.code, nickname: 'Bea' }), 'joined');
    expect(code(await second.request({ type: 'rename', nickname: 'ana' }))).toBe('nickname-taken');
    expect(expectType(await second.request({ type: 'rename', nickname: 'BEA' }), 'state').state.nickname).toBe('BEA'); // one's own name in other letters
    expect(bea.state.seat).toBeTruthy();
    // Bots skip names people took.
    const player = await open(server.port);
    expectType(await player.request({ type: 'join', code: created.session.code, nickname: 'Bot 1' }), 'joined');
    const rows = expectType(await trainer.request({ type: 'add-bots', count: 2, policy: 'random' }), 'dashboard').rows;
    expect(rows.map((r) => r.nickname).sort()).toEqual(['Ana', 'BEA', 'Bot 1', 'Bot 2', 'Bot 3']);
    // Another session: the same name is free.
    const t2 = await open(server.port);
    const other = expectType(await t2.request({ type: 'create', settings: miniSettings() }), 'created');
    const ana2 = await open(server.port);
    expectType(await ana2.request({ type: 'join', code: other.session.code, nickname: 'Ana' }), 'joined');
  });

  it('gives one of many simultaneous joins and renames to the same name, and generated names never clash', async () => {
    server = await startTestServer();
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const players = await Promise.all(Array.from({ length: 12 }, () => open(server!.port)));
    const joins = await Promise.all(players.map((p) => p.request({ type: 'join', code: created.session.code, nickname: 'Sam' })));
    expect(joins.filter((m) => m.type === 'joined')).toHaveLength(1);
    const seated = await Promise.all(Array.from({ length: 12 }, () => open(server!.port)));
    const generated = await Promise.all(seated.map((p) => p.request({ type: 'join', code: created.session.code })));
    const names = generated.map((m) => expectType(m, 'joined').state.nickname);
    expect(new Set(names).size).toBe(12);
    const renames = await Promise.all(seated.map((p) => p.request({ type: 'rename', nickname: 'Kim' })));
    expect(renames.filter((m) => m.type === 'state')).toHaveLength(1);
    expect(new Set(renames.filter((m) => m.type === 'error').map(code))).toEqual(new Set(['nickname-taken']));
  });
});
