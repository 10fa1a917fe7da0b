/**
 * The scenario editor (?editor=1): open a built-in scenario, select a scene on the story map by keyboard,
 * edit its text, see the checker's diagnostic appear (linked to its field) and disappear, download a file
 * that differs from the original only in that line, and axe finds nothing at a phone and a laptop size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { expectNoAxeViolations, screenshot } from './game';
import { scenariosDir } from './scenario';

const base = inject('baseUrl');
const browser = sharedBrowser();
const en = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/editor.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const s = (group: string, key: string) => en[group]?.[key] ?? '';
const id = 'roses';
const original = readFileSync(join(scenariosDir, id, 'scenario.json'), 'utf8');

describe.each([
  { width: 1280, height: 800 },
  { width: 360, height: 640 },
])('the editor at $width×$height', (viewport) => {
  it('opens a scenario, edits a scene chosen by keyboard, links diagnostics to fields, downloads a minimal diff, axe 0', async () => {
    const { page, errors, context } = await openPage(browser, viewport);
    await page.goto(`${base}?editor=1`);
    await page.getByRole('heading', { level: 1, name: (en as unknown as { title: string }).title }).waitFor();
    await expectNoAxeViolations(page, 'editor-empty');
    await page.getByLabel(s('open', 'builtIn')).selectOption(id);
    const nodes = page.locator('.map-node');
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');

    // Tab to the first scene on the map, then Enter: its form opens with focus in its first field.
    await page.getByLabel(s('open', 'builtIn')).focus();
    let key = '';
    for (let i = 0; i < 20 && !key.startsWith('nodes/'); i++) {
      await page.keyboard.press('Tab');
      key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? '');
    }
    expect(key).toMatch(/^nodes\//);
    const sceneKey = await page.evaluate(() => document.querySelector<HTMLElement>('.map-node.kind-scene')?.dataset.key ?? '');
    await page.locator(`[data-key="${sceneKey}"]`).focus();
    await page.keyboard.press('Enter');
    const sceneId = sceneKey.slice('nodes/'.length);
    const textPath = JSON.stringify(['nodes', sceneId, 'text']);
    const text = page.locator(`textarea[data-path='${textPath}']`);
    await text.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.ed-form-pane') !== null)).toBe(true);
    expect(await page.locator(`[data-key="${sceneKey}"]`).getAttribute('aria-pressed')).toBe('true');

    // Emptying the text is an error, listed with its place; clicking it focuses the field.
    await text.fill('');
    const diag = page.locator('.ed-diag.error');
    await diag.first().waitFor();
    expect(await diag.first().textContent()).toContain(`nodes.${sceneId}.text`);
    await page.locator('#main').focus().catch(() => undefined);
    await diag.first().getByRole('button').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(textPath);
    await expectNoAxeViolations(page, 'editor-with-error');
    await screenshot(page, 'editor-error');

    // A new text: the error is gone.
    await text.fill('The grower waits for your answer, **now**.');
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');
    expect(await diag.count()).toBe(0);

    // Download: the original file with that one text changed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s('action', 'download') }).click()]);
    const saved = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('scenario.json');
    const before = original.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual([expect.stringContaining('The grower waits for your answer, **now**.')]);
    await expectNoAxeViolations(page, 'editor');
    await screenshot(page, 'editor');
    expect(errors).toEqual([]);
    await context.close();
  });
});
