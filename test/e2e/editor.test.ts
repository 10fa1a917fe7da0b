/**
 * The scenario editor (?editor=1): open a built-in scenario, select a scene on the story map by keyboard,
 * edit its text, see the checker's diagnostic appear (linked to its field) and disappear, download a file
 * that differs from the original only in that line, and axe finds nothing at a phone and a laptop size.
 * A scenario built from nothing (a flag declared, set and required with money through the condition form,
 * undo and redo by button and keyboard) saves to a file that passes check and plays; edits not downloaded
 * are never lost without asking.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createGame } from '../../src/engine';
import { checkScenarioText } from '../../src/scenario';
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
    // A built-in scenario opens on its map; then the author's own file (its text is what saving edits).
    await page.getByLabel(s('open', 'builtIn')).selectOption(id);
    const nodes = page.locator('.map-node');
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');
    await page.locator('#ed-file').setInputFiles(join(scenariosDir, id, 'scenario.json'));
    await page.getByText('Opened scenario.json.').waitFor();

    // Tab to the first scene on the map, then Enter: its form opens with focus in its first field.
    await page.getByLabel(s('open', 'builtIn')).focus();
    let key = '';
    for (let i = 0; i < 20 && !key.startsWith('nodes/'); i++) {
      await page.keyboard.press('Tab');
      key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? '');
    }
    expect(key).toMatch(/^nodes\//);
    // Arrow keys move between nodes on the map.
    await page.keyboard.press('ArrowDown');
    const moved = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? '');
    expect(moved).toMatch(/^(nodes|consequences)\//);
    expect(moved).not.toBe(key);
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
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#main').focus().catch(() => undefined);
    await diag.first().getByRole('button').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(textPath);
    await expectNoAxeViolations(page, 'editor-with-error');
    await screenshot(page, 'editor-error');

    // A new text: the error is gone.
    await text.fill('The grower waits for your answer, **now**.');
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');
    expect(await diag.count()).toBe(0);
    expect(await text.getAttribute('aria-invalid')).toBeNull();

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

describe('building a scenario from nothing', () => {
  const pick = (page: Page, path: (string | number)[], value: string) => page.locator(`select[data-path='${JSON.stringify(path)}']`).selectOption(value);
  const selectNode = async (page: Page, id: string) => {
    await page.locator(`[data-key="nodes/${id}"]`).click();
    await page.locator(`input[data-path='${JSON.stringify(['nodes', id])}']`).waitFor();
  };

  it('three scenes, a chance node and endings, a rename, play beside the editor, the analysis, and a saved file that passes check and plays', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${base}?editor=1`);
    await page.getByRole('button', { name: s('open', 'new') }).click();
    await page.locator('.map-node').first().waitFor();
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');

    // Add two scenes and a chance node after the opening scene.
    const add = async (kind: string, after: string) => {
      await selectNode(page, after);
      await page.getByLabel(s('action', 'newNode'), { exact: true }).selectOption(kind);
      await page.getByRole('button', { name: s('action', 'addNode'), exact: true }).click();
    };
    await add('scene', 'start');
    await add('scene', 'new-scene');
    await add('chance', 'new-scene-2');
    expect(await page.locator('.map-node.kind-scene').count()).toBe(3);
    expect(await page.locator('.map-node.kind-chance').count()).toBe(1);

    // Wire them: start → new-scene → new-scene-2 → chance → delivered or too late.
    await selectNode(page, 'start');
    await pick(page, ['nodes', 'start', 'choices', 0, 'next'], 'new-scene');
    await selectNode(page, 'new-scene');
    await pick(page, ['nodes', 'new-scene', 'choices', 0, 'next'], 'new-scene-2');
    await selectNode(page, 'new-scene-2');
    await pick(page, ['nodes', 'new-scene-2', 'choices', 0, 'next'], 'new-chance');
    await page.locator(`textarea[data-path='${JSON.stringify(['nodes', 'new-scene-2', 'text'])}']`).fill('The broker asks for the **invoice**.');
    await selectNode(page, 'new-chance');
    await pick(page, ['nodes', 'new-chance', 'outcomes', 0, 'next'], 'delivered');
    await pick(page, ['nodes', 'new-chance', 'outcomes', 1, 'next'], 'too-late');
    // Each outcome's chance follows the weights as they are typed.
    const share = (i: number) => page.locator(`[data-share='${JSON.stringify(['nodes', 'new-chance', 'outcomes', i])}']`).textContent();
    expect(await share(0)).toBe(en.hint!.share!.replace('{{percent}}', '50'));
    await page.locator(`input[data-path='${JSON.stringify(['nodes', 'new-chance', 'outcomes', 0, 'weight'])}']`).fill('3');
    await expect.poll(() => share(1)).toBe(en.hint!.share!.replace('{{percent}}', '25'));

    // Rename a scene: the choice that leads to it follows.
    await selectNode(page, 'new-scene');
    await page.locator(`input[data-path='${JSON.stringify(['nodes', 'new-scene'])}']`).fill('customs');
    await page.getByRole('button', { name: s('action', 'rename') }).click();
    await page.locator('[data-key="nodes/customs"]').waitFor();
    await selectNode(page, 'start');
    expect(await page.locator(`select[data-path='${JSON.stringify(['nodes', 'start', 'choices', 0, 'next'])}']`).inputValue()).toBe('customs');
    await expect.poll(() => page.locator('.ed-diag.error').count()).toBe(0);

    // Undo the rename with the button: the scene and the choice that leads to it go back; redo renames again.
    await page.getByRole('button', { name: s('action', 'undo'), exact: true }).click();
    await page.locator('[data-key="nodes/new-scene"]').waitFor();
    expect(await page.locator('[data-key="nodes/customs"]').count()).toBe(0);
    await page.getByRole('button', { name: s('action', 'redo'), exact: true }).click();
    await page.locator('[data-key="nodes/customs"]').waitFor();

    // A flag, declared in the settings, set by the first choice and required (with money) by the next one.
    await page.getByRole('button', { name: s('action', 'settings'), exact: true }).click();
    await page.getByLabel((en.names as unknown as { new: { flag: string } }).new.flag, { exact: true }).fill('briefed');
    await page.keyboard.press('Enter');
    await page.locator(`input[data-path='${JSON.stringify(['flags', 0])}']`).waitFor();
    await selectNode(page, 'start');
    await page.getByLabel(s('action', 'newEffect'), { exact: true }).selectOption('flag');
    await page.getByRole('button', { name: s('action', 'add'), exact: true }).click();
    expect(await page.locator(`select[data-path='${JSON.stringify(['nodes', 'start', 'choices', 0, 'effects', 0, 'flag'])}']`).inputValue()).toBe('briefed');
    await selectNode(page, 'customs');
    const req = ['nodes', 'customs', 'choices', 0, 'requires'];
    await page.getByRole('button', { name: `${s('cond', 'add')} (${s('cond', 'requires')})` }).click();
    expect(await page.locator(`select[data-path='${JSON.stringify([...req, 'flag'])}']`).inputValue()).toBe('briefed');
    await pick(page, req, 'all');
    await page.getByRole('button', { name: s('cond', 'addMember'), exact: true }).click();
    await pick(page, [...req, 'of', 1], 'money');
    await pick(page, [...req, 'of', 1, 'op'], '>=');
    await page.locator(`input[data-path='${JSON.stringify([...req, 'of', 1, 'value'])}']`).fill('500');
    await expect.poll(() => page.locator('.ed-cond-summary').first().textContent()).toBe('briefed and money ≥ 500');
    const reason = page.locator(`input[data-path='${JSON.stringify(['nodes', 'customs', 'choices', 0, 'reason'])}']`);
    await reason.fill('You need the briefing first.');
    // Ctrl+Z takes the typed reason back as one step, Ctrl+Shift+Z brings it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => reason.inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => reason.inputValue()).toBe('You need the briefing first.');
    await expect.poll(() => page.locator('.ed-diag-summary').textContent()).toBe('0 errors, 0 warnings');
    await expectNoAxeViolations(page, 'editor-condition');
    await screenshot(page, 'editor-condition');

    // Play from a scene beside the editor.
    await selectNode(page, 'new-scene-2');
    await page.getByRole('button', { name: s('action', 'playFrom') }).click();
    const play = page.locator('.ed-play-pane');
    await play.getByText('The broker asks for the invoice.').waitFor();
    await play.locator('[data-choice]').first().click();
    await play.getByText(/The game ended|Write what happens/).first().waitFor();
    await expectNoAxeViolations(page, 'editor-play');

    // The analysis, in a worker.
    await page.getByRole('button', { name: s('action', 'analyze') }).click();
    await page.getByText(en.analysis!.done!).waitFor({ timeout: 60_000 });
    expect(await page.locator('.ed-policies tbody tr').count()).toBe(7);
    await expectNoAxeViolations(page, 'editor-analysis');
    await screenshot(page, 'editor-built');

    // Saved: the file passes the checker and plays to an ending.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s('action', 'download') }).click()]);
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved.endsWith('}\n')).toBe(true);
    const r = checkScenarioText('scenario.json', saved);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const scenario = r.scenario!;
    expect(Object.values(scenario.nodes).filter((n) => n.type === 'scene')).toHaveLength(3);
    const game = createGame(scenario, 7);
    for (let i = 0; i < 10 && game.state.status === 'playing'; i++) game.choose(game.view().choices[0]!.id);
    expect(game.state.status).toBe('ended');
    expect(game.state.log.slice(0, 3)).toEqual(['go', 'go-on', 'go-on']);
    const customs = scenario.nodes.customs;
    expect(customs?.type === 'scene' && customs.choices[0]?.requires).toEqual({ type: 'all', of: [{ type: 'flag', flag: 'briefed' }, { type: 'money', op: '>=', value: 500 }] });

    // An edit after the download: opening a built-in scenario asks first; keeping the edits stays here.
    await selectNode(page, 'delivered');
    await page.locator(`input[data-path='${JSON.stringify(['nodes', 'delivered', 'title'])}']`).fill('Delivered on time');
    await page.getByLabel(s('open', 'builtIn')).selectOption('roses');
    const dialog = page.getByRole('dialog', { name: en.discard!.title! });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'editor-discard');
    await dialog.getByRole('button', { name: en.discard!.keep! }).click();
    expect(await dialog.count()).toBe(0);
    expect(await page.getByLabel(s('open', 'builtIn')).inputValue()).toBe('');
    expect(await page.locator('[data-key="nodes/customs"]').count()).toBe(1);
    // Asked again, the author discards: roses opens.
    await page.getByLabel(s('open', 'builtIn')).selectOption('roses');
    await dialog.getByRole('button', { name: en.discard!.discard! }).click();
    await page.getByText(`Opened scenarios/${id}/scenario.json.`).or(page.getByText(/Opened a copy of scenarios\/roses/)).first().waitFor();
    expect(await page.locator('[data-key="nodes/customs"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('edits not downloaded', () => {
  it('opening a file asks first: Escape keeps editing, "download, then open" saves the edits and opens the file; undo clears the mark', async () => {
    const { page, errors, context } = await openPage(browser, { width: 360, height: 640 });
    await page.goto(`${base}?editor=1`);
    await page.getByRole('button', { name: s('open', 'new') }).click();
    await page.locator('[data-key="nodes/start"]').waitFor();
    const summary = page.locator(`textarea[data-path='${JSON.stringify(['summary'])}']`);
    await summary.fill('Sell dried mango to a buyer abroad.');
    await expect.poll(() => page.locator('.ed-dirty').textContent()).toBe(s('save', 'unsaved'));
    // Undone back to the file as opened: nothing to lose, so nothing is asked.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.ed-dirty').textContent()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => summary.inputValue()).toBe('Sell dried mango to a buyer abroad.');

    // Duplicate a scene: the copy opens; undo takes it away again.
    await page.locator('[data-key="nodes/start"]').click();
    await page.getByRole('button', { name: s('action', 'duplicate'), exact: true }).click();
    await page.locator('[data-key="nodes/start-copy"]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('start-copy');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-key="nodes/start-copy"]').count()).toBe(0);
    await page.getByRole('button', { name: s('action', 'settings'), exact: true }).click();

    const file = join(scenariosDir, id, 'scenario.json');
    await page.locator('#ed-file').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: en.discard!.title! });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.discard!.keep);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await summary.inputValue()).toBe('Sell dried mango to a buyer abroad.');

    await page.locator('#ed-file').setInputFiles(file);
    await dialog.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: en.discard!.download! }).click()]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { summary: string };
    expect(saved.summary).toBe('Sell dried mango to a buyer abroad.');
    await page.getByText('Opened scenario.json.').waitFor();
    expect(await page.locator('.map-node').count()).toBeGreaterThan(5);
    expect(await page.locator('.ed-dirty').textContent()).toBe('');
    expect(await page.getByRole('button', { name: s('action', 'undo'), exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('untrusted files', () => {
  it('a dropped file that is not JSON, then one that breaks the schema: the checker says where, nothing crashes', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${base}?editor=1`);
    await page.locator('h1').waitFor();
    const drop = async (name: string, text: string) => {
      const data = await page.evaluateHandle(([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t ?? ''], n ?? 'x.json', { type: 'application/json' }));
        return dt;
      }, [name, text]);
      await page.dispatchEvent('#main', 'drop', { dataTransfer: data });
    };
    await drop('broken.json', '{ "format": 1, "id": "x",, }');
    await page.getByText(en.open!.failed!.replace('{{name}}', 'broken.json')).waitFor();
    const first = page.locator('.ed-diag.error').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/1:\d+/);
    expect(await page.getByRole('button', { name: s('action', 'download') }).isDisabled()).toBe(true);

    const bad = JSON.parse(original) as { nodes: Record<string, { type: string; kind?: string }> };
    const ending = Object.keys(bad.nodes).find((k) => bad.nodes[k]?.type === 'ending')!;
    bad.nodes[ending]!.kind = 'victory';
    await drop('bad-kind.json', JSON.stringify(bad, null, 2));
    await page.getByText('Opened bad-kind.json.').waitFor();
    const diag = page.locator('.ed-diag.error').first();
    await diag.waitFor();
    expect(await diag.textContent()).toContain(`nodes.${ending}.kind`);
    await diag.getByRole('button').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(JSON.stringify(['nodes', ending, 'kind']));
    // The form offers the kinds the schema allows; choosing one clears the error.
    await page.locator(`select[data-path='${JSON.stringify(['nodes', ending, 'kind'])}']`).selectOption('refused');
    await expect.poll(() => page.locator('.ed-diag.error').count()).toBe(0);
    await expectNoAxeViolations(page, 'editor-bad-file');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file whose lists, conditions, names and looks have the wrong shapes: every form opens, declaring and undo work, nothing throws', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${base}?editor=1`);
    await page.locator('h1').waitFor();
    const junk = JSON.parse(original) as Record<string, unknown> & { nodes: Record<string, Record<string, unknown> & { choices?: Record<string, unknown>[]; outcomes?: Record<string, unknown>[] }> };
    const ofType = (type: string) => Object.keys(junk.nodes).find((k) => junk.nodes[k]!.type === type)!;
    const scene = ofType('scene');
    Object.assign(junk.nodes[scene]!.choices![0]!, { requires: { type: 'all', of: 'nope' }, effects: 'x' });
    junk.nodes[scene]!.textVariants = {};
    junk.nodes[ofType('chance')]!.outcomes![0]!.modifiers = [{ when: null }, 5];
    junk.nodes[ofType('branch')]!.cases = [{ when: { type: 'not' } }, 'x'];
    junk.nodes['not-an-object'] = 'w' as never;
    Object.assign(junk, { flags: [1, 'a', null], characters: { bob: { name: 'B', role: 'R', look: 7 }, ann: 'x' }, variables: { v: 3, w: null }, sources: 'x', learnMore: [], product: 'p', objectives: 'o', consequences: { c: 5 } });
    const data = await page.evaluateHandle((t) => { const dt = new DataTransfer(); dt.items.add(new File([t], 'junk.json', { type: 'application/json' })); return dt; }, JSON.stringify(junk, null, 2));
    await page.dispatchEvent('#main', 'drop', { dataTransfer: data });
    await page.locator('.map-node').first().waitFor();
    expect(await page.locator('.ed-diag.error').count()).toBeGreaterThan(5);
    for (const key of await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.map-node')].map((n) => n.dataset.key ?? ''))) {
      await page.locator(`[data-key="${key}"]`).click();
      await page.locator('.ed-form h2').waitFor();
    }
    await page.getByRole('button', { name: s('action', 'settings'), exact: true }).click();
    for (const b of await page.getByRole('button', { name: (en.names as unknown as { declare: string }).declare, exact: true }).all()) await b.click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await page.getByRole('button', { name: s('action', 'undo'), exact: true }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
