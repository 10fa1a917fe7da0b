/** The HS explorer inside an HS decision finds the product's code by searching a word of its name. */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { focused, screenshot, waitForOutcome, waitForScene } from './game';
import { routeToScene, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const hs = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/hs.json', import.meta.url), 'utf8')) as { title: string };
const browser = sharedBrowser();

it("finds the product's HS code by search in an HS decision", async () => {
  const code = scenario.product.hs;
  expect(code, 'the scenario names its product HS code').toBeTruthy();
  const seed = 2;
  const route = routeToScene(scenario, seed, (g) => g.view().decision === 'hs');
  expect(route, 'the scenario has a reachable HS decision').not.toBeNull();
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const choice of route as string[]) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  await waitForScene(page);
  const opener = page.getByRole('button', { name: en('play.hsExplorer') });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: hs.title });
  await dialog.waitFor();
  await dialog.locator('.hs-main > *').first().waitFor(); // the HS data has loaded and the browser is shown
  const words = scenario.product.name.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  let found = false;
  for (const word of words) {
    await dialog.getByRole('searchbox').fill(word);
    await dialog.getByRole('searchbox').press('Enter');
    await dialog.locator('.hs-main h3', { hasText: word }).waitFor();
    const results = dialog.locator('.hs-results');
    if ((await results.count()) && ((await results.textContent()) ?? '').includes(code as string)) {
      found = true;
      break;
    }
  }
  expect(found, `searching ${JSON.stringify(words)} shows ${code}`).toBe(true);
  await screenshot(page, 'hs-explorer');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect((await focused(page)).action, 'focus returns to the explorer button').toBe('hs-explorer');
  expect(errors).toEqual([]);
  await context.close();
});
