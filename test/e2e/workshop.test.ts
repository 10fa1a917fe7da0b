/**
 * A workshop in the browser, against the real workshop server (in this process, port 0, serving the
 * e2e build): a trainer creates a session at ?trainer=1 and sees the join code, link and QR; three
 * players join in separate browser contexts with ?join=CODE (one renames), play to the end; one
 * reloads mid-game and continues at the same scene; a pause covers a player's screen; the trainer's
 * table shows three finished seats, the debrief shows three players, and the CSV has one row per
 * stored choice, pseudonymous. And: a choice made while the server is down is resent and stored
 * after it restarts; the trainer moves a seat to a new device; deleting the session ends it for players.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { launch, openPage } from './browser';
import { scenariosDir, scenarioUnderTest } from './scenario';

const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
const scenario = scenarioUnderTest();
let browser: Browser;
let server: RunningServer;
const dbPath = join(mkdtempSync(join(tmpdir(), 'workshop-e2e-')), 'workshop.db');
const start = (port: number) => startWorkshopServer({
  port, host: '127.0.0.1', dbPath, synchronous: 'normal', scenariosDir, staticDir: site, sessionTtlHours: 1, allowedOrigins: [], limits: DEFAULT_LIMITS,
}, { log: () => {} });

beforeAll(async () => {
  server = await start(0);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Plays to the end, taking the `pick`-th available choice (modulo), waiting for each acknowledgement; reloads once after `reloadAfter` choices. */
async function playToEnd(page: Page, pick: number, reloadAfter: number | null): Promise<void> {
  for (let step = 0; step < 200; step++) {
    await page.waitForSelector('main[data-phase="choose"] button.choice, main[data-phase="outcome"] button[data-action=continue], [data-workshop-finished]');
    if (await page.locator('[data-workshop-finished]').count()) return;
    if (await page.locator('main[data-phase="outcome"]').count()) {
      await page.click('button[data-action=continue]');
      continue;
    }
    if (step === reloadAfter) {
      const before = await page.locator('section.scene').getAttribute('data-node');
      await page.reload();
      await page.locator('main[data-phase="choose"] section.scene').waitFor();
      expect(await page.locator('section.scene').getAttribute('data-node')).toBe(before);
      expect(await page.locator('.ws-lobby').count()).toBe(0);
    }
    const available = page.locator('li.choice-item:not(.unavailable) button.choice');
    await available.first().waitFor(); // the scene may still be rendering after Continue
    const n = await available.count();
    await available.nth(pick % n).click();
    await page.locator('.ws-status[data-workshop-status=saved]').waitFor({ state: 'attached' });
  }
  throw new Error('the game did not end within 200 steps');
}

it('a trainer and three players through a session to the debrief and the CSV', async () => {
  const trainer = await openPage(browser);
  await trainer.page.goto(`${server.url}?trainer=1&lang=en`);
  await trainer.page.locator('form.ws-create').waitFor();
  await trainer.page.selectOption('select[name=scenario]', scenario.id);
  await trainer.page.fill('input[name=seed]', '42');
  await trainer.page.click('button[data-action=create]');
  const codeElement = trainer.page.locator('.ws-code');
  await codeElement.waitFor();
  const code = (await codeElement.textContent()) ?? '';
  expect(code).toMatch(/^[23456789A-HJKMNP-Z]{7}$/);
  expect(await trainer.page.locator('.ws-link a').textContent()).toBe(`${server.url}?join=${code}`);
  await trainer.page.locator('.ws-qr svg[role=img]').waitFor();

  const players = [];
  for (let i = 0; i < 3; i++) {
    const p = await openPage(browser);
    await p.page.goto(`${server.url}?join=${code}`);
    await p.page.locator('.ws-lobby h1').waitFor();
    expect(await p.page.locator('[data-nickname]').textContent()).toMatch(/^\p{L}+ \p{L}+ \d{2}$/u);
    players.push(p);
  }
  const first = players[0]!.page;
  await first.fill('input[name=nickname]', 'Team Kestrel');
  await first.click('button[data-action=rename]');
  await first.locator('[data-nickname]', { hasText: 'Team Kestrel' }).waitFor();
  await trainer.page.locator('.ws-count[data-joined="3"]').waitFor();
  await trainer.page.locator('.ws-table tbody th', { hasText: 'Team Kestrel' }).waitFor();

  // A pause covers the players' screens and makes them inert until the trainer resumes.
  for (const p of players) await p.page.click('button[data-action=start]');
  await trainer.page.click('button[data-action=pause]');
  await first.locator('[data-workshop-hold=paused]').waitFor();
  expect(await first.evaluate(() => document.getElementById('app')?.inert)).toBe(true);
  await trainer.page.locator('button[data-action=pause][aria-pressed=true]').click();
  await first.locator('[data-workshop-hold]').waitFor({ state: 'detached' });

  await Promise.all(players.map((p, i) => playToEnd(p.page, i, i === 1 ? 3 : null)));
  await trainer.page.locator('.ws-count[data-finished="3"]').waitFor();
  expect(await trainer.page.locator('.ws-table tbody tr[data-status=finished]').count()).toBe(3);

  await trainer.page.click('button[data-action=debrief]');
  const debrief = trainer.page.locator('.ws-debrief');
  await debrief.waitFor();
  expect(await debrief.getAttribute('data-players')).toBe('3');
  expect(await debrief.getAttribute('data-finished')).toBe('3');
  expect(await debrief.locator('.db-decisions, .db-section').count()).toBeGreaterThan(3);

  const [download] = await Promise.all([trainer.page.waitForEvent('download'), trainer.page.click('button[data-action=csv]')]);
  expect(download.suggestedFilename()).toBe(`workshop-${code}.csv`);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const rows = csv.trim().split('\r\n');
  const room = [...server.workshop.rooms.values()].find((r) => r.session.code === code);
  const logs = [...(room?.seats.values() ?? [])].map((s) => s.game.state.log);
  expect(logs).toHaveLength(3);
  expect(rows).toHaveLength(1 + logs.reduce((n, l) => n + l.length, 0));
  expect(rows.filter((r) => r.startsWith('S1,')).map((r) => r.split(',')[4])).toEqual(logs[0]);
  expect(csv).not.toContain('Team Kestrel');

  // The self-contained HTML debrief: one file, no script, no nickname; the live debrief can fork any of the three seats.
  const [htmlDownload] = await Promise.all([trainer.page.waitForEvent('download'), trainer.page.click('button[data-action=html]')]);
  expect(htmlDownload.suggestedFilename()).toBe(`workshop-${code}-debrief.html`);
  const html = readFileSync((await htmlDownload.path()) ?? '', 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('3 players');
  expect(html).not.toMatch(/<script|<link|src=/i);
  expect(html).not.toContain('Team Kestrel');
  expect(await debrief.locator('select[data-fork=seat] option').count()).toBe(3);

  for (const p of [trainer, ...players]) expect(p.errors).toEqual([]);
  for (const p of [trainer, ...players]) await p.context.close();
});

it('a choice made while the server is down is stored after the restart; a seat moves to a new device; deleting the session ends it', async () => {
  const trainer = await openPage(browser);
  trainer.page.on('dialog', (d) => void d.accept());
  await trainer.page.goto(`${server.url}?trainer=1&lang=en`);
  await trainer.page.locator('form.ws-create').waitFor();
  await trainer.page.click('button[data-action=create]');
  await trainer.page.locator('.ws-code').waitFor();
  const code = (await trainer.page.locator('.ws-code').textContent()) ?? '';
  const player = await openPage(browser);
  const page = player.page;
  await page.goto(`${server.url}?join=${code}`);
  await page.click('button[data-action=start]');
  const choice = page.locator('main[data-phase="choose"] li.choice-item:not(.unavailable) button.choice').first();
  await choice.click();
  await page.locator('.ws-status[data-workshop-status=saved]').waitFor({ state: 'attached' });
  await page.click('button[data-action=continue]');

  const port = server.port;
  await server.close();
  await page.locator('.ws-status[data-workshop-status=offline]').waitFor({ state: 'attached' });
  const offlineChoice = await choice.getAttribute('data-choice');
  await choice.click(); // taken on screen, waiting to be stored
  await page.locator('main[data-phase="outcome"]').waitFor();
  server = await start(port);
  await page.locator('.ws-status[data-workshop-status=saved]').waitFor({ state: 'attached' });
  const room = () => [...server.workshop.rooms.values()].find((r) => r.session.code === code);
  const seat = () => [...(room()?.seats.values() ?? [])][0];
  expect(seat()?.game.state.log).toHaveLength(2);
  expect(seat()?.game.state.log[1]).toBe(offlineChoice);
  await page.click('button[data-action=continue]');
  const node = await page.locator('section.scene').getAttribute('data-node');

  // The trainer's page reconnected by itself; it moves the seat to a new device.
  await trainer.page.locator('button[data-action=reseat]').click();
  const link = (await trainer.page.locator('[data-reseat-link]').textContent()) ?? '';
  expect(link).toMatch(new RegExp(`\\?join=${code}#seat=[A-Za-z0-9_-]{43}$`));
  const other = await openPage(browser);
  await other.page.goto(link);
  await other.page.locator('main[data-phase="choose"] section.scene').waitFor();
  expect(await other.page.locator('section.scene').getAttribute('data-node')).toBe(node);
  expect(await other.page.evaluate(() => location.hash)).toBe('');
  await page.locator('[data-workshop-stopped="workshop:player.moved"]').waitFor();
  expect(room()?.seats.size).toBe(1);

  await trainer.page.click('button[data-action=delete-session]');
  await trainer.page.locator('form.ws-create').waitFor();
  await other.page.locator('[data-workshop-stopped="workshop:player.deleted"]').waitFor();
  expect(room()).toBeUndefined();

  // While the server was down, the browser itself logs the refused reconnection attempts: nothing else is allowed.
  const refused = /ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/;
  for (const p of [trainer, player, other]) expect(p.errors.filter((e) => !refused.test(e))).toEqual([]);
  for (const p of [trainer, player, other]) await p.context.close();
});
