/** Playing the game in a page: waiting for its states and reading choices from the DOM. */
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the play screen shows a scene with choices, and returns its node id. */
export async function waitForScene(page: Page): Promise<string> {
  const scene = page.locator('main[data-phase="choose"] section.scene');
  await scene.waitFor({ state: 'visible' });
  return (await scene.getAttribute('data-node')) ?? '';
}

/** Waits for the consequence of a choice. */
export async function waitForOutcome(page: Page): Promise<void> {
  await page.locator('main[data-phase="outcome"] section.outcome').waitFor({ state: 'visible' });
}

/** The element that has focus: its id, tag and data-choice / data-action. */
export function focused(page: Page): Promise<{ id: string; tag: string; choice: string | null; action: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName ?? '', choice: el?.dataset.choice ?? null, action: el?.dataset.action ?? null };
  });
}

/** Presses Tab until the focused element matches, failing after a bound. */
export async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error('tabTo: the element never received focus');
}

/** Text of the HUD's money and day. */
export async function hudText(page: Page): Promise<{ money: string; day: string }> {
  return { money: (await page.locator('[data-hud="money"]').textContent()) ?? '', day: (await page.locator('[data-hud="day"]').textContent()) ?? '' };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and expects no violations (WCAG 2.x A/AA and best practices). */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol, not as an inline <script>: pages served with a CSP allow no inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
  });
  expect(violations, `axe violations on the ${screen} screen`).toEqual([]);
}

/** Saves a screenshot as a test artifact in test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = new URL('../../test-results/screenshots/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  const file = new URL(`${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`, dir);
  writeFileSync(file, await page.screenshot({ fullPage: true }));
}
