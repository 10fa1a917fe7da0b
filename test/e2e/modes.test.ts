/**
 * Coach and Challenge in the browser: the player picks the mode on the picker (remembered), a reload
 * continues in the same mode (the save holds it), the report and result code say which mode was played,
 * and ?mode= in a link sets it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { decodeResultCode } from '../../src/engine';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const report = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/report.json', import.meta.url), 'utf8')) as { mode?: Record<string, string>; actions: { menu: string } };
const saveKey = `trade-game:save:${scenario.id}`;
const browser = sharedBrowser();

const savedMode = async (page: Page) => (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), saveKey)) ?? 'null') as { mode?: string } | null)?.mode;

async function play(page: Page, choices: readonly string[]): Promise<void> {
  for (const choice of choices) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
}

it('plays Challenge picked on the picker: remembered, kept over a reload, and named in the report and its code', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: en('title.newGame') }).click();
  const group = page.getByRole('group', { name: en('picker.mode.legend') });
  const coach = group.getByRole('radio', { name: en('picker.mode.coach') });
  const challenge = group.getByRole('radio', { name: en('picker.mode.challenge') });
  expect(await coach.isChecked()).toBe(true); // the default
  expect(await challenge.getAttribute('aria-describedby')).toBeTruthy();
  await challenge.check();
  await page.locator(`[data-scenario="${scenario.id}"] button[data-action="play"]`).click();
  await waitForScene(page);
  const url = new URL(page.url());
  expect(url.searchParams.get('mode')).toBe('challenge');
  const seed = Number(url.searchParams.get('seed'));
  const route = planRoute(scenario, seed, () => true);
  expect(route, 'a route to an ending exists for this seed').not.toBeNull();
  const [first, ...rest] = route as string[];
  await play(page, [first as string]);
  expect(await savedMode(page)).toBe('challenge');

  await page.reload();
  await waitForScene(page);
  expect(await savedMode(page)).toBe('challenge');
  // From the bare address too: Continue resumes the challenge game.
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: new RegExp(en('title.continue')) }).click();
  await waitForScene(page);
  expect(new URL(page.url()).searchParams.get('mode')).toBe('challenge');
  await play(page, rest);

  const mode = page.locator('.rp-mode');
  await mode.waitFor();
  expect(await mode.getAttribute('data-mode')).toBe('challenge');
  expect((await mode.textContent())?.trim()).toBe(report.mode?.challenge);
  const code = (await page.locator('.rp-code__value').textContent()) ?? '';
  expect(decodeResultCode(code)?.mode).toBe('challenge');

  // The picker remembers Challenge for the next game.
  await page.getByRole('button', { name: report.actions.menu }).click();
  await page.getByRole('button', { name: en('title.newGame') }).click();
  expect(await page.getByRole('radio', { name: en('picker.mode.challenge') }).isChecked()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

it('?mode= alone sets the mode of new games; a link to a game plays in its mode without changing the setting', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?lang=en&mode=challenge&scenario=${scenario.id}&seed=4`);
  await waitForScene(page);
  await play(page, (planRoute(scenario, 4, () => true) ?? []).slice(0, 1));
  expect(await savedMode(page)).toBe('challenge');
  // The game's address carries its mode; reloading it does not rewrite the picker's remembered choice.
  expect(new URL(page.url()).searchParams.get('mode')).toBe('challenge');
  await page.reload();
  await waitForScene(page);
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: en('title.newGame') }).click();
  expect(await page.getByRole('radio', { name: en('picker.mode.coach') }).isChecked()).toBe(true);
  await page.goto(`${base}?lang=en&mode=challenge`);
  await page.getByRole('button', { name: en('title.newGame') }).click();
  expect(await page.getByRole('radio', { name: en('picker.mode.challenge') }).isChecked()).toBe(true);
  await page.goto(`${base}?lang=en&mode=coach`);
  await page.getByRole('button', { name: en('title.newGame') }).click();
  expect(await page.getByRole('radio', { name: en('picker.mode.coach') }).isChecked()).toBe(true);
  expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});
