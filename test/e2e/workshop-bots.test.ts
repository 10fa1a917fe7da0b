/**
 * Rehearsal in the browser: the trainer adds three cautious bots from the console; they show in the
 * live table marked as bots and play to the end on the server.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { launch, openPage } from './browser';
import { scenariosDir, scenarioUnderTest } from './scenario';

const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
const scenario = scenarioUnderTest();
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({
    port: 0, host: '127.0.0.1', dbPath: join(mkdtempSync(join(tmpdir(), 'workshop-bots-e2e-')), 'workshop.db'), synchronous: 'normal',
    scenariosDir, staticDir: site, sessionTtlHours: 1, allowedOrigins: [], limits: DEFAULT_LIMITS, botThinkMs: 5,
  }, { log: () => {} });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a trainer fills the room with bots from the console and they play to the end', async () => {
  const trainer = await openPage(browser);
  await trainer.page.goto(`${server.url}?trainer=1&lang=en`);
  await trainer.page.locator('form.ws-create').waitFor();
  await trainer.page.selectOption('select[name=scenario]', scenario.id);
  await trainer.page.click('button[data-action=create]');
  await trainer.page.locator('.ws-code').waitFor();
  await trainer.page.fill('input[name=bots]', '3');
  await trainer.page.selectOption('select[name=policy]', 'cautious');
  await trainer.page.click('button[data-action=add-bots]');
  await trainer.page.locator('tr[data-bot=cautious][data-status=finished]').nth(2).waitFor();
  expect(await trainer.page.locator('tr[data-bot]').count()).toBe(3);
  expect(await trainer.page.locator('tr[data-bot] th').allTextContents()).toEqual(['Bot 1 (bot)', 'Bot 2 (bot)', 'Bot 3 (bot)']);
  expect(await trainer.page.locator('tr[data-bot] button[data-action=reseat]').count()).toBe(0);
});
