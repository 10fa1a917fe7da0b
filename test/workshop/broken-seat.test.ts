/**
 * A seat whose stored log no longer replays (the scenario changed on the server without a new version): after a
 * restart the seat is stopped with a clear error (never "step taken" forever), and the trainer's dashboard flags it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('a seat whose stored game no longer replays', () => {
  it('is stopped with seat-broken, which the player and the trainer see', async () => {
    const config = testConfig({ port: 0 });
    server = await startTestServer(config);
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const player = await open(server.port);
    const joined = expectType(await player.request({ type: 'join', code: created.session.code }), 'joined');
    const seat = joined.state.seat;
    const other = await open(server.port);
    const fine = expectType(await other.request({ type: 'join', code: created.session.code }), 'joined');
    expectType(await player.request({ type: 'choose', seat, step: 0, choice: 'green' }), 'ack');
    expectType(await player.request({ type: 'choose', seat, step: 1, choice: 'apply' }), 'ack');
    expectType(await other.request({ type: 'choose', seat: fine.state.seat, step: 0, choice: 'roasted' }), 'ack');
    for (const c of clients.splice(0)) c.close();
    await server.close();

    // The author renames a choice and ships the same version: the stored "apply" no longer exists.
    const file = join(config.scenariosDir, 'mini', 'scenario.json');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"apply"', '"apply-now"'));
    const lines: string[] = [];
    const { startWorkshopServer } = await import('../../src/workshop/server');
    server = await startWorkshopServer(config, { log: (l) => lines.push(l) });
    expect(lines.some((l) => l.includes(seat) && l.includes('only 1 of 2'))).toBe(true);

    const back = await open(server.port);
    const welcome = expectType(await back.request({ type: 'resume', token: joined.token }), 'welcome');
    expect(welcome.state.log).toEqual(['green']);
    expect((await back.next('error')).code).toBe('seat-broken');
    const refused = expectType(await back.request({ type: 'choose', seat, step: 1, choice: 'skip' }), 'error');
    expect(refused.code).toBe('seat-broken');
    expect(refused.message).toMatch(/1 of 2/);

    const t = await open(server.port);
    expectType(await t.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    const rows = expectType(await t.request({ type: 'dashboard' }), 'dashboard').rows;
    expect(rows.find((r) => r.seat === seat)?.broken).toBe(true);
    expect(rows.find((r) => r.seat === fine.state.seat)?.broken).toBeUndefined();
    // The other seat plays on.
    const o = await open(server.port);
    expectType(await o.request({ type: 'resume', token: fine.token }), 'welcome');
    expectType(await o.request({ type: 'choose', seat: fine.state.seat, step: 1, choice: 'skip' }), 'ack');
  });
});
