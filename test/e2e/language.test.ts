/** Switching the language mid-game keeps the game: same scene, same money and day, new words. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, keys, parseText } from '../../src/scenario';
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, scenariosDir, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const fr = uiStrings('fr');
const es = uiStrings('es');
const browser = sharedBrowser();

/** The scene title a French player should see: the French translation when it is up to date, else the source text. */
function expectedTitle(node: string): string | null {
  const scene = scenario.nodes[node];
  if (scene?.type !== 'scene' || !scene.title) return null;
  const file = join(scenariosDir, scenario.id, 'locales', 'fr.json');
  const strings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { strings: Record<string, { text: string; source: string }> }).strings : {};
  const tr = strings[keys.node(node, 'title')];
  const text = tr && tr.source === fingerprint(scene.title) ? tr.text : scene.title;
  return parseText(text).map((s) => ('text' in s ? s.text : '')).join('');
}


it('switches language mid-game without losing progress', async () => {
  const seed = 9;
  const route = planRoute(scenario, seed, () => true) ?? [];
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  await waitForScene(page);
  await page.locator(`button.choice[data-choice="${route[0]}"]`).click();
  await waitForOutcome(page);
  await page.locator('main button[data-action="continue"]').click();
  const node = await waitForScene(page);
  const log = await page.evaluate((k) => localStorage.getItem(k), `trade-game:save:${scenario.id}`);

  await page.getByRole('button', { name: en('hud.menu') }).click();
  await page.getByRole('dialog', { name: en('menu.title') }).getByRole('button', { name: en('menu.settings') }).click();
  const settings = page.getByRole('dialog', { name: en('settings.title') });
  await settings.getByRole('combobox', { name: en('settings.language') }).selectOption('fr');
  await page.getByRole('dialog', { name: fr('settings.title') }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
  await page.getByRole('dialog', { name: fr('settings.title') }).getByRole('button', { name: fr('settings.close') }).click();

  expect(await waitForScene(page)).toBe(node);
  await page.getByRole('heading', { name: fr('play.choicesHeading') }).waitFor();
  const title = expectedTitle(node);
  if (title !== null) expect(await page.locator('#scene-title').textContent()).toBe(title);
  await page.getByRole('button', { name: fr('hud.menu') }).waitFor();
  const day = (await page.locator('[data-hud="day"]').textContent()) ?? '';
  expect(day.startsWith(fr('hud.day').split(' ')[0] as string)).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), `trade-game:save:${scenario.id}`)).toBe(log);

  // The game goes on in French, and the choice counts.
  await page.locator(`button.choice[data-choice="${route[1]}"]`).click();
  await waitForOutcome(page);
  await page.getByRole('heading', { name: fr('outcome.title') }).waitFor();

  // And back to Spanish from the title screen, after a reload the game is still there.
  await page.goto(`${base}?lang=es`);
  await page.getByRole('button', { name: new RegExp(es('title.continue')) }).click();
  await page.getByRole('heading', { name: es('play.choicesHeading') }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
