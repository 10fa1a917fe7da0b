/**
 * The workshop's guards in the browser: on a server with a trainer key the trainer page asks for the key once,
 * remembers it, and creates the session; a player whose join is refused as rate-limited (a busy network) sees that
 * it is retrying and gets in once the flood stops, without reloading.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { openPage, sharedBrowser } from './browser';
import { scenariosDir, scenarioUnderTest } from './scenario';

const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
const scenario = scenarioUnderTest();
const browser = sharedBrowser();
let server: RunningServer;
/** A server that refuses all but one message per second from an address (a network under a flood). */
let busy: RunningServer;
const KEY = 'ROOM-KEY-2345';
const start = (limits: Partial<typeof DEFAULT_LIMITS>) => startWorkshopServer({
  port: 0, host: '127.0.0.1', dbPath: join(mkdtempSync(join(tmpdir(), 'workshop-guard-')), 'w.db'), synchronous: 'normal', scenariosDir, staticDir: site,
  sessionTtlHours: 1, allowedOrigins: [], trainerKey: KEY, limits: { ...DEFAULT_LIMITS, ...limits },
}, { log: () => {} });

beforeAll(async () => {
  server = await start({});
  busy = await start({ addressMessagesPerSecond: 1 });
});
afterAll(async () => {
  await server?.close();
  await busy?.close();
});

it('asks the trainer for the server\'s trainer key once, and remembers it', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${server.url}?trainer=1&lang=en`);
  await page.locator('form.ws-create').waitFor();
  expect(await page.locator('input[name=trainerKey]').count()).toBe(0);
  await page.selectOption('select[name=scenario]', scenario.id);
  await page.click('button[data-action=create]');
  const key = page.getByLabel('Trainer key');
  await key.waitFor();
  expect(await page.locator('.ws-message[role=alert]').textContent()).toContain('trainer key');
  await key.fill('WRONG-KEY-0000');
  await page.click('button[data-action=create]');
  await page.locator('.ws-message[role=alert]', { hasText: 'trainer key' }).waitFor();
  expect(await page.getByLabel('Trainer key').inputValue()).toBe(''); // a wrong key is not kept
  await page.getByLabel('Trainer key').fill(KEY);
  await page.click('button[data-action=create]');
  await page.locator('.ws-code').waitFor();
  // A new session later: the key is filled in from this browser's memory.
  page.once('dialog', (d) => void d.accept());
  await page.click('button[data-action=new-session]');
  expect(await page.getByLabel('Trainer key').inputValue()).toBe(KEY);
  await page.selectOption('select[name=scenario]', scenario.id);
  await page.click('button[data-action=create]');
  await page.locator('.ws-code').waitFor();
  expect(errors).toEqual([]);
});

it('a player refused as rate-limited retries with back-off and joins once the flood stops', async () => {
  const trainer = new WebSocket(`${busy.url.replace('http', 'ws')}ws`);
  await new Promise((r) => trainer.once('open', r));
  const created = new Promise<{ session: { code: string } }>((resolve) => trainer.on('message', (d) => {
    const m = JSON.parse(String(d)) as { type: string; session: { code: string } };
    if (m.type === 'created') resolve(m);
  }));
  trainer.send(JSON.stringify({ v: 1, type: 'create', key: KEY, settings: { scenario: scenario.id, version: scenario.version, lang: 'en', seedScope: 'room', play: 'solo' } }));
  const { session } = await created;
  // Someone on the same network floods the server: every message from this address is refused for a while.
  const flood = setInterval(() => trainer.send(JSON.stringify({ v: 1, type: 'ping' })), 150);
  const { page, errors } = await openPage(browser);
  await page.goto(`${busy.url}?join=${session.code}&lang=en`);
  await page.getByText('Trying again in').waitFor();
  expect(await page.locator('[data-workshop-stopped]').count()).toBe(0);
  clearInterval(flood);
  await page.locator('.ws-lobby').waitFor({ timeout: 40_000 });
  trainer.close();
  expect(errors).toEqual([]);
});
