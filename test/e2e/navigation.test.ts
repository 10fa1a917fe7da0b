/**
 * The browser's Back button: it goes to the previous screen of the game
 * (picker → title), and never leaves a game in progress without asking.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const browser = sharedBrowser();

const onTitle = (page: Page) => page.locator('main.screen-title').waitFor({ state: 'visible' });
const onPicker = (page: Page) => page.locator('main.screen-picker').waitFor({ state: 'visible' });
const leaveDialog = (page: Page) => page.locator('dialog.confirm-dialog[open]');

it('Back during play asks before leaving; Cancel keeps the game, Leave goes to the picker, Back again to the title', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?lang=en`);
  await onTitle(page);
  await page.locator('button[data-action="new-game"]').click();
  await onPicker(page);
  await page.locator(`[data-scenario="${scenario.id}"] button[data-action="play"]`).click();
  const first = await waitForScene(page);
  const seed = Number(new URL(page.url()).searchParams.get('seed'));
  const choice = planRoute(scenario, seed, () => true)?.[0];
  expect(choice).toBeTruthy();
  await page.locator(`button.choice[data-choice="${choice}"]`).click();
  await waitForOutcome(page);
  await page.locator('main button[data-action="continue"]').click();
  const node = await waitForScene(page);
  expect(node).not.toBe(first);
  const gameUrl = page.url();

  // Back: the game stays on screen, its address too, and the player is asked.
  await page.goBack();
  await leaveDialog(page).waitFor({ state: 'visible' });
  expect(await page.locator('main[data-phase="choose"] section.scene').getAttribute('data-node')).toBe(node);
  await page.waitForFunction((url) => location.href === url, gameUrl);
  await leaveDialog(page).locator('button[data-action="cancel"]').click();
  await leaveDialog(page).waitFor({ state: 'detached' });
  expect(await waitForScene(page)).toBe(node);
  expect(page.url()).toBe(gameUrl);

  // Back again, and leave: the picker the game was started from.
  await page.goBack();
  await leaveDialog(page).waitFor({ state: 'visible' });
  await leaveDialog(page).locator('button[data-action="confirm"]').click();
  await onPicker(page);
  expect(new URL(page.url()).searchParams.has('scenario')).toBe(false);

  // Back from the picker: the title, which offers to continue the saved game.
  await page.goBack();
  await onTitle(page);
  await page.locator('button[data-action="continue"]').click();
  expect(await waitForScene(page)).toBe(node);
  expect(errors).toEqual([]);
  await context.close();
});

it('a link straight into a game has the title behind it; the picker\'s own Back button does not pile up entries', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=7`);
  const node = await waitForScene(page);
  // The player acts on the page (a browser counts entries made without any gesture as skippable).
  await page.locator('main h1').click();
  await page.goBack();
  await leaveDialog(page).waitFor({ state: 'visible' });
  expect(await waitForScene(page)).toBe(node);
  await leaveDialog(page).locator('button[data-action="confirm"]').click();
  await onTitle(page);

  await page.locator('button[data-action="new-game"]').click();
  await onPicker(page);
  await page.locator('main.screen-picker button[data-action="back"]').click();
  await onTitle(page);
  const depth = await page.evaluate(() => history.length);
  await page.locator('button[data-action="new-game"]').click();
  await onPicker(page);
  await page.goBack();
  await onTitle(page);
  expect(await page.evaluate(() => history.length)).toBe(depth);
  expect(errors).toEqual([]);
  await context.close();
});
