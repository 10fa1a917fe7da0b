/**
 * `npm run scenario -- extract`: builds locales/<lang>.json from the scenario's texts, keeps what
 * is translated (stale or not), marks new texts as untranslated, keeps a translation whose key is
 * not a text (a typo) until --prune, keeps scenario order, and refuses bad input without overwriting anything.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTranslation, collectStrings, fingerprint, Translation } from '../../src/scenario';
import { extract, mergeTranslation, UNTRANSLATED } from '../../tools/commands/extract';
import { mini, rawFixture } from '../support/scenarios';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  const status = await extract.run(args);
  vi.restoreAllMocks();
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A scenario folder in a temp dir: <dir>/mini/scenario.json. */
function scenarioFolder(change?: (raw: Record<string, any>) => void): { file: string; locales: string } {
  const raw = rawFixture('mini.json');
  change?.(raw);
  const dir = join(mkdtempSync(join(tmpdir(), 'extract-')), 'mini');
  mkdirSync(dir);
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(raw));
  return { file: join(dir, 'scenario.json'), locales: join(dir, 'locales') };
}

const readTranslation = (file: string) => Translation.parse(JSON.parse(readFileSync(file, 'utf8')));

afterEach(() => { vi.restoreAllMocks(); });

describe('mergeTranslation', () => {
  it('starts every text as an untranslated copy of the source, in scenario order', () => {
    const s = mini();
    const { translation, coverage } = mergeTranslation(s, 'fr', undefined);
    const texts = collectStrings(s);
    expect(Object.keys(translation.strings)).toEqual(texts.map((t) => t.key));
    for (const t of texts) expect(translation.strings[t.key]).toEqual({ text: t.text, source: UNTRANSLATED });
    expect(coverage).toEqual({ total: texts.length, translated: 0, stale: 0, untranslated: texts.length, added: texts.length, removed: 0, kept: [] });
    expect(Translation.safeParse(translation).success).toBe(true);
  });

  it('keeps translations, current or stale, keeps a translated unknown key until pruned, and re-marks empty texts', () => {
    const s = mini();
    const existing: Translation = {
      format: 1, scenario: 'mini', lang: 'fr',
      strings: {
        title: { text: 'Mini export (fr)', source: fingerprint(s.title) },
        summary: { text: 'Ancien résumé', source: 'abcdef12' },
        'nodes.ship.text': { text: '   ', source: fingerprint('How to ship?') },
        'nodes.gone.text': { text: 'Supprimé', source: '12345678' },
        'nodes.aoe.text': { text: 'Demander le statut OEA ?', source: fingerprint('Apply for AEO status?') },
        'nodes.old.text': { text: 'Old', source: UNTRANSLATED },
      },
    };
    const { translation, coverage } = mergeTranslation(s, 'fr', existing);
    expect(translation.strings.title).toEqual({ text: 'Mini export (fr)', source: fingerprint(s.title) });
    expect(translation.strings.summary).toEqual({ text: 'Ancien résumé', source: 'abcdef12' });
    expect(translation.strings['nodes.ship.text']).toEqual({ text: 'How to ship?', source: UNTRANSLATED });
    // A translation under a key with a typo is work: kept and named with the nearest key; an untranslated copy is not.
    expect(translation.strings['nodes.aoe.text']).toEqual(existing.strings['nodes.aoe.text']);
    expect(translation.strings['nodes.old.text']).toBeUndefined();
    expect(coverage.kept).toEqual([{ key: 'nodes.gone.text', nearest: 'nodes.broke.text' }, { key: 'nodes.aoe.text', nearest: 'nodes.aeo.text' }]);
    expect(coverage).toMatchObject({ translated: 1, stale: 1, removed: 1 });
    expect(coverage.untranslated).toBe(coverage.total - 2);
    expect(coverage.added).toBe(coverage.total - 3);
    const pruned = mergeTranslation(s, 'fr', existing, undefined, { prune: true });
    expect(pruned.translation.strings['nodes.aoe.text']).toBeUndefined();
    expect(pruned.coverage).toMatchObject({ removed: 3, kept: [] });
  });
});

describe('extract command', () => {
  it('writes valid translation files that the checker counts as not yet covered', async () => {
    const { file, locales } = scenarioFolder();
    const r = await run(file, '--lang', 'fr', '--lang', 'es');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/fr: 0% translated — 0 translated, 0 changed since translated, \d+ not translated yet/);
    const fr = readTranslation(join(locales, 'fr.json'));
    expect(fr).toMatchObject({ format: 1, scenario: 'mini', lang: 'fr' });
    expect(readTranslation(join(locales, 'es.json')).lang).toBe('es');
    const check = checkTranslation({ lang: 'fr', file: join(locales, 'fr.json'), text: readFileSync(join(locales, 'fr.json'), 'utf8') }, mini());
    const coverage = check.findings.find((f) => f.code === 'translation-coverage');
    expect(coverage?.message).toMatch(/^fr: 0% /);
  });

  it('updates a file in place: translated texts survive, changed sources become stale, new texts are added', async () => {
    const { file, locales } = scenarioFolder();
    await run(file, '--lang', 'fr');
    const target = join(locales, 'fr.json');
    const fr = readTranslation(target);
    fr.strings.title = { text: 'Export miniature', source: fingerprint('Mini export') };
    fr.strings['nodes.aeo.text'] = { text: 'Demander le statut OEA ?', source: fingerprint('Apply for AEO status?') };
    writeFileSync(target, JSON.stringify(fr));
    const edited = scenarioFolder((raw) => { raw.nodes.aeo.text = 'Apply for AEO status now?'; raw.objectives.push('Stay within budget'); });
    mkdirSync(edited.locales);
    writeFileSync(join(edited.locales, 'fr.json'), JSON.stringify(fr));
    const r = await run(edited.file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 translated, 1 changed since translated, \d+ not translated yet, of \d+ texts \(1 added, 0 removed\)/);
    const after = readTranslation(join(edited.locales, 'fr.json'));
    expect(after.strings.title).toEqual({ text: 'Export miniature', source: fingerprint('Mini export') });
    expect(after.strings['nodes.aeo.text']?.source).toBe(fingerprint('Apply for AEO status?'));
    expect(after.strings['objectives.1']).toEqual({ text: 'Stay within budget', source: UNTRANSLATED });
  });

  it('tells the author about a translation kept under a mistyped key, and --prune deletes it', async () => {
    const { file, locales } = scenarioFolder();
    await run(file, '--lang', 'fr');
    const target = join(locales, 'fr.json');
    const fr = readTranslation(target);
    fr.strings['nodes.shp.text'] = { text: 'Comment expédier ?', source: fingerprint('How to ship?') };
    writeFileSync(target, JSON.stringify(fr));
    const r = await run(file);
    expect(r.stdout).toContain('kept 1 translated entry whose key is not a text of the scenario');
    expect(r.stdout).toContain('nodes.shp.text  (did you mean nodes.ship.text?)');
    expect(readTranslation(target).strings['nodes.shp.text']?.text).toBe('Comment expédier ?');
    const pruned = await run(file, '--prune');
    expect(pruned.stdout).toMatch(/\(0 added, 1 removed\)/);
    expect(readTranslation(target).strings['nodes.shp.text']).toBeUndefined();
  });

  it('refuses bad usage with exit status 2', async () => {
    const { file } = scenarioFolder();
    expect((await run()).status).toBe(2);
    expect((await run(file)).status).toBe(2);
    expect((await run(file, '--lang', 'French')).status).toBe(2);
    expect((await run(file, '--lang', 'en')).stderr).toMatch(/own language/);
    expect((await run(file, '--langs', 'fr')).status).toBe(2);
  });

  it('leaves a broken translation file alone and exits 1', async () => {
    const { file, locales } = scenarioFolder();
    mkdirSync(locales);
    writeFileSync(join(locales, 'fr.json'), '{ "format": 1, ');
    const r = await run(file, '--lang', 'fr');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(readFileSync(join(locales, 'fr.json'), 'utf8')).toBe('{ "format": 1, ');
  });
});
