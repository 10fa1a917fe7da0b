/**
 * The trainer's offline debrief (?debrief=1): three result codes made by playing
 * the shipped scenario with the engine, plus one garbage line, pasted into the
 * page. The debrief shows 3 players, says which line was left out, and shows the
 * room's choices at the first decision as a list of bars with their values;
 * axe-core finds 0 violations. And the report shows the result code as a QR code.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { createGame, encodeResultCode, type Game } from '../../src/engine';
import { stopsOf } from '../../src/workshop/debrief';
import { openPage, sharedBrowser } from './browser';
import { expectNoAxeViolations, screenshot, waitForOutcome, waitForScene } from './game';
import { planRoute, scenarioUnderTest } from './scenario';

const base = inject('baseUrl');
const scenario = scenarioUnderTest();
const strings = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/debrief.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** An English debrief string by its dotted key. */
const en = (key: string): string => {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], strings);
  if (typeof v !== 'string') throw new Error(`no debrief string ${key}`);
  return v;
};
const browser = sharedBrowser();

/** Plays to the end taking the choice `pick` selects among the available ones. */
function playBy(seed: number, pick: (n: number) => number): Game {
  const g = createGame(scenario, seed);
  for (let i = 0; i < 200 && g.state.status === 'playing'; i++) {
    const available = g.view().choices.filter((c) => c.available);
    const c = available[pick(available.length)];
    if (!c) break;
    g.choose(c.id);
  }
  return g;
}

it('builds the debrief of three pasted codes, reports the garbage line, and passes an axe audit', async () => {
  const winner = createGame(scenario, 11);
  for (const id of planRoute(scenario, 11, (k) => k === 'success') ?? []) winner.choose(id);
  const games = [winner, playBy(5, (n) => n - 1), playBy(7, () => 0)];
  const codes = games.map((g) => encodeResultCode(g));
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?debrief=1&lang=en`);
  await page.getByRole('heading', { level: 1, name: en('title') }).waitFor();
  await page.getByRole('textbox', { name: en('codes.label') }).fill([...codes.slice(0, 2), '', `${codes[2]}`, 'this is <b>not</b> a code'].join('\n'));
  await page.getByRole('button', { name: en('codes.build') }).click();
  await page.getByRole('status').filter({ hasText: 'Debrief ready: 3 players.' }).waitFor();

  expect(await page.locator('.db-players').textContent()).toBe('3 players');
  // The garbage line is line 5 (line 3 is blank): one message for the line, its text shown as text.
  await page.getByRole('heading', { level: 2, name: '1 code left out' }).waitFor();
  const problem = page.getByRole('listitem').filter({ hasText: en('problems.invalid').replace('{{line}}', '5') });
  expect(await problem.count()).toBe(1);
  expect(await problem.locator('code').textContent()).toBe('this is <b>not</b> a code');
  expect(await page.locator('main b').count()).toBe(0); // pasted text is never markup

  // The first decision: a list (named by the scene's title) with one bar per choice and its value as text.
  const start = scenario.nodes[scenario.start];
  if (start?.type !== 'scene') throw new Error('the scenario starts with a scene');
  // Each player counts once, with the last choice they made at the scene.
  const lastAtStart = (g: Game) => g.state.trail.filter((t) => t.kind === 'choice' && t.node === scenario.start).map((t) => (t.kind === 'choice' ? t.choice : '')).at(-1);
  const chosen = start.choices.map((c) => games.filter((g) => lastAtStart(g) === c.id).length);
  const bars = page.getByRole('list', { name: start.title ?? start.text });
  const tree = await bars.ariaSnapshot();
  expect(await bars.getByRole('listitem').count()).toBe(start.choices.length);
  start.choices.forEach((c, i) => {
    const n = chosen[i] ?? 0;
    expect(tree).toContain(`${c.label} ${n} of 3 (${Math.round((n / 3) * 100)}%)`);
  });
  expect(chosen.reduce((a, b) => a + b, 0)).toBe(3);

  // The path map: one box per stop the room passed, drawn for the projector; the same as a list on request.
  const stops = new Set(games.flatMap((g) => stopsOf(g.state)).filter((id) => scenario.nodes[id]?.type !== 'branch'));
  expect(await page.locator('svg.db-map .db-map__node').count()).toBe(stops.size);
  await page.getByText(en('paths.asList')).click();
  expect(await page.locator('.db-paths-list .db-stop').count()).toBe(stops.size);

  // Fork and replay: S1's first decision taken differently; the engine's comparison appears as a table.
  const forkSection = page.getByRole('region', { name: en('fork.heading') });
  await forkSection.getByRole('combobox', { name: en('fork.seat') }).selectOption({ label: 'S1' });
  await forkSection.getByRole('combobox', { name: en('fork.decision') }).selectOption('0');
  const other = start.choices.find((c) => c.id !== winner.log[0] && !c.requires);
  if (!other) throw new Error('the first scene has another choice');
  await forkSection.getByRole('combobox', { name: en('fork.choice') }).selectOption(other.id);
  await forkSection.getByRole('button', { name: en('fork.replay') }).click();
  const comparison = forkSection.getByRole('table', { name: en('fork.caption').replace('{{choice}}', other.label) });
  await comparison.waitFor();
  const forkTree = await comparison.ariaSnapshot();
  for (const key of ['fork.original', 'fork.fork', 'fork.ending', 'fork.money', 'fork.day', 'fork.overall']) expect(forkTree).toContain(en(key));
  expect(forkTree).toContain(en('dimension.classification'));
  expect(await forkSection.getByRole('heading', { level: 3, name: en('fork.afterFork') }).count()).toBe(1);
  // The leaderboard is off until asked for; then finished seats by pseudonym only.
  const board = page.getByRole('region', { name: en('leaderboard.heading') });
  expect(await board.getByRole('table').count()).toBe(0);
  await board.getByRole('button', { name: en('leaderboard.show') }).click();
  const boardRows = board.getByRole('table', { name: en('leaderboard.caption') }).getByRole('row');
  expect(await boardRows.count()).toBe(1 + games.filter((g) => g.state.status === 'ended').length);
  expect(await board.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['S1']));
  // The self-contained HTML debrief downloads as one file without scripts.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('export.download') }).click()]);
  expect(download.suggestedFilename()).toBe(`debrief-${scenario.id}.html`);
  const html = readFileSync((await download.path()) ?? '', 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('3 players');
  expect(html).not.toMatch(/<script|<link|src=/i);

  await expectNoAxeViolations(page, 'debrief');
  await screenshot(page, 'debrief');
  await page.setViewportSize({ width: 360, height: 640 });
  await expectNoAxeViolations(page, 'debrief at 360×640');

  // Another language keeps the pasted codes and rebuilds the debrief in it.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('status').filter({ hasText: 'Débriefing prêt : 3 participants.' }).waitFor();
  expect(await page.getByRole('textbox').inputValue()).toContain(codes[2]);
  expect(await page.locator('.db-players').textContent()).toBe('3 participants');
  expect(errors).toEqual([]);
  await context.close();
});

it('the report shows the result code with its QR code (an image with a label) and stays free of axe violations', async () => {
  const seed = 11;
  const route = planRoute(scenario, seed, (k) => k === 'success') ?? [];
  const game = createGame(scenario, seed);
  const { page, errors, context } = await openPage(browser);
  await page.goto(`${base}?scenario=${scenario.id}&lang=en&seed=${seed}`);
  for (const choice of route) {
    await waitForScene(page);
    await page.locator(`button.choice[data-choice="${choice}"]`).click();
    game.choose(choice);
    await waitForOutcome(page);
    await page.locator('main button[data-action="continue"]').click();
  }
  const qr = page.getByRole('img', { name: 'QR code of the result code, for a trainer to scan' });
  await qr.waitFor();
  expect(await page.locator('.rp-code__value').textContent()).toBe(encodeResultCode(game));
  const box = await qr.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(150); // 10rem: big enough to scan from a seat
  expect(await qr.locator('path').count()).toBe(2);
  await expectNoAxeViolations(page, 'report with QR code');
  expect(errors).toEqual([]);
  await context.close();
});
