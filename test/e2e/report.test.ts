/**
 * The report screen after a full game in Chromium: the ledger (one row per step, readable on a phone
 * without sideways scrolling), what cost a failed game, the judgement-or-luck sentence computed after
 * the report is on screen, and the feedback mode played.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { luckVerdict, playerLuck, replay } from '../../src/engine';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const strings = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/report.json', import.meta.url), 'utf8')) as {
  ledger: { heading: string }; setback: { heading: string }; luck: Record<string, string>; mode: Record<string, string>;
};
const SHOTS = process.env.REPORT_SCREENSHOTS; // e.g. /work/main/tmp: also save full-page screenshots there
const browser = sharedBrowser();

async function playTo(page: Page, seed: number, route: readonly string[]): Promise<void> {
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const choice of route) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  await page.locator('.rp').waitFor();
}

for (const { name, seed, goal, viewport } of [
  { name: 'failure', seed: 5, goal: (k: string) => k !== 'success', viewport: { width: 360, height: 640 } },
  { name: 'success', seed: 11, goal: (k: string) => k === 'success', viewport: { width: 1280, height: 800 } },
]) {
  it(`shows the ledger, the luck sentence and the mode after a ${name} (${viewport.width}×${viewport.height})`, async () => {
    const route = planRoute(scenario, seed, goal);
    expect(route).not.toBeNull();
    const game = replay(scenario, seed, route as string[]).game;
    const report = game.report();
    const { page, errors, context } = await openPage(browser, viewport);
    await playTo(page, seed, route as string[]);

    await expect.poll(() => page.locator('.rp-ledger h2').textContent()).toBe(strings.ledger.heading);
    expect(await page.locator('.rp-ledger tbody tr').count()).toBe(report.ledger.rows.length);
    expect(await page.locator('.rp-mode').getAttribute('data-mode')).toBe('coach');
    expect(await page.locator('.rp-mode').textContent()).toBe(strings.mode.coach);
    // Judgement or luck: the same verdict the engine computes, filled in after the report is shown.
    const verdict = luckVerdict(report.success, playerLuck(scenario, game.state));
    await expect.poll(() => page.locator('.rp-luck').getAttribute('data-luck'), { timeout: 20_000 }).toBe(verdict.kind);
    expect(await page.locator('.rp-luck__text').textContent()).toContain(`${Math.round(verdict.rate * 100)}%`);
    expect(await page.locator('.rp-setback').count()).toBe(report.setback && (report.setback.days.length || report.setback.money.length || report.setback.decisive) ? 1 : 0);
    if (!report.success) expect(await page.locator('.rp-next').textContent()).not.toContain('Try a harder scenario');
    // Readable on a phone: no sideways scrolling, and the ledger is a compact table, not pages of cards
    // (measured opened: on a phone the report's sections start folded under their headings).
    const ledgerToggle = page.locator('.rp-ledger .rp-fold__toggle');
    if ((await ledgerToggle.getAttribute('aria-expanded')) === 'false') await ledgerToggle.click();
    expect(await ledgerToggle.getAttribute('aria-expanded')).toBe('true');
    const size = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, ledger: document.querySelector('.rp-ledger')!.getBoundingClientRect().height }));
    expect(size.page).toBeLessThanOrEqual(viewport.width);
    expect(size.ledger / report.ledger.rows.length).toBeLessThan(viewport.width < 500 ? 110 : 70);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/report-${name}-${viewport.width}x${viewport.height}.png`, fullPage: true });
      await page.locator('.rp-ledger').screenshot({ path: `${SHOTS}/report-ledger-${name}-${viewport.width}x${viewport.height}.png` });
      await page.locator('.rp-hero').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/report-top-${name}-${viewport.width}x${viewport.height}.png` });
      await page.evaluate(() => document.querySelector('.rp-budget')?.scrollIntoView());
      await page.screenshot({ path: `${SHOTS}/report-next-${name}-${viewport.width}x${viewport.height}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}
