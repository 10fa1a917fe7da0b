/**
 * Fixes from the browser-code review: the world comes back after Restart and
 * Continue, focus survives a re-render behind Settings, a lazy part that fails
 * to load offers Retry, a deep link never overwrites a different save
 * silently, 200 % text on a phone neither scrolls sideways nor hides the
 * focused choice under the HUD, and more.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { focused, hudText, tabTo, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const fr = uiStrings('fr');
const seed = 5;
const route = planRoute(scenario, seed, () => true) ?? [];
const saveKey = `trade-game:save:${scenario.id}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function playSteps(page: Page, steps: readonly string[]): Promise<void> {
  for (const choice of steps) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
}

const worldShown = (page: Page) => page.waitForFunction(() => document.getElementById('world')?.classList.contains('ready') === true);

it('shows the world again after Restart and after Title → Continue', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, route.slice(0, 1));
  await worldShown(page);

  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.restart') }).click();
  const confirm = page.getByRole('alertdialog', { name: en('restartConfirm.title') });
  if (await confirm.count()) await confirm.getByRole('button', { name: en('restartConfirm.confirm') }).click();
  await page.locator(`main[data-phase="choose"] section.scene[data-node="${scenario.start}"]`).waitFor();
  await worldShown(page);
  await playSteps(page, route.slice(0, 1)); // a choice, so that there is a save to continue

  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.toTitle') }).click();
  await page.waitForFunction(() => !document.getElementById('world')?.classList.contains('ready'));
  await page.getByRole('button', { name: new RegExp(en('title.continue')) }).click();
  await waitForScene(page);
  await worldShown(page);
  expect(errors).toEqual([]);
  await context.close();
});

it('returns focus to the same control after Settings closes over a re-rendered page', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?lang=en`);
  // The title's own language menu keeps focus when it changes the language.
  const titleLanguage = page.locator('main select[data-setting="language"]');
  await titleLanguage.selectOption('fr');
  await page.getByRole('button', { name: fr('title.newGame') }).waitFor();
  expect((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.setting))).toBe('language');
  await titleLanguage.selectOption('en');
  await page.getByRole('button', { name: en('title.newGame') }).waitFor();

  // Settings changes the language: the title is re-rendered behind it; Done returns to the new Settings button.
  await page.getByRole('button', { name: en('title.settings') }).click();
  const settings = page.getByRole('dialog', { name: en('settings.title') });
  await settings.getByRole('combobox', { name: en('settings.language') }).selectOption('fr');
  const settingsFr = page.getByRole('dialog', { name: fr('settings.title') });
  await settingsFr.waitFor();
  // The announcement is written inside the open modal dialog, where screen readers still hear it.
  await page.waitForFunction((text) => [...document.querySelectorAll('dialog[open] [aria-live]')].some((r) => r.textContent === text), fr('settings.languageChanged'));
  await settingsFr.getByRole('button', { name: fr('settings.close') }).click();
  await settingsFr.waitFor({ state: 'detached' });
  expect((await focused(page)).action).toBe('settings');

  // In a game: Menu → Settings → high contrast re-renders the HUD; Done returns to the (new) Menu button.
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.settings') }).click();
  const inGame = page.getByRole('dialog', { name: en('settings.title') });
  await inGame.getByRole('checkbox', { name: en('settings.highContrast') }).check();
  await inGame.getByRole('button', { name: en('settings.close') }).click();
  await inGame.waitFor({ state: 'detached' });
  expect((await focused(page)).action).toBe('menu');
  expect(errors).toEqual([]);
  await context.close();
});

it('offers Retry when a lazy part or a language fails to load, and recovers', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: en('title.newGame') }).waitFor();
  const aboutChunk = /\/assets\/about-[^/]*\.js$/;
  await page.route(aboutChunk, (r) => r.abort());
  await page.getByRole('button', { name: en('title.about') }).click();
  await page.getByRole('heading', { level: 1, name: en('loadFailed.title') }).waitFor();
  expect(await page.locator('#app').getAttribute('aria-busy')).toBeNull();
  await page.waitForFunction((text) => [...document.querySelectorAll('[aria-live="assertive"]')].some((r) => r.textContent?.includes(text)), en('loadFailed.message'));
  await page.unroute(aboutChunk);
  await page.getByRole('button', { name: en('loadFailed.retry') }).click();
  await page.getByRole('heading', { level: 1, name: en('loadFailed.title') }).waitFor({ state: 'detached' });
  await page.locator('main h1').waitFor();

  // A language whose strings do not arrive: the menu goes back to the current language and a notice says why.
  await page.goto(`${base}?lang=en`);
  const frStrings = /\/assets\/strings-fr-[^/]*\.js$/;
  await page.route(frStrings, (r) => r.abort());
  await page.locator('main select[data-setting="language"]').selectOption('fr');
  await page.getByRole('complementary').filter({ hasText: en('loadFailed.language') }).waitFor();
  expect(await page.locator('main select[data-setting="language"]').inputValue()).toBe('en');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await context.close();
});

it('asks before a deep link with another seed replaces the saved game, and keeps the old save aside', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, route.slice(0, 1));
  const node = await waitForScene(page);
  const hud = await hudText(page);
  const saved = await page.evaluate((k) => localStorage.getItem(k), saveKey);

  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed + 1}`);
  const dialog = page.getByRole('dialog', { name: en('linkChoice.title') });
  await dialog.getByRole('button', { name: en('linkChoice.continue') }).click();
  expect(await waitForScene(page)).toBe(node);
  expect(await hudText(page)).toEqual(hud);
  expect(new URL(page.url()).searchParams.get('seed')).toBe(String(seed));

  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed + 1}`);
  await dialog.getByRole('button', { name: en('linkChoice.linked') }).click();
  expect(await waitForScene(page)).toBe(scenario.start);
  expect(await page.evaluate((k) => localStorage.getItem(k), `trade-game:kept:${scenario.id}:1`)).toBe(saved);
  expect(errors).toEqual([]);
  await context.close();
});

it('at 200 % text on a 360×640 phone: no sideways scrolling, and the focused choice is not under the HUD', async () => {
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  await page.addInitScript(() => localStorage.setItem('trade-game:settings', JSON.stringify({ textSize: 200 })));
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  const count = await page.locator('button.choice').count();
  const last = await page.locator('button.choice').nth(count - 1).getAttribute('data-choice');
  await tabTo(page, (f) => f.choice === last);
  const place = await page.evaluate(() => {
    const choice = (document.activeElement as HTMLElement).getBoundingClientRect();
    const hud = document.querySelector('.hud')?.getBoundingClientRect();
    return { top: choice.top, bottom: choice.bottom, hudBottom: hud?.bottom ?? 0, height: innerHeight };
  });
  expect(place.hudBottom, 'the HUD does not cover the focused choice').toBeLessThanOrEqual(place.top);
  expect(place.top, 'the focused choice is in view').toBeGreaterThanOrEqual(0);
  expect(place.top).toBeLessThan(place.height);
  expect(await overflow()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('Back from the problem screen clears the broken deep link from the address bar', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${base}?scenario=nope&lang=en`);
  await page.getByRole('heading', { level: 1, name: en('problem.title') }).waitFor();
  await page.getByRole('button', { name: en('problem.back') }).click();
  await page.getByRole('button', { name: en('title.newGame') }).waitFor();
  const params = new URL(page.url()).searchParams;
  expect(params.get('scenario')).toBeNull();
  expect(params.get('lang')).toBe('en');
  await context.close();
});

it('says once, without blocking play, when progress cannot be saved', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('trade-game:save:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, route.slice(0, 2));
  await waitForScene(page);
  const notice = page.getByRole('complementary').filter({ hasText: en('notice.saveFailed') });
  expect(await notice.count()).toBe(1);
  await notice.getByRole('button', { name: en('notice.dismiss') }).click();
  await playSteps(page, route.slice(2, 3));
  expect(await page.locator('aside.notice').count(), 'said once per page').toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('keeps the language chosen last when an earlier choice loads more slowly', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: en('title.newGame') }).waitFor();
  let release: () => void = () => {};
  const held = new Promise<void>((ok) => { release = ok; });
  const frStrings = /\/assets\/strings-fr-ui-[^/]*\.js$/;
  await page.route(frStrings, async (r) => {
    await held;
    await r.continue();
  });
  const select = page.locator('main select[data-setting="language"]');
  await select.selectOption('fr');
  await select.selectOption('es');
  await page.getByRole('button', { name: uiStrings('es')('title.newGame') }).waitFor();
  const frLoaded = page.waitForEvent('requestfinished', (r) => frStrings.test(r.url()));
  release();
  await frLoaded;
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await page.getByRole('button', { name: uiStrings('es')('title.newGame') }).waitFor();
  expect(await select.inputValue()).toBe('es');
  expect(errors).toEqual([]);
  await context.close();
});

it('offers Retry when the report fails to load at the end of a game', async () => {
  const toEnd = planRoute(scenario, seed, () => true) ?? [];
  const { page, context } = await openPage(browser);
  const reportChunk = /\/assets\/report-[^/]*\.js$/;
  await page.route(reportChunk, (r) => r.abort());
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const [i, choice] of toEnd.entries()) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
    if (i === toEnd.length - 1) break;
  }
  await page.getByRole('heading', { level: 1, name: en('loadFailed.title') }).waitFor();
  await page.unroute(reportChunk);
  await page.getByRole('button', { name: en('loadFailed.retry') }).click();
  await page.getByRole('heading', { level: 1, name: en('loadFailed.title') }).waitFor({ state: 'detached' });
  await page.locator('main h1').waitFor();
  expect(await page.locator('main[data-phase]').count(), 'the play screen made way for the report').toBe(0);
  await context.close();
});
