/**
 * Full games in Chromium against the built site: to success by keyboard only
 * (number keys, Tab and Enter; focus managed after every step), and to a
 * failure by pointer. Routes are planned with the engine, then played by
 * reading the page (choice ids and numbers from the DOM).
 */
import { expect, inject, it } from 'vitest';
import { replay } from '../../src/engine';
import { openPage, sharedBrowser } from './browser';
import { focused, screenshot, tabTo, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const browser = sharedBrowser();

function endingTitle(seed: number, route: string[]): string {
  const r = replay(scenario, seed, route);
  const node = scenario.nodes[r.game.state.node];
  if (node?.type !== 'ending') throw new Error('route does not end');
  return node.title;
}

it('plays a full game to success by keyboard only, with focus on each new heading', async () => {
  const seed = 11;
  const route = planRoute(scenario, seed, (kind) => kind === 'success');
  expect(route, 'a winning route exists for this seed').not.toBeNull();
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  let checkedUnavailable = false;
  for (const [i, choice] of (route as string[]).entries()) {
    const node = await waitForScene(page);
    expect(node).toBe(replay(scenario, seed, (route as string[]).slice(0, i)).game.state.node);
    expect((await focused(page)).id, 'focus starts on the scene heading').toBe('scene-title');
    const unavailable = page.locator('button.choice[aria-disabled="true"]');
    if (!checkedUnavailable && (await unavailable.count()) > 0) {
      // An unavailable choice is announced with its reason and changes nothing.
      await page.keyboard.press((await unavailable.first().getAttribute('data-number')) ?? '');
      await expect.poll(() => page.locator('[data-live="assertive"]').textContent()).toContain(en('play.unavailable').split(':')[0]);
      expect(await waitForScene(page)).toBe(node);
      await page.locator('#scene-title').focus();
      checkedUnavailable = true;
    }
    if (i % 2 === 0) {
      await page.keyboard.press((await page.locator(`button.choice[data-choice="${choice}"]`).getAttribute('data-number')) ?? '');
    } else {
      await tabTo(page, (f) => f.choice === choice);
      await page.keyboard.press('Enter');
    }
    await waitForOutcome(page);
    expect((await focused(page)).id, 'focus moves to the consequence').toBe('outcome-title');
    await expect.poll(() => page.locator('[data-live="polite"]').textContent()).toContain((en('outcome.chose').split('{{')[0] ?? '').trim());
    await tabTo(page, (f) => f.action === 'continue');
    await page.keyboard.press('Enter');
  }
  await page.getByText(endingTitle(seed, route as string[]), { exact: false }).first().waitFor();
  await screenshot(page, 'report-success');
  expect(errors).toEqual([]);
  await context.close();
});

it('plays a full game to a failure by pointer', async () => {
  const seed = 5;
  const route = planRoute(scenario, seed, (kind) => kind !== 'success');
  expect(route, 'a losing route exists for this seed').not.toBeNull();
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const choice of route as string[]) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  const title = endingTitle(seed, route as string[]);
  await page.getByText(title, { exact: false }).first().waitFor();
  const state = replay(scenario, seed, route as string[]).game.state;
  expect(scenario.nodes[state.node]).toMatchObject({ type: 'ending' });
  expect((scenario.nodes[state.node] as { kind: string }).kind).not.toBe('success');
  await screenshot(page, 'report-failure');
  expect(errors).toEqual([]);
  await context.close();
});
