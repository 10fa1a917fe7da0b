/**
 * Every screen, in English and French, at a phone size (360×640, touch) and a laptop size (1280×800):
 * a screenshot of what the player sees (the viewport) in test-results/screenshots/<screen>-<lang>-<size>.png,
 * and axe-core finds 0 violations on each. The game screens come from one played game; the trainer's
 * screens from a workshop on the real workshop server (in this process, serving the e2e build).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createGame } from '../../src/engine';
import { DEFAULT_LIMITS, startWorkshopServer, type RunningServer } from '../../src/workshop/server';
import { launch } from './browser';
import { expectNoAxeViolations, waitForOutcome, waitForScene } from './game';
import { planRoute, scenariosDir, scenarioUnderTest } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const seed = 11;
const route = planRoute(scenario, seed, (k) => k === 'success') ?? [];
const dir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const site = fileURLToPath(new URL('../../test-results/site', import.meta.url));
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launch();
  server = await startWorkshopServer({
    port: 0, host: '127.0.0.1', dbPath: join(mkdtempSync(join(tmpdir(), 'shots-')), 'workshop.db'), synchronous: 'normal', scenariosDir,
    staticDir: site, sessionTtlHours: 1, allowedOrigins: [], limits: DEFAULT_LIMITS, botThinkMs: 150,
  }, { log: () => {} });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sizes = [{ width: 360, height: 640 }, { width: 1280, height: 800 }] as const;
const cases = (['en', 'fr'] as const).flatMap((lang) => sizes.map((size) => ({ lang, ...size })));

async function open(size: { width: number; height: number }) {
  const phone = size.width < 600;
  const context = await browser.newContext({ viewport: size, hasTouch: phone, isMobile: phone, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

/** Lets layout and the world settle for a few frames, audits the page and saves what the viewport shows. */
async function shoot(page: Page, screen: string, lang: string): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  const size = page.viewportSize();
  writeFileSync(join(dir, `${screen}-${lang}-${size?.width}x${size?.height}.png`), await page.screenshot());
  await expectNoAxeViolations(page, `${screen} (${lang}, ${size?.width}×${size?.height})`);
}

const noDialog = (page: Page) => page.waitForFunction(() => document.querySelector('dialog') === null);

describe.each(cases)('$lang at $width×$height', ({ lang, width, height }) => {
  it('title, settings, about, picker, loading, play, menu, confirm, outcome, event, report, save problem and a message', async () => {
    const { page, errors, context } = await open({ width, height });
    await page.goto(`${base}?lang=${lang}`);
    await page.locator('main h1').first().waitFor();
    await shoot(page, 'title', lang);

    await page.click('button[data-action="settings"]');
    await page.locator('dialog[open]').waitFor();
    await shoot(page, 'settings', lang);
    await page.keyboard.press('Escape');
    await noDialog(page);

    await page.click('button[data-action="about"]');
    await page.locator('main h1').first().waitFor();
    await shoot(page, 'about', lang);

    await page.goto(`${base}?lang=${lang}`);
    await page.click('button[data-action="new-game"]');
    await page.locator('main article').first().waitFor();
    await shoot(page, 'picker', lang);

    let release: () => void = () => {};
    const held = new Promise<void>((ok) => { release = ok; });
    await page.route(new RegExp(`/assets/scenario-${scenario.id}-[^/]*\\.js$`), async (r) => { await held; await r.continue(); });
    await page.goto(`${base}?scenario=${scenario.id}&lang=${lang}&seed=${seed}`);
    await page.locator('progress').waitFor();
    await shoot(page, 'loading', lang);
    release();

    const game = createGame(scenario, seed);
    let event = false;
    for (const [i, choice] of route.entries()) {
      await waitForScene(page);
      if (i === 0) {
        await page.waitForFunction(() => document.getElementById('world')?.classList.contains('ready') === true, undefined, { timeout: 20_000 }).catch(() => {});
        await page.waitForTimeout(800);
        await shoot(page, 'play', lang);
        if (width < 600) {
          await page.click('button[data-action="readiness"]');
          await shoot(page, 'play-readiness', lang);
          await page.click('button[data-action="readiness"]');
        }
        await page.click('button[data-action="menu"]');
        await page.locator('dialog[open]').waitFor();
        await shoot(page, 'menu', lang);
        await page.click('dialog button[data-action="restart"]');
        await page.locator('dialog[open] button[data-action="confirm"]').waitFor();
        await shoot(page, 'confirm', lang);
        await page.click('dialog button[data-action="cancel"]');
        await noDialog(page);
      }
      if (game.view().decision === 'hs' && (await page.locator('button[data-action="hs-explorer"]').count())) {
        await page.click('button[data-action="hs-explorer"]');
        await page.locator('dialog.hs-dialog').waitFor();
        await shoot(page, 'hs-explorer', lang);
        await page.keyboard.press('Escape');
        await noDialog(page);
      }
      await page.locator(`button.choice[data-choice="${choice}"]`).click();
      game.choose(choice);
      await waitForOutcome(page);
      if (i === 0) await shoot(page, 'outcome', lang);
      if (!event && (await page.locator('.chance-card, .consequence-card').count()) > 0) {
        event = true;
        await page.waitForTimeout(600);
        await shoot(page, 'outcome-event', lang);
      }
      if (i === route.length - 1) await shoot(page, 'ending-outcome', lang);
      await page.locator('main button[data-action="continue"]').click();
    }
    await page.locator('article.rp h1').waitFor();
    await page.waitForTimeout(600);
    await shoot(page, 'report', lang);
    const readiness = page.locator('.rp-readiness .rp-fold__toggle');
    if ((await readiness.getAttribute('aria-expanded')) === 'false') await readiness.click();
    expect(await readiness.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.rp-readiness').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'report-readiness', lang);

    await page.evaluate((k) => localStorage.setItem(k, 'not a save'), `trade-game:save:${scenario.id}`);
    await page.reload();
    await page.locator('[role="alertdialog"]').waitFor();
    await shoot(page, 'save-problem', lang);

    await page.goto(`${base}?scenario=no-such-scenario&lang=${lang}`);
    await page.locator('main h1').first().waitFor();
    await shoot(page, 'message', lang);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the trainer\'s form, console, dashboard, projector and debrief; a player\'s lobby and a pause', async () => {
    const trainer = await open({ width, height });
    await trainer.page.goto(`${server.url}?trainer=1&lang=${lang}`);
    await trainer.page.locator('form.ws-create').waitFor();
    await shoot(trainer.page, 'trainer-form', lang);
    await trainer.page.selectOption('select[name=scenario]', scenario.id);
    await trainer.page.click('button[data-action=create]');
    const code = (await trainer.page.locator('.ws-code').textContent()) ?? '';

    const player = await open({ width, height });
    await player.page.goto(`${server.url}?join=${code}&lang=${lang}`);
    await player.page.locator('.ws-lobby h1').waitFor();
    await shoot(player.page, 'player-lobby', lang);

    await trainer.page.fill('input[name=bots]', '6');
    await trainer.page.click('button[data-action=add-bots]');
    await trainer.page.locator('.ws-row[data-status="finished"]').first().waitFor({ timeout: 60_000 });
    await shoot(trainer.page, 'trainer-console', lang);
    await trainer.page.locator('.ws-seats').scrollIntoViewIfNeeded();
    await shoot(trainer.page, 'trainer-dashboard', lang);
    await trainer.page.click('button[data-action=projector]');
    await trainer.page.evaluate(() => window.scrollTo(0, 0));
    await shoot(trainer.page, 'projector', lang);
    await trainer.page.click('button[data-action=projector]');

    await player.page.click('button[data-action=start]');
    await trainer.page.click('button[data-action=pause]');
    await player.page.locator('[data-workshop-hold=paused]').waitFor();
    await shoot(player.page, 'player-paused', lang);
    await trainer.page.click('button[data-action=pause]');

    await trainer.page.locator('.ws-row[data-bot]').first().waitFor();
    await trainer.page.waitForFunction(() => document.querySelectorAll('.ws-row[data-bot][data-status="finished"]').length >= 6, undefined, { timeout: 90_000 });
    await trainer.page.click('button[data-action=debrief]');
    await trainer.page.locator('.ws-debrief-area h2').first().waitFor();
    await trainer.page.locator('.ws-debrief-area').scrollIntoViewIfNeeded();
    await shoot(trainer.page, 'debrief', lang);
    expect([...trainer.errors, ...player.errors]).toEqual([]);
    await trainer.context.close();
    await player.context.close();
  });
});
