/**
 * Saves in the browser: autosave after every choice and resume after a reload
 * (from the address bar and from the title's Continue); a corrupt or tampered
 * save gets a clear dialog with two choices, never a crash.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { hudText, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const seed = 3;
const route = planRoute(scenario, seed, () => true) ?? [];
const saveKey = `trade-game:save:${scenario.id}`;
const browser = sharedBrowser();

async function playSteps(page: Page, n: number): Promise<void> {
  for (const choice of route.slice(0, n)) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
}

it('autosaves after every choice and resumes at the same place after a reload', async () => {
  expect(route.length).toBeGreaterThan(2);
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, 2);
  const node = await waitForScene(page);
  const hud = await hudText(page);
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), saveKey)) ?? 'null') as { log: string[]; seed: number };
  expect(saved.log.filter((x) => !x.startsWith('@'))).toEqual(route.slice(0, 2));
  expect(saved.seed).toBe(seed);

  await page.reload();
  expect(await waitForScene(page)).toBe(node);
  expect(await hudText(page)).toEqual(hud);

  // From the bare address, the title offers to continue the same game.
  await page.goto(base);
  await page.getByRole('button', { name: new RegExp(en('title.continue')) }).click();
  expect(await waitForScene(page)).toBe(node);
  expect(await hudText(page)).toEqual(hud);
  expect(errors).toEqual([]);
  await context.close();
});

it('explains a corrupt save and keeps it aside untouched when the player asks', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(base);
  await page.evaluate(([k, id]) => {
    localStorage.setItem(k as string, '{"kind":"trade-game/save", this is not JSON');
    localStorage.setItem('trade-game:settings', JSON.stringify({ lastScenario: id }));
  }, [saveKey, scenario.id]);
  await page.reload();
  await page.getByRole('button', { name: new RegExp(en('title.continue')) }).click();
  const dialog = page.getByRole('alertdialog', { name: en('saveProblem.title') });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(en('saveProblem.corrupt').split('“')[0]);
  await dialog.getByRole('button', { name: en('saveProblem.keep') }).click();
  await page.getByRole('button', { name: en('title.newGame') }).waitFor();
  const store = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  expect(store[saveKey]).toBeUndefined();
  expect(store[`trade-game:kept:${scenario.id}:1`]).toBe('{"kind":"trade-game/save", this is not JSON');
  expect(await page.getByRole('button', { name: new RegExp(en('title.continue')) }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('offers to start over when a deep-linked save was tampered with', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await playSteps(page, 1);
  await page.evaluate((k) => {
    const save = JSON.parse(localStorage.getItem(k) ?? '{}') as { check: { money: number } };
    save.check.money += 1_000_000; // money that replaying the choices cannot reach
    localStorage.setItem(k, JSON.stringify(save));
  }, saveKey);
  await page.reload();
  const dialog = page.getByRole('alertdialog', { name: en('saveProblem.title') });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: en('saveProblem.startOver') }).click();
  expect(await waitForScene(page)).toBe(scenario.start);
  expect((await hudText(page)).day).toContain('0');
  expect(errors).toEqual([]);
  await context.close();
});
