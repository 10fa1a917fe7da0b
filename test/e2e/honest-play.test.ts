/**
 * Honest play in Chromium (issue 8): choices in the seeded order with number keys following the screen,
 * costs that are what a choice certainly does (and chance worded as chance), warnings when no route
 * arrives in time, no raw {…} tokens in labels, Enter and 1 to continue, and challenge mode without
 * verdicts or meters. Routes are planned with the engine, then played by reading the page.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { createGame, replay, type ChoiceView, type Game } from '../../src/engine';
import { openPage, sharedBrowser } from './browser';
import { focused, hudText, screenshot, waitForOutcome, waitForScene } from './game';
import { planRoute, routeToScene, scenarioUnderTest, uiStrings } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const browser = sharedBrowser();

const url = (seed: number, lang = 'en', extra = '') => `${base}?scenario=${scenario.id}&lang=${lang}&seed=${seed}${extra}`;
const money = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: scenario.currency, maximumFractionDigits: 0 }).format(n);
const days = (n: number) => (n === 1 ? en('units.days_one') : en('units.days_other')).replace('{{value}}', String(n));
const gameAfter = (seed: number, route: readonly string[]): Game => {
  const g = createGame(scenario, seed);
  for (const id of route) expect(g.choose(id).ok).toBe(true);
  return g;
};

/** The first route (depth first, choices in screen order) to a decision the predicate accepts. */
function findRoute(seed: number, accept: (g: Game) => boolean, maxDepth = 30): string[] | null {
  const seen = new Set<string>();
  const search = (log: string[]): string[] | null => {
    const g = createGame(scenario, seed);
    for (const id of log) g.choose(id);
    const st = g.state;
    const key = JSON.stringify([st.node, st.money, st.day, st.flags, st.vars, st.pending, st.rng, st.mode]);
    if (seen.has(key) || st.status === 'ended' || log.length > maxDepth) return null;
    seen.add(key);
    if (accept(g)) return log;
    for (const c of g.view().choices.filter((x) => x.available)) {
      const found = search([...log, c.id]);
      if (found) return found;
    }
    return null;
  };
  return search([]);
}

/** Plays choice ids by pointer, continuing after each consequence. */
async function play(page: Page, route: readonly string[]): Promise<void> {
  for (const id of route) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${id}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  await waitForScene(page);
}

it('shows the choices in the seeded order, not the file order, and number keys follow the screen', async () => {
  const start = scenario.nodes[scenario.start];
  if (start?.type !== 'scene') throw new Error('the scenario starts with a scene');
  const fileOrder = start.choices.map((c) => c.id);
  const seed = [...Array(64).keys()].map((i) => i + 1).find((s) => createGame(scenario, s).view().choices.map((c) => c.id).join() !== fileOrder.join());
  expect(seed, 'some seed shows another order than the file').toBeDefined();
  const screenOrder = createGame(scenario, seed as number).view().choices.map((c) => c.id);
  const { page, errors, context } = await openPage(browser);
  await page.goto(url(seed as number));
  await waitForScene(page);
  const shown = await page.locator('button.choice').evaluateAll((bs) => bs.map((b) => [(b as HTMLElement).dataset.choice, (b as HTMLElement).dataset.number]));
  expect(shown.map(([id]) => id)).toEqual(screenOrder);
  expect(shown.map(([id]) => id)).not.toEqual(fileOrder.filter((id) => screenOrder.includes(id)));
  expect(shown.map(([, n]) => n)).toEqual(screenOrder.map((_, i) => String(i + 1)));
  // The same seed gives the same order on reload.
  await page.reload();
  await waitForScene(page);
  expect(await page.locator('button.choice').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.choice))).toEqual(screenOrder);
  // Key 2 takes the second choice on screen.
  const second = (await page.locator('button.choice[data-number="2"] .choice-label').textContent()) ?? '';
  await page.keyboard.press('2');
  await waitForOutcome(page);
  expect(await page.locator('.outcome .chosen').textContent()).toContain(second);
  expect(errors).toEqual([]);
  await context.close();
});

it('a certain choice shows exactly what it costs: the HUD moves by the amounts on the button', async () => {
  const seed = 7;
  const certain = (c: ChoiceView) => c.available && c.risk !== null && c.risk.money === 0 && c.risk.days === 0 && c.cost.money > 0 && c.cost.days > 0;
  const route = routeToScene(scenario, seed, (g) => g.view().choices.some(certain));
  expect(route, 'a decision with a certain cost in money and days').not.toBeNull();
  const choice = gameAfter(seed, route as string[]).view().choices.find(certain) as ChoiceView;
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  await page.goto(url(seed));
  await play(page, route as string[]);
  const button = page.locator(`button.choice[data-choice="${choice.id}"]`);
  expect(await button.locator('.cost-money[data-nature="spend"]').textContent()).toBe(money(choice.cost.money));
  expect(await button.locator('.cost-days[data-nature="spend"]').textContent()).toBe(days(choice.cost.days));
  expect(await button.locator('.cost-risk').count()).toBe(0);
  const before = gameAfter(seed, route as string[]).view().hud;
  await button.click();
  await waitForOutcome(page);
  expect(await hudText(page)).toEqual({
    money: money(before.money - choice.cost.money),
    day: en('hud.day').replace('{{day}}', String(before.day + choice.cost.days)).replace('{{deadline}}', String(before.deadline)),
  });
  expect(await page.locator('[data-delta="money"]').textContent()).toContain(money(choice.cost.money));
  expect(await page.locator('[data-delta="days"]').textContent()).toContain(days(choice.cost.days));
  expect(errors).toEqual([]);
  await context.close();
});

it('an uncertain choice says what chance may add, in its chips and its description', async () => {
  const seed = 7;
  const risky = (c: ChoiceView) => c.available && c.risk !== null && c.risk.days > 0;
  const route = findRoute(seed, (g) => g.view().choices.some(risky));
  expect(route, 'a decision where chance may add days').not.toBeNull();
  const choice = gameAfter(seed, route as string[]).view().choices.find(risky) as ChoiceView;
  const { page, errors, context } = await openPage(browser);
  await page.goto(url(seed));
  await play(page, route as string[]);
  const button = page.locator(`button.choice[data-choice="${choice.id}"]`);
  const expected = (choice.cost.days > 0 ? en('play.cost.mayAddDays') : en('play.cost.mayTakeDays')).replace('{{days}}', days(choice.risk?.days ?? 0));
  expect(await button.locator('.cost-days.cost-risk').textContent()).toBe(expected);
  // The certain part never includes what chance may add.
  if (choice.cost.days > 0) expect(await button.locator('.cost-days[data-nature="spend"]').textContent()).toBe(days(choice.cost.days));
  const description = await button.evaluate((b) => (b.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  expect(description).toContain(expected);
  await screenshot(page, 'honest-uncertain');
  expect(errors).toEqual([]);
  await context.close();
});

it('choice labels with tokens are formatted on screen, in the outcome and the announcement (en, fr)', async () => {
  const seed = 7;
  const tokenised = Object.entries(scenario.nodes).flatMap(([node, n]) => (n.type === 'scene' ? n.choices.filter((c) => /\{\w+:/.test(c.label)).map((c) => ({ node, choice: c.id })) : []));
  expect(tokenised.length, 'the scenario has choice labels with tokens').toBeGreaterThan(0);
  const target = tokenised.map((t) => ({ ...t, route: routeToScene(scenario, seed, (g) => g.state.node === t.node && g.view().choices.some((c) => c.id === t.choice && c.available)) })).find((t) => t.route);
  expect(target, 'a reachable decision with a tokenised label').toBeDefined();
  const { node, choice, route } = target as { node: string; choice: string; route: string[] };
  for (const lang of ['en', 'fr']) {
    const { page, errors, context } = await openPage(browser);
    await page.goto(url(seed, lang));
    await play(page, route);
    expect(await waitForScene(page)).toBe(node);
    const labels = await page.locator('.choice-label').allTextContents();
    expect(labels.filter((l) => l.includes('{')), `raw tokens in ${lang}`).toEqual([]);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    expect(await page.locator('.outcome .chosen').textContent()).not.toContain('{');
    await expect.poll(() => page.locator('[data-live="polite"]').textContent()).toContain((await page.locator('.outcome .chosen span').first().textContent())?.trim() ?? '—');
    expect(await page.locator('[data-live="polite"]').textContent()).not.toContain('{');
    expect(errors).toEqual([]);
    await context.close();
  }
});

it('on a consequence, Enter (focus on the heading) and 1 continue', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(url(7));
  const first = await waitForScene(page);
  await page.keyboard.press('1');
  await waitForOutcome(page);
  expect((await focused(page)).id).toBe('outcome-title');
  await page.keyboard.press('Enter');
  const second = await waitForScene(page);
  expect(second).not.toBe(first);
  expect((await focused(page)).id).toBe('scene-title');
  await page.keyboard.press('1');
  await waitForOutcome(page);
  await page.keyboard.press('1');
  expect(await waitForScene(page)).not.toBe(second);
  expect(errors).toEqual([]);
  await context.close();
});

it('the HUD shows the earliest arrival and warns, once, when no route fits before the deadline', async () => {
  const seed = 7;
  const route = findRoute(seed, (g) => g.view().hud.behindSchedule && g.view().hud.daysLeft >= 0);
  expect(route, 'a route that falls behind schedule').not.toBeNull();
  const steps = route as string[];
  const before = gameAfter(seed, steps.slice(0, -1)).view();
  const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
  await page.goto(url(seed));
  await play(page, steps.slice(0, -1));
  expect(await page.locator('[data-hud="arrival"]').textContent()).toBe(en('hud.arrivalDay').replace('{{day}}', String(before.hud.earliestArrival)));
  expect(await page.locator('[data-warning="behind"]').count()).toBe(0);
  // Each choice after which no route arrives in time says so.
  for (const c of before.choices.filter((x) => x.available)) {
    const flagged = c.earliestArrival === null || c.earliestArrival > scenario.deadline;
    expect(await page.locator(`button.choice[data-choice="${c.id}"]`).evaluate((b) => (b.getAttribute('aria-describedby') ?? '').split(' ').some((id) => document.getElementById(id)?.dataset.warning === 'arrival'))).toBe(flagged);
  }
  await page.locator(`button.choice[data-choice="${steps[steps.length - 1]}"]`).click();
  await waitForOutcome(page);
  const after = gameAfter(seed, steps).view().hud;
  const warning = after.earliestArrival === null ? en('hud.noRoute') : en('hud.behind').replace('{{day}}', String(after.earliestArrival)).replace('{{deadline}}', String(after.deadline));
  await expect.poll(() => page.locator('[data-live="polite"]').textContent()).toContain(warning);
  expect(await page.locator('[data-warning="behind"] .warning-long').textContent()).toBe(warning);
  await screenshot(page, 'honest-behind');
  expect(errors).toEqual([]);
  await context.close();
});

it('challenge mode shows what happened but no verdict and no readiness meters; coach mode shows them', async () => {
  const seed = 7;
  const route = planRoute(scenario, seed, (kind) => kind === 'success') as string[];
  expect(route).not.toBeNull();
  const scored = route.findIndex((_, i) => replay(scenario, seed, route.slice(0, i + 1)).game.view().effects.some((e) => e.type === 'score'));
  expect(scored, 'a step with a verdict').toBeGreaterThanOrEqual(0);
  for (const mode of ['challenge', 'coach'] as const) {
    const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
    await page.goto(url(seed, 'en', `&mode=${mode}`));
    await play(page, route.slice(0, scored));
    expect(await page.locator('.hud-meters').count()).toBe(mode === 'coach' ? 1 : 0);
    expect(await page.locator('[data-hud="readiness-note"]').count()).toBe(mode === 'challenge' ? 1 : 0);
    await page.locator(`button.choice[data-choice="${route[scored]}"]`).click();
    await waitForOutcome(page);
    const verdicts = await page.locator('.outcome ul.feedback li').count();
    const text = (await page.locator('section.outcome').textContent()) ?? '';
    const tags = [en('outcome.good'), en('outcome.bad')].map((s) => s.split(' — ')[0] as string);
    if (mode === 'challenge') {
      expect(verdicts).toBe(0);
      for (const tag of tags) expect(text).not.toContain(tag);
      expect(await page.locator('.outcome .chosen').count()).toBe(1);
      await screenshot(page, 'honest-challenge-outcome');
    } else {
      expect(verdicts).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  }
});
