/**
 * Every shipped scenario can be played to success in the browser by keyboard
 * only: number keys pick choices, Tab and Enter move on from each consequence.
 * Routes are planned with the engine for a seed, then played by reading the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { replay } from '../../src/engine';
import { parseScenarioText, type Scenario } from '../../src/scenario';
import { readCatalog } from '../../tools/vite/scenarios';
import { openPage, sharedBrowser } from './browser';
import { focused, tabTo, waitForOutcome, waitForScene } from './game';
import { planRoute, scenariosDir } from './scenario';

const base = inject('baseUrl');
const scenarios: Scenario[] = readCatalog(scenariosDir).map((e) => {
  const r = parseScenarioText(readFileSync(join(scenariosDir, e.id, 'scenario.json'), 'utf8'));
  if (!r.ok) throw new Error(`${e.id} is not valid`);
  return r.scenario;
});
const browser = sharedBrowser();

/** The first seed (1–20) with a winning route, and the route. */
function winningRoute(scenario: Scenario): { seed: number; route: string[] } {
  for (let seed = 1; seed <= 20; seed++) {
    const route = planRoute(scenario, seed, (kind) => kind === 'success');
    if (route) return { seed, route };
  }
  throw new Error(`no winning route for ${scenario.id} with seeds 1–20`);
}

describe('every shipped scenario', () => {
  it('ships at least the five scenarios of the content issue', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(expect.arrayContaining(['coffee', 'roses', 'scarves', 'shea', 'software']));
  });

  for (const scenario of scenarios) {
    it(`${scenario.id}: plays to success by keyboard only`, async () => {
      const { seed, route } = winningRoute(scenario);
      const { page, errors, context } = await openPage(browser);
      await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
      for (const [i, choice] of route.entries()) {
        const node = await waitForScene(page);
        expect(node).toBe(replay(scenario, seed, route.slice(0, i)).game.state.node);
        await page.keyboard.press((await page.locator(`button.choice[data-choice="${choice}"]`).getAttribute('data-number')) ?? '');
        await waitForOutcome(page);
        await tabTo(page, (f) => f.action === 'continue');
        await page.keyboard.press('Enter');
      }
      const end = replay(scenario, seed, route).game.state;
      const ending = scenario.nodes[end.node];
      expect(ending?.type === 'ending' && ending.kind).toBe('success');
      await page.getByText(ending?.type === 'ending' ? ending.title : '', { exact: false }).first().waitFor();
      expect((await focused(page)).tag).not.toBe('BODY');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
