/**
 * Phone first, at 360×640 with touch: a full game of every shipped scenario, and at every decision the
 * question (the scene's heading) and the first choice are on screen without scrolling, clear of the
 * HUD, with nothing sticking out sideways. The HUD is opaque and folds the six readiness meters into
 * one summary that opens them; a touch-only phone shows no number-key hint (a keyboard device does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseScenarioText, type Scenario } from '../../src/scenario';
import { readCatalog } from '../../tools/vite/scenarios';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { planRoute, scenariosDir, uiStrings } from './scenario';

const base = inject('baseUrl');
const en = uiStrings('en');
const browser = sharedBrowser();
const scenarios: Scenario[] = readCatalog(scenariosDir).map((e) => {
  const r = parseScenarioText(readFileSync(join(scenariosDir, e.id, 'scenario.json'), 'utf8'));
  if (!r.ok) throw new Error(`${e.id} is not valid`);
  return r.scenario;
});

/** A phone: 360×640, touch only. */
async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return { context, page, errors };
}

/** Where the heading and the first choice stand in the viewport (after the layout settled for two frames). */
function placeOfDecision(page: Page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const rect = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null;
    };
    return {
      heading: rect('main section.scene h1'), choice: rect('main button.choice'), hud: rect('.hud'),
      height: innerHeight, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

describe('at 360×640 on a touch phone', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: at every decision of a full game, the question and the first choice are on screen`, async () => {
      let seed = 1;
      let route: string[] | null = null;
      for (; seed <= 20 && !route; seed++) route = planRoute(scenario, seed, (k) => k === 'success');
      seed--;
      expect(route, 'a winning route').not.toBeNull();
      const { page, errors, context } = await phone();
      await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
      for (const choice of route ?? []) {
        const node = await waitForScene(page);
        const at = await placeOfDecision(page);
        const where = `${scenario.id}/${node}: ${JSON.stringify(at)}`;
        expect(at.heading && at.choice && at.hud, where).toBeTruthy();
        if (!at.heading || !at.choice || !at.hud) return;
        expect(at.heading.top, `the question is below the HUD — ${where}`).toBeGreaterThanOrEqual(at.hud.bottom);
        expect(at.heading.bottom, `the question is on screen — ${where}`).toBeLessThanOrEqual(at.height);
        expect(at.choice.top, `the first choice is below the HUD — ${where}`).toBeGreaterThanOrEqual(at.hud.bottom);
        expect(at.choice.bottom, `the first choice is on screen without scrolling — ${where}`).toBeLessThanOrEqual(at.height);
        expect(at.sideways, `nothing sticks out sideways — ${where}`).toBe(0);
        await page.locator(`button.choice[data-choice="${choice}"]`).tap();
        await waitForOutcome(page);
        await page.locator('main button[data-action="continue"]').tap();
      }
      await page.locator('article.rp h1').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the report opens on its summary; the other sections fold under headings that open them, and print in full', async () => {
    const scenario = scenarios.find((x) => x.id === 'coffee') ?? scenarios[0] as Scenario;
    const route = planRoute(scenario, 5, () => true) ?? [];
    const { page, errors, context } = await phone();
    await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=5`);
    for (const choice of route) {
      await waitForScene(page);
      await page.locator(`button.choice[data-choice="${choice}"]`).tap();
      await waitForOutcome(page);
      await page.locator('main button[data-action="continue"]').tap();
    }
    await page.locator('article.rp h1').waitFor();
    expect(await page.locator('.rp-budget').isVisible()).toBe(true); // money and time: the summary, never folded
    const toggles = page.locator('.rp-fold__toggle');
    expect(await toggles.count()).toBeGreaterThanOrEqual(5);
    for (const t of await toggles.all()) expect(await t.getAttribute('aria-expanded')).toBe('false');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the folded report is a few screens, not fifteen').toBeLessThan(640 * 4);
    // A heading stays a heading; its button says whether the section is open.
    const ledger = page.locator('.rp-ledger').getByRole('heading', { level: 2 });
    expect(await ledger.getByRole('button', { expanded: false }).count()).toBe(1);
    const table = page.locator('.rp-ledger table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('.rp-ledger .rp-fold__toggle').tap();
    expect(await page.locator('.rp-ledger .rp-fold__toggle').getAttribute('aria-expanded')).toBe('true');
    await table.waitFor();
    await page.locator('.rp-ledger .rp-fold__toggle').tap();
    await table.waitFor({ state: 'hidden' });
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible(), 'printing shows folded sections').toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the HUD is opaque and compact, the readiness summary opens the six meters, and no key hint is shown', async () => {
    const { page, errors, context } = await phone();
    await page.goto(`${base}?scenario=${scenarios[0]?.id ?? 'coffee'}&lang=en&seed=1`);
    await waitForScene(page);
    const hud = await page.evaluate(() => {
      const el = document.querySelector('.hud') as HTMLElement;
      return { background: getComputedStyle(el).backgroundColor, height: el.getBoundingClientRect().height };
    });
    expect(hud.background).toMatch(/^rgb\(\d+, \d+, \d+\)$/); // no alpha: nothing scrolled under it shows through
    expect(hud.height).toBeLessThanOrEqual(100);
    const meters = page.getByRole('list', { name: en('hud.readiness') });
    expect(await meters.isVisible()).toBe(false);
    const summary = page.locator('button[data-action="readiness"]');
    expect(await summary.getAttribute('aria-expanded')).toBe('false');
    await summary.tap();
    expect(await summary.getAttribute('aria-expanded')).toBe('true');
    await meters.waitFor();
    expect(await meters.getByRole('listitem').count()).toBe(6);
    await summary.tap();
    await meters.waitFor({ state: 'hidden' });
    expect(await page.locator('.keys-hint').isVisible()).toBe(false);
    for (const sel of ['.panel', 'dialog']) {
      if (sel === 'dialog') {
        await page.getByRole('button', { name: en('hud.menu') }).tap();
        await page.getByRole('dialog', { name: en('menu.title') }).waitFor();
      }
      const bg = await page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg, `${sel} is opaque`).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a device with a keyboard and a mouse shows the key hint, and a focused heading draws no ring', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${base}?scenario=${scenarios[0]?.id ?? 'coffee'}&lang=en&seed=1`);
    await waitForScene(page);
    expect(await page.locator('.keys-hint').isVisible()).toBe(true);
    await page.locator('main button.choice').first().click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
    await waitForScene(page);
    const heading = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(heading).toEqual({ tag: 'H1', outline: 'none' }); // focus moved for screen readers, no box drawn
    await page.keyboard.press('Tab');
    const control = await page.evaluate(() => getComputedStyle(document.activeElement as HTMLElement).outlineStyle);
    expect(control).toBe('solid'); // the keyboard still sees where it is
    expect(errors).toEqual([]);
    await context.close();
  });
});
