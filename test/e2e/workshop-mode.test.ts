/**
 * A Challenge workshop in the browser: the trainer picks Challenge in the setup form; the console, the
 * player's lobby, the player's report and result code, and the live debrief all say Challenge (form and lobby pass axe).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeResultCode } from '../../src/engine';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { launch, openPage } from './browser';
import { expectNoAxeViolations } from './game';
import { scenariosDir, scenarioUnderTest } from './scenario';

const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
const scenario = scenarioUnderTest();
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({
    port: 0, host: '127.0.0.1', dbPath: join(mkdtempSync(join(tmpdir(), 'workshop-mode-')), 'workshop.db'), synchronous: 'normal', scenariosDir,
    staticDir: site, sessionTtlHours: 1, allowedOrigins: [], limits: DEFAULT_LIMITS,
  }, { log: () => {} });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Plays to the end with the first available choice, waiting for each acknowledgement. */
async function playToEnd(page: Page): Promise<void> {
  for (let step = 0; step < 200; step++) {
    await page.waitForSelector('main[data-phase="choose"] button.choice, main[data-phase="outcome"] button[data-action=continue], [data-workshop-finished]');
    if (await page.locator('[data-workshop-finished]').count()) return;
    if (await page.locator('main[data-phase="outcome"]').count()) {
      await page.click('button[data-action=continue]');
      continue;
    }
    await page.locator('li.choice-item:not(.unavailable) button.choice').first().click();
    await page.locator('.ws-status[data-workshop-status=saved]').waitFor({ state: 'attached' });
  }
  throw new Error('the game did not end within 200 steps');
}

it('a session set to Challenge is played and debriefed as Challenge', async () => {
  const trainer = await openPage(browser);
  await trainer.page.goto(`${server.url}?trainer=1&lang=en`);
  await trainer.page.locator('form.ws-create').waitFor();
  expect(await trainer.page.locator('input[name=mode][value=coach]').isChecked()).toBe(true); // the default
  await expectNoAxeViolations(trainer.page, 'workshop setup form');
  await trainer.page.selectOption('select[name=scenario]', scenario.id);
  await trainer.page.check('input[name=mode][value=challenge]');
  await trainer.page.click('button[data-action=create]');
  await trainer.page.locator('.ws-code').waitFor();
  const code = (await trainer.page.locator('.ws-code').textContent()) ?? '';
  expect(await trainer.page.locator('.ws-console .ws-mode-line').getAttribute('data-mode')).toBe('challenge');
  expect(await trainer.page.locator('.ws-console .ws-mode-line').textContent()).toContain('Challenge');

  const player = await openPage(browser);
  await player.page.goto(`${server.url}?join=${code}`);
  await player.page.locator('.ws-lobby h1').waitFor();
  expect(await player.page.locator('.ws-lobby .ws-mode-line').getAttribute('data-mode')).toBe('challenge');
  await expectNoAxeViolations(player.page, 'workshop lobby');
  await player.page.click('button[data-action=start]');
  await playToEnd(player.page);
  expect(await player.page.locator('.rp-mode').getAttribute('data-mode')).toBe('challenge');
  expect(decodeResultCode((await player.page.locator('.rp-code__value').textContent()) ?? '')?.mode).toBe('challenge');

  await trainer.page.locator('.ws-count[data-finished="1"]').waitFor();
  await trainer.page.click('button[data-action=debrief]');
  const mode = trainer.page.locator('.ws-debrief .db-mode');
  await mode.waitFor();
  expect(await mode.getAttribute('data-mode')).toBe('challenge');
  expect(await mode.textContent()).toContain('Challenge');
  // Everyone has finished, so the verdicts are shown (while anyone plays, Challenge holds them back).
  expect(await trainer.page.locator('.ws-debrief').getAttribute('data-verdicts')).toBe('true');
  expect(player.errors).toEqual([]);
  expect(trainer.errors).toEqual([]);
  await player.context.close();
  await trainer.context.close();
});
