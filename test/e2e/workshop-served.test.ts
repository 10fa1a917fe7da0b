/**
 * The built game served by the workshop server as `npm start` serves it (brotli, ETags, security headers
 * with a strict Content-Security-Policy), played in Chromium: a full game with the world drawn, the HS
 * explorer and the report; the trainer page with its WebSocket and QR code; offline play through the
 * service worker — with no CSP violation anywhere. And framing: another origin may embed the game only
 * when --frame-ancestors names it.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { openPage, sharedBrowser } from './browser';
import { waitForScene } from './game';
import { planRoute, scenariosDir, scenarioUnderTest } from './scenario';

const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
const scenario = scenarioUnderTest();
const browser = sharedBrowser();
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function serve(frameAncestors: string[] = []): Promise<RunningServer> {
  const server = await startWorkshopServer({
    port: 0, host: '127.0.0.1', dbPath: join(mkdtempSync(join(tmpdir(), 'served-e2e-')), 'workshop.db'), synchronous: 'normal',
    scenariosDir, staticDir: site, sessionTtlHours: 1, allowedOrigins: [], frameAncestors, limits: DEFAULT_LIMITS,
  }, { log: () => {} });
  servers.push(server);
  await server.compressed; // every brotli copy made, as after the first start of a build
  return server;
}

/** Records CSP violations reported to the page (also shown as console errors, which openPage collects). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

it('plays a whole game, with the world, the HS explorer and the report, under the CSP and without a violation', async () => {
  const server = await serve();
  const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
  const violations = await watchViolations(page);
  const encodings = new Map<string, string>();
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) encodings.set(r.url(), r.headers()['content-encoding'] ?? 'identity');
  });
  const response = await page.goto(`${server.url}?scenario=${scenario.id}&lang=en&seed=11`);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  await waitForScene(page);
  await page.locator('.world.ready').waitFor({ timeout: 60_000 }); // Phaser drew the world (blob: and data: images)
  expect([...encodings.values()].length).toBeGreaterThan(3);
  expect(new Set(encodings.values())).toEqual(new Set(['br']));

  const route = planRoute(scenario, 11, (k) => k === 'success') ?? [];
  const game = createGame(scenario, 11);
  let openedHs = false;
  for (const choice of route) {
    await page.locator('main[data-phase="choose"] section.scene').waitFor();
    if (game.view().decision === 'hs' && !openedHs) {
      openedHs = true;
      await page.locator('button[data-action="hs-explorer"]').click();
      await page.locator('dialog.hs-dialog input[type="search"]').fill('coffee');
      await page.locator('dialog.hs-dialog input[type="search"]').press('Enter');
      await page.locator('dialog.hs-dialog .hs-results, dialog.hs-dialog .hs-status').first().waitFor();
      await page.keyboard.press('Escape');
    }
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    game.choose(choice);
    await page.locator('main button[data-action="continue"]').click();
  }
  // The report's bars get their widths through their style objects: the CSP allows no style attribute.
  const bars = page.locator('.rp-bar__fill, .rp-meter > span');
  await bars.first().waitFor({ state: 'attached', timeout: 60_000 });
  const widths = await bars.evaluateAll((els) => els.map((e) => (e as HTMLElement).style.inlineSize));
  expect(widths.length).toBeGreaterThan(0);
  expect(widths.every((w) => /%$/.test(w))).toBe(true);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('runs the trainer page (WebSocket, QR code) and plays offline through the service worker under the CSP', async () => {
  const server = await serve();
  const trainer = await openPage(browser);
  const trainerViolations = await watchViolations(trainer.page);
  await trainer.page.goto(`${server.url}?trainer=1&lang=en`);
  await trainer.page.locator('form.ws-create').waitFor();
  await trainer.page.selectOption('select[name=scenario]', scenario.id);
  await trainer.page.click('button[data-action=create]');
  await trainer.page.locator('.ws-qr svg[role=img]').waitFor();
  expect(await trainerViolations()).toEqual([]);
  // The offline debrief page too (its own chunk and styles).
  await trainer.page.goto(`${server.url}?debrief=1&lang=en`);
  await trainer.page.locator('textarea.db-codes').waitFor();
  expect(await trainerViolations()).toEqual([]);
  expect(trainer.errors).toEqual([]);
  await trainer.context.close();

  const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 }, { serviceWorkers: 'allow' });
  const violations = await watchViolations(page);
  await page.goto(`${server.url}?scenario=${scenario.id}&lang=en&seed=4`);
  await waitForScene(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  expect(await waitForScene(page)).toBe(scenario.start);
  await page.locator('button.choice').first().click();
  await page.locator('main[data-phase="outcome"] section.outcome').waitFor();
  expect(await violations()).toEqual([]);
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.close();
});

it('lets another origin frame the game only when --frame-ancestors names it', async () => {
  const lms: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>LMS</title><iframe name="game" src="${target.replace(/"/g, '')}"></iframe>`);
  });
  await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve));
  const lmsOrigin = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`;
  try {
    // The game is reached as localhost, the LMS as 127.0.0.1: two origins.
    const framed = async (server: RunningServer) => {
      const { page, context } = await openPage(browser);
      const gameUrl = `http://localhost:${server.port}/?lang=en`;
      await page.goto(`${lmsOrigin}/?src=${encodeURIComponent(gameUrl)}`);
      const frame = page.frame({ name: 'game' });
      const shown = await frame?.locator('#app').count().catch(() => 0) ?? 0;
      await context.close();
      return shown > 0;
    };
    expect(await framed(await serve())).toBe(false);
    const embeddable = await serve([lmsOrigin]);
    expect(await framed(embeddable)).toBe(true);
  } finally {
    await new Promise<void>((resolve) => lms.close(() => resolve()));
  }
});
