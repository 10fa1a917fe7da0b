/**
 * Every screen, at a phone size (360×640) and a laptop size (1280×800):
 * axe-core finds 0 violations, the accessibility tree has the expected
 * landmarks, headings and controls, and a screenshot is kept as an artifact.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createGame } from '../../src/engine';
import { openPage, sharedBrowser } from './browser';
import { expectNoAxeViolations, screenshot, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const seed = 11;
const route = planRoute(scenario, seed, (k) => k === 'success') ?? [];
const browser = sharedBrowser();

async function check(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  await screenshot(page, screen);
}

describe.each([
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
])('at $width×$height', (viewport) => {
  it('title, settings, about, picker and loading have no axe violations and a sound accessibility tree', async () => {
    const { page, errors, context } = await openPage(browser, viewport);
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: en('app.name') }).waitFor();
    expect(await page.locator('body').ariaSnapshot()).toContain(`combobox "${en('settings.language')}"`);
    await check(page, 'title');

    await page.getByRole('button', { name: en('title.settings') }).click();
    const settings = page.getByRole('dialog', { name: en('settings.title') });
    await settings.waitFor();
    for (const name of [en('settings.effectsVolume'), en('settings.musicVolume')]) await settings.getByRole('slider', { name }).waitFor();
    await settings.getByRole('checkbox', { name: en('settings.highContrast') }).check();
    await check(page, 'settings-high-contrast');
    await settings.getByRole('checkbox', { name: en('settings.highContrast') }).uncheck();
    await settings.getByRole('button', { name: en('settings.close') }).click();
    await settings.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: en('title.about') }).click();
    await page.locator('main h1').first().waitFor();
    await check(page, 'about');
    await page.goto(base);

    await page.getByRole('button', { name: en('title.newGame') }).click();
    await page.getByRole('heading', { level: 1, name: en('picker.title') }).waitFor();
    const cards = page.getByRole('article');
    expect(await cards.count()).toBeGreaterThan(0);
    await check(page, 'picker');

    // The loading screen, held on screen while the scenario file is on its way.
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => { release = ok; });
    await page.route(new RegExp(`/assets/scenario-${scenario.id}-[^/]*\\.js$`), async (r) => {
      await held;
      await r.continue();
    });
    await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
    await page.getByRole('progressbar', { name: en('loading.label') }).waitFor();
    await check(page, 'loading');
    release();
    await waitForScene(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('play, outcome, chance, menu, HS explorer, save problem and report have no axe violations', async () => {
    const { page, errors, context } = await openPage(browser, viewport);
    await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
    const game = createGame(scenario, seed);
    let sawChance = false;
    for (const [i, choice] of route.entries()) {
      await waitForScene(page);
      const view = game.view();
      if (i === 0) {
        const tree = await page.locator('main').ariaSnapshot();
        expect(tree).toMatch(/heading ".+" \[level=1\]/);
        expect(tree).toContain(`list "${en('play.choicesHeading')}"`);
        expect(await page.getByRole('list', { name: en('play.choicesHeading') }).getByRole('button').count()).toBe(view.choices.length);
        // On a phone the six meters fold into one summary button; opened, they are the same list.
        if (viewport.width < 640) await page.getByRole('button', { name: new RegExp(en('hud.readinessShort')) }).click();
        const hud = await page.getByRole('banner').ariaSnapshot();
        expect(hud).toContain(en('hud.money'));
        expect(hud).toContain(`list "${en('hud.readiness')}"`);
        await check(page, 'play');
        await page.getByRole('button', { name: en('hud.menu') }).click();
        await page.getByRole('dialog', { name: en('menu.title') }).waitFor();
        await check(page, 'menu');
        await page.keyboard.press('Escape');
      }
      if (view.decision === 'hs') {
        await page.getByRole('button', { name: en('play.hsExplorer') }).click();
        await page.locator('dialog.hs-dialog').waitFor();
        await page.locator('dialog.hs-dialog input[type="search"]').fill(scenario.product.name.split(' ').pop() ?? '');
        await page.locator('dialog.hs-dialog input[type="search"]').press('Enter');
        await page.locator('dialog.hs-dialog .hs-results').waitFor();
        await check(page, 'hs-explorer');
        await page.keyboard.press('Escape');
      }
      await page.locator(`button.choice[data-choice="${choice}"]`).click();
      game.choose(choice);
      await waitForOutcome(page);
      if (i === 0) await check(page, 'outcome');
      if (!sawChance && (await page.locator('.chance-card').count()) > 0) {
        sawChance = true;
        await check(page, 'outcome-chance');
      }
      await page.locator('main button[data-action="continue"]').click();
    }
    const ending = scenario.nodes[game.state.node];
    await page.getByText(ending?.type === 'ending' ? ending.title : '—').first().waitFor();
    await check(page, 'report');

    // A corrupt save: the dialog, audited.
    await page.evaluate((k) => localStorage.setItem(k, 'not a save'), `trade-game:save:${scenario.id}`);
    await page.reload();
    await page.getByRole('alertdialog', { name: en('saveProblem.title') }).waitFor();
    await check(page, 'save-problem');
    expect(errors).toEqual([]);
    await context.close();
  });
});

it('the audit itself catches a real violation (a button without a name)', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(base);
  await page.getByRole('heading', { level: 1, name: en('app.name') }).waitFor();
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
  await expect(expectNoAxeViolations(page, 'broken title')).rejects.toThrow(/button-name/);
  await context.close();
});
