/**
 * The illustrated title and picker in the browser: at 360×640 the start action and the first scenario
 * card are on screen without scrolling (the second card starts below it); at 1280×800 the cards form a
 * grid. The pictures are decorative (aria-hidden, alt=""), distinct per scenario, redrawn in high
 * contrast; each card's Play button is named after its scenario, and a tap anywhere on the card plays.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { expectNoAxeViolations, screenshot, waitForScene } from './game';
import { scenariosDir, uiStrings } from './scenario';
import { readCatalog } from '../../tools/vite/scenarios';

const base = inject('baseUrl');
const en = uiStrings('en');
const strings = { en, fr: uiStrings('fr') };
const catalog = readCatalog(scenariosDir);
const browser = sharedBrowser();

/** The page's box of an element. */
const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

/** Waits until the decorative picture inside `selector` has loaded. */
const pictureLoaded = (page: Page, selector: string) =>
  page.waitForFunction((s) => [...document.querySelectorAll<HTMLImageElement>(`${s} img`)].some((i) => i.complete && i.naturalWidth > 0), selector);

describe.each([
  { width: 360, height: 640, lang: 'en' as const },
  { width: 1280, height: 800, lang: 'en' as const },
  { width: 360, height: 640, lang: 'fr' as const },
  { width: 1280, height: 800, lang: 'fr' as const },
])('at $width×$height in $lang', ({ lang, ...viewport }) => {
  const t = strings[lang];
  it('shows the key art and the start action at once, then illustrated cards, with no axe violations', async () => {
    const { page, errors, context } = await openPage(browser, viewport);
    await page.goto(`${base}?lang=${lang}`);
    await page.getByRole('heading', { level: 1, name: t('app.name') }).waitFor();
    await pictureLoaded(page, '.title-art');
    expect(await page.locator('.title-art').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.title-art img').getAttribute('alt')).toBe('');
    const start = await box(page, 'button[data-action="new-game"]');
    expect(start.y + start.height, 'New game is visible without scrolling').toBeLessThanOrEqual(viewport.height);
    await expectNoAxeViolations(page, 'illustrated title');
    await screenshot(page, `title-illustrated-${lang}`);

    await page.getByRole('button', { name: t('title.newGame') }).click();
    await page.getByRole('heading', { level: 1, name: t('picker.title') }).waitFor();
    await pictureLoaded(page, '.scard__art');
    const cards = page.locator('article.scard');
    expect(await cards.count()).toBe(catalog.length);
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    if (!first || !second) throw new Error('the cards are not laid out');
    expect(first.y, 'the first card starts on screen').toBeGreaterThanOrEqual(0);
    expect(first.y + first.height, 'the first card ends on screen').toBeLessThanOrEqual(viewport.height);
    if (viewport.width < 600) expect(second.y, 'the second card starts on screen').toBeLessThan(viewport.height - 16);
    else expect(Math.abs(second.y - first.y), 'the cards stand side by side').toBeLessThan(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expectNoAxeViolations(page, 'illustrated picker');
    await screenshot(page, `picker-illustrated-${lang}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

it('tells each scenario apart: its own picture, its difficulty from the file, a Play button named after it', async () => {
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: en('title.newGame') }).click();
  await pictureLoaded(page, '.scard__art');
  await page.waitForFunction((n) => document.querySelectorAll('.scard__art img').length === n, catalog.length);
  const pictures = await page.locator('.scard__art img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
  expect(new Set(pictures).size).toBe(catalog.length);
  for (const entry of catalog) {
    const title = entry.texts.en?.title ?? entry.id;
    const card = page.locator(`article[data-scenario="${entry.id}"]`);
    expect(await card.getAttribute('data-difficulty')).toBe(entry.difficulty);
    expect(await card.locator('.scard__level .visually-hidden').textContent()).toBe(`${en('picker.difficultyValue').replace('{{value}}', en(`difficulty.${entry.difficulty}`))}.`);
    const play = page.getByRole('button', { name: `${en('picker.playShort')} ${title}`, exact: true });
    expect(await play.count(), title).toBe(1);
    expect(await play.getAttribute('data-action')).toBe('play');
  }

  // Details open and close under the pitch; they hold the budget and the deadline.
  const firstCard = page.locator('article.scard').first();
  const details = firstCard.getByRole('button', { name: en('picker.details') });
  await details.click();
  expect(await details.getAttribute('aria-expanded')).toBe('true');
  await firstCard.locator('.scard__details').getByText(en('picker.budget')).waitFor();
  await details.click();
  expect(await firstCard.locator('.scard__details').isHidden()).toBe(true);

  // A tap on the card's picture plays that scenario.
  const picture = await box(page, 'article.scard >> nth=0 >> .scard__art');
  await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
  await waitForScene(page);
  expect(new URL(page.url()).searchParams.get('scenario')).toBe(catalog[0]?.id);
  expect(errors).toEqual([]);
  await context.close();
});

it('redraws the pictures in the high-contrast palette, and plays a card from the keyboard', async () => {
  const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
  await page.goto(`${base}?lang=en`);
  await pictureLoaded(page, '.title-art');
  const before = await page.locator('.title-art img').getAttribute('src');
  await page.getByRole('button', { name: en('title.settings') }).click();
  const settings = page.getByRole('dialog', { name: en('settings.title') });
  await settings.getByRole('checkbox', { name: en('settings.highContrast') }).check();
  await page.waitForFunction((old) => document.querySelector('.title-art img')?.getAttribute('src') !== old, before);
  expect(await page.locator('.title-art img').getAttribute('src')).toContain(encodeURIComponent('stroke="#111111"'));
  await settings.getByRole('button', { name: en('settings.close') }).click();

  await page.getByRole('button', { name: en('title.newGame') }).click();
  await page.getByRole('heading', { level: 1, name: en('picker.title') }).waitFor();
  const id = catalog[1]?.id ?? catalog[0]?.id;
  await page.locator(`article[data-scenario="${id}"] button[data-action="play"]`).focus();
  await page.keyboard.press('Enter');
  await waitForScene(page);
  expect(new URL(page.url()).searchParams.get('scenario')).toBe(id);
  expect(errors).toEqual([]);
  await context.close();
});
