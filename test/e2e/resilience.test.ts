/**
 * Fixes from the browser-code review: the world comes back after Restart and
 * Continue, focus survives a re-render behind Settings, a lazy part that fails
 * to load offers Retry, a deep link never overwrites a different save
 * silently, 200 % text on a phone neither scrolls sideways nor hides the
 * focused choice under the HUD, and more.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { expectNoAxeViolations, focused, hudText, tabTo, waitForOutcome, waitForScene } from './game';
import { planRoute, routeToScene, scenarioUnderTest, uiStrings } from './scenario';
import { createGame } from '../../src/engine';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const fr = uiStrings('fr');
const seed = 5;
const route = planRoute(scenario, seed, () => true) ?? [];
const saveKey = `trade-game:save:${scenario.id}`;
const browser = sharedBrowser();

async function playSteps(page: Page, steps: readonly string[]): Promise<void> {
  for (const choice of steps) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
}

/** Waits until no dialog element is left in the page (a closed one is removed by its 'close' handler, which also places focus). */
const noDialog = (page: Page) => page.waitForFunction(() => document.querySelector('dialog') === null);
const worldShown = (page: Page) => page.waitForFunction(() => document.getElementById('world')?.classList.contains('ready') === true);

it('shows the world again after Restart and after Title → Continue', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, route.slice(0, 1));
  await worldShown(page);

  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.restart') }).click();
  await page.getByRole('alertdialog', { name: en('restartConfirm.title') }).getByRole('button', { name: en('restartConfirm.confirm') }).click();
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
  await noDialog(page);
  expect((await focused(page)).action).toBe('settings');

  // In a game: Menu → Settings → high contrast re-renders the HUD; Done returns to the (new) Menu button.
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.settings') }).click();
  const inGame = page.getByRole('dialog', { name: en('settings.title') });
  await inGame.getByRole('checkbox', { name: en('settings.highContrast') }).check();
  await inGame.getByRole('button', { name: en('settings.close') }).click();
  await noDialog(page);
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
  await expectNoAxeViolations(page, 'load failure');
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
  await dialog.waitFor();
  await expectNoAxeViolations(page, 'link choice');
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

it.each([{ font: 'loaded' }, { font: 'blocked' }])('at 200 % text on a 360×640 phone (web font $font): no sideways scrolling, and the focused choice is not under the HUD', async ({ font }) => {
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  // Blocked: the system fallback font (wider) is what a player sees until the web font arrives.
  if (font === 'blocked') await page.route(/\.woff2?$/, (r) => r.abort());
  await page.addInitScript(() => localStorage.setItem('trade-game:settings', JSON.stringify({ textSize: 200 })));
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  if (font === 'loaded') await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Sideways overflow, with the elements that stick out (for the failure message).
  const overflow = () => page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5).map((el) => `${el.tagName}.${el.className} “${(el.textContent ?? '').slice(0, 30)}”`);
    return { by: document.documentElement.scrollWidth - width, wide };
  });
  expect(await overflow()).toEqual({ by: 0, wide: [] });
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
  expect(await overflow()).toEqual({ by: 0, wide: [] });
  expect(errors.filter((e) => !/ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
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
  await expectNoAxeViolations(page, 'save-failed notice');
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

it('Restart asks first: Cancel keeps the game and its save, and focus goes back to the menu button', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, route.slice(0, 1));
  const node = await waitForScene(page);
  const saved = await page.evaluate((k) => localStorage.getItem(k), saveKey);
  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.restart') }).click();
  const confirm = page.getByRole('alertdialog', { name: en('restartConfirm.title') });
  await confirm.waitFor();
  expect((await focused(page)).action, 'the safe answer has focus').toBe('cancel');
  await page.keyboard.press('Escape');
  await noDialog(page);
  expect((await focused(page)).action).toBe('menu');
  expect(await waitForScene(page)).toBe(node);
  expect(await page.evaluate((k) => localStorage.getItem(k), saveKey)).toBe(saved);
  expect(errors).toEqual([]);
  await context.close();
});

it('choice and field borders stand out from the panel (3:1 or more)', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  const colors = await page.evaluate(() => {
    const border = (el: Element | null) => (el ? getComputedStyle(el).borderTopColor : '');
    const probe = document.createElement('select');
    document.querySelector('main')?.append(probe);
    const out = { choice: border(document.querySelector('button.choice')), select: border(probe), panel: getComputedStyle(document.querySelector('main .panel') as Element).backgroundColor };
    probe.remove();
    return out;
  });
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const ratio = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05); };
  expect(ratio(colors.choice, colors.panel)).toBeGreaterThanOrEqual(3);
  expect(ratio(colors.select, colors.panel)).toBeGreaterThanOrEqual(3);
  await context.close();
});

it('reduced motion follows a system change during play when the setting follows the system', async () => {
  const { page, errors, context } = await openPage(browser); // the context starts with reduced motion
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  const reduced = () => page.evaluate(() => document.documentElement.classList.contains('reduce-motion'));
  expect(await reduced()).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.waitForFunction(() => !document.documentElement.classList.contains('reduce-motion'));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction(() => document.documentElement.classList.contains('reduce-motion'));
  expect(errors).toEqual([]);
  await context.close();
});

it('explains and offers Retry when the HS explorer fails to load', async () => {
  const hsSeed = 2;
  const toHs = routeToScene(scenario, hsSeed, (g) => g.view().decision === 'hs');
  expect(toHs, 'the scenario has a reachable HS decision').not.toBeNull();
  const { page, context } = await openPage(browser);
  const hsChunk = /\/assets\/hs-[^/]*\.js$/;
  await page.route(hsChunk, (r) => r.abort());
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${hsSeed}`);
  await playSteps(page, toHs as string[]);
  await waitForScene(page);
  const opener = page.getByRole('button', { name: en('play.hsExplorer') });
  await opener.click();
  await page.locator('[data-load-failure]').filter({ hasText: en('loadFailed.hs') }).waitFor();
  expect(await opener.getAttribute('aria-busy')).toBeNull();
  await page.unroute(hsChunk);
  await page.locator('[data-load-failure] button[data-action="retry"]').click();
  await page.locator('dialog[open]').waitFor();
  expect(await page.locator('[data-load-failure]').count()).toBe(0);
  await context.close();
});

it('a game edited in the author panel ends on a report that does not show a result code that would not replay', async () => {
  // A scene with a choice that ends the game at once.
  const ending = Object.entries(scenario.nodes).flatMap(([id, n]) => {
    if (n.type !== 'scene') return [];
    const game = createGame(scenario, 1, { ...createGame(scenario, 1).state, node: id });
    return game.view().choices.filter((c) => c.available).flatMap((c) => {
      const g = createGame(scenario, 1, { ...createGame(scenario, 1).state, node: id });
      return g.choose(c.id).ok && g.state.status === 'ended' ? [{ scene: id, choice: c.id }] : [];
    });
  })[0];
  expect(ending, 'a scene with a choice that ends the game').toBeDefined();
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=1&author=1`);
  await waitForScene(page);
  const panel = page.getByRole('complementary', { name: en('author.title') });
  await panel.getByRole('combobox', { name: en('author.scene') }).selectOption(ending?.scene ?? '');
  await panel.getByRole('button', { name: en('author.apply') }).click();
  await page.locator(`section.scene[data-node="${ending?.scene}"]`).waitFor();
  await page.locator(`button.choice[data-choice="${ending?.choice}"]`).click();
  await waitForOutcome(page);
  await page.locator('main button[data-action="continue"]').click();
  await page.getByText(en('report.jumped')).waitFor();
  expect(await page.locator('.rp-code__value').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('the last-resort error screen is an alert, not a busy page, when even the strings fail to load', async () => {
  const { page, context } = await openPage(browser);
  await page.route(/\/assets\/strings-en-ui-[^/]*\.js$/, (r) => r.abort());
  await page.goto(`${base}?lang=en`);
  await page.getByRole('alert').waitFor();
  expect(await page.locator('#app').getAttribute('aria-busy')).toBeNull();
  expect(((await page.getByRole('alert').textContent()) ?? '').length).toBeGreaterThan(0);
  await context.close();
});

it('an untranslated ending title on the report carries the language it is written in', async () => {
  const toEnd = planRoute(scenario, seed, () => true) ?? [];
  const { page, context } = await openPage(browser);
  // The French translation of the scenario does not arrive: its texts fall back to the source language.
  await page.route(new RegExp(`/assets/scenario-${scenario.id}-fr-[^/]*\\.js$`), (r) => r.abort());
  await page.goto(`${base}?scenario=${scenario.id}&lang=fr&seed=${seed}`);
  await playSteps(page, toEnd);
  const title = page.locator('article.rp h1');
  await title.waitFor();
  expect(await title.getAttribute('lang')).toBe(scenario.lang);
  await context.close();
});
