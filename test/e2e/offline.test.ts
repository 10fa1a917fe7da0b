/** After a first visit, the service worker's precache lets the game load and play with no network. */
import { expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { waitForOutcome, waitForScene } from './game';
import { scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const browser = sharedBrowser();

it('reloads and plays offline after a first visit', async () => {
  const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 }, { serviceWorkers: 'allow' });
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=4`);
  await waitForScene(page);
  // The worker registers once the first choice is on screen; wait until it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 60_000 });

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  const node = await waitForScene(page);
  expect(node).toBe(scenario.start);
  await page.locator('button.choice').first().click();
  await waitForOutcome(page);

  // A fresh visit to the bare address works offline too, in another language.
  await page.goto(`${base}?lang=fr`);
  await page.getByRole('button', { name: uiStrings('fr')('title.newGame') }).click();
  await page.getByRole('heading', { name: uiStrings('fr')('picker.title') }).waitFor();
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.close();
});

it('prepares offline play from the title screen alone (registered when idle)', async () => {
  const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 }, { serviceWorkers: 'allow' });
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: uiStrings('en')('title.newGame') }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: uiStrings('en')('title.newGame') }).click();
  await page.getByRole('heading', { name: uiStrings('en')('picker.title') }).waitFor();
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  await context.close();
});
