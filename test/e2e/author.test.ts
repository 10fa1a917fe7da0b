/**
 * Author tools on the dev server (`npm run dev`): saving the scenario file
 * swaps it in and replays the player's choices to the same place; the author
 * panel shows the scene and state and jumps to any scene with money, day and flags.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { launch, openPage } from './browser';
import { hudText, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest, scenariosDir, uiStrings } from './scenario';

const scenario = scenarioUnderTest();
const en = uiStrings('en');
const copy = mkdtempSync(join(tmpdir(), 'trade-game-dev-'));
let server: ViteDevServer;
let base = '';
let browser: Browser;

beforeAll(async () => {
  cpSync(join(scenariosDir, scenario.id), join(copy, scenario.id), { recursive: true });
  const before = process.env.TRADE_GAME_SCENARIOS;
  process.env.TRADE_GAME_SCENARIOS = copy; // read by vite.config.ts when the server starts
  try {
    server = await createServer({ root: fileURLToPath(new URL('../..', import.meta.url)), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
  } finally {
    process.env.TRADE_GAME_SCENARIOS = before;
  }
  base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}/`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

it('reloads a saved scenario file and keeps the player at the same place', async () => {
  const seed = 6;
  const route = planRoute(scenario, seed, () => true) ?? [];
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const choice of route.slice(0, 2)) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  const node = await waitForScene(page);
  const hud = await hudText(page);
  const file = join(copy, scenario.id, 'scenario.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Record<string, { text: string }> };
  const marker = `Edited by the author ${Date.now()}.`;
  (data.nodes[node] as { text: string }).text = marker;
  writeFileSync(file, JSON.stringify(data, null, 2));
  await page.getByText(marker).waitFor();
  expect(await waitForScene(page)).toBe(node);
  expect(await hudText(page)).toEqual(hud);
  expect(await page.locator('#author-panel').isHidden()).toBe(true);
  expect(errors.filter((e) => !/vite/i.test(e))).toEqual([]);
  await context.close();
});

it('the author panel shows the state and jumps to a scene with money, day and flags', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=1&author=1`);
  await waitForScene(page);
  const panel = page.getByRole('complementary', { name: en('author.title') });
  await panel.waitFor();
  expect(await panel.locator('[data-author="node"]').textContent()).toBe(scenario.start);
  const target = Object.entries(scenario.nodes).find(([id, n]) => n.type === 'scene' && id !== scenario.start)?.[0] ?? scenario.start;
  await panel.getByRole('combobox', { name: en('author.scene') }).selectOption(target);
  await panel.getByRole('spinbutton', { name: en('author.money') }).fill('4321');
  await panel.getByRole('spinbutton', { name: en('author.day') }).fill('3');
  const flag = scenario.flags?.[0];
  if (flag) await panel.getByRole('checkbox', { name: flag }).check();
  await panel.getByRole('button', { name: en('author.apply') }).click();
  await page.locator(`section.scene[data-node="${target}"]`).waitFor();
  const hud = await hudText(page);
  expect(hud.money.replace(/\D/g, '')).toBe('4321');
  expect(hud.day).toContain('3');
  expect(await panel.locator('[data-author="node"]').textContent()).toBe(target);
  // The jumped state plays on by the rules.
  const view = createGame(scenario, 1, { ...createGame(scenario, 1).state, node: target, money: 4321, day: 3 }).view();
  await page.locator(`button.choice[data-choice="${view.choices.find((c) => c.available)?.id}"]`).click();
  await waitForOutcome(page);
  expect(errors.filter((e) => !/vite/i.test(e))).toEqual([]);
  await context.close();
});
