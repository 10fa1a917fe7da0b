/**
 * Translation files for translators' tools: `extract --format xliff|xliff12|po` and
 * `import-translation`. A round trip translated by a script (as a tool would) reaches 100 % with no
 * fingerprint copied by hand; a text changed after the export stays "changed since translated";
 * review marks, unknown ids and broken files are handled without losing anything.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkScenarioText, collectStrings, fingerprint, Translation, UNTRANSLATED } from '../../src/scenario';
import { extract } from '../../tools/commands/extract';
import { importTranslation } from '../../tools/commands/import-translation';
import { detectFormat, exchangeUnits, readExchange } from '../../tools/lib/exchange';
import type { Command } from '../../tools/commands/types';
import { mini, rawFixture } from '../support/scenarios';

async function run(command: Command, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  try {
    return { status: await command.run(args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => { vi.restoreAllMocks(); });

/** <tmp>/mini/scenario.json, optionally changed. */
function scenarioFolder(change?: (raw: Record<string, any>) => void): { file: string; locales: string; raw: Record<string, any> } {
  const raw = rawFixture('mini.json');
  change?.(raw);
  const dir = join(mkdtempSync(join(tmpdir(), 'exchange-')), 'mini');
  mkdirSync(dir);
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(raw, null, 2));
  return { file: join(dir, 'scenario.json'), locales: join(dir, 'locales'), raw };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a translator's tool does to an XLIFF file: fill every empty target (keeping tokens). */
function translateXliff(xml: string, translate: (source: string) => string): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>(\s*)(<target>[\s\S]*?<\/target>)?/g, (_m, src: string, space: string) => `<source>${src}</source>${space}<target>${escapeXml(translate(unescapeXml(src)))}</target>`);
}

const frenchOf = (source: string) => `[fr] ${source}`;

function checkFr(file: string, locales: string) {
  const scenarioText = readFileSync(file, 'utf8');
  const frFile = join(locales, 'fr.json');
  return checkScenarioText(file, scenarioText, { translations: [{ lang: 'fr', file: frFile, text: readFileSync(frFile, 'utf8') }] }).diagnostics.filter((d) => d.file === frFile);
}

describe('XLIFF 2.0 round trip', () => {
  it('extract, translate with a script, import: 100 % and every fingerprint written by the tool', async () => {
    const { file, locales } = scenarioFolder();
    const out = await run(extract, file, '--lang', 'fr', '--format', 'xliff');
    expect(out.status).toBe(0);
    const xlf = join(locales, 'mini.fr.xlf');
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="en" trgLang="fr">/);
    expect(xml).toContain('<unit id="nodes.classify.choices.green.label" canResegment="no" xml:space="preserve">');
    expect(xml).not.toContain('<target>');
    expect(xml).toContain('Keep these tokens exactly as they are (the game formats them): {days:4}');
    writeFileSync(xlf, translateXliff(xml, frenchOf));

    const imp = await run(importTranslation, xlf);
    expect(imp.stderr).toBe('');
    expect(imp.status).toBe(0);
    const texts = collectStrings(mini());
    expect(imp.stdout).toContain(`imported ${texts.length}, unchanged 0`);
    expect(imp.stdout).toMatch(/fr: 100% translated/);
    const fr = Translation.parse(JSON.parse(readFileSync(join(locales, 'fr.json'), 'utf8')));
    for (const t of texts) expect(fr.strings[t.key]).toEqual({ text: frenchOf(t.text), source: fingerprint(t.text) });
    const diagnostics = checkFr(file, locales);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(diagnostics.find((d) => d.code === 'translation-coverage')?.message).toBe(`fr: 100% (0 not translated yet, 0 changed since translated, 0 missing, of ${texts.length} texts)`);

    const again = await run(importTranslation, xlf);
    expect(again.stdout).toContain(`imported 0, unchanged ${texts.length}`);
  });

  it('keeps multi-line texts, quotes, ampersands and tokens exactly', async () => {
    const tricky = 'Line one & "two" <b>\n\n  indented {money:1200} **bold**';
    const { file, locales } = scenarioFolder((raw) => { raw.nodes.ship.text = tricky; });
    await run(extract, file, '--lang', 'fr', '--format', 'xliff');
    const xlf = join(locales, 'mini.fr.xlf');
    const parsed = await readExchange(xlf, readFileSync(xlf, 'utf8'));
    expect(parsed.units.find((u) => u.key === 'nodes.ship.text')?.source).toBe(tricky);
    writeFileSync(xlf, translateXliff(readFileSync(xlf, 'utf8'), frenchOf));
    await run(importTranslation, xlf);
    const fr = Translation.parse(JSON.parse(readFileSync(join(locales, 'fr.json'), 'utf8')));
    expect(fr.strings['nodes.ship.text']).toEqual({ text: `[fr] ${tricky}`, source: fingerprint(tricky) });
  });

  it('a text changed after the export is imported but stays "changed since translated"', async () => {
    const { file, locales, raw } = scenarioFolder();
    await run(extract, file, '--lang', 'fr', '--format', 'xliff');
    const xlf = join(locales, 'mini.fr.xlf');
    writeFileSync(xlf, translateXliff(readFileSync(xlf, 'utf8'), frenchOf));
    raw.nodes.ship.text = 'How do you ship the beans?';
    writeFileSync(file, JSON.stringify(raw, null, 2));
    const imp = await run(importTranslation, xlf);
    expect(imp.stdout).toMatch(/1 translated from an older source text/);
    const codes = checkFr(file, locales).map((d) => d.code);
    expect(codes.filter((c) => c === 'stale-translation')).toHaveLength(1);
    expect(codes).not.toContain('not-translated-yet');

    // The next export asks for review: no target, the previous translation in a note.
    await run(extract, file, '--lang', 'fr', '--format', 'xliff');
    const unit = /<unit id="nodes\.ship\.text"[\s\S]*?<\/unit>/.exec(readFileSync(xlf, 'utf8'))?.[0] ?? '';
    expect(unit).toContain('The source text changed since this was translated. The previous translation was: [fr] How to ship?');
    expect(unit).not.toContain('<target>');
  });
});

describe('XLIFF 1.2 and PO', () => {
  it('XLIFF 1.2 round trip', async () => {
    const { file, locales } = scenarioFolder();
    await run(extract, file, '--lang', 'fr', '--format', 'xliff12', '--out', join(locales, '..', 'out'));
    const xlf = join(locales, '..', 'out', 'mini.fr.xlf');
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toMatch(/version="1\.2"/);
    expect(xml).toMatch(/<file original="mini" datatype="plaintext" source-language="en" target-language="fr">/);
    expect(detectFormat(xlf, xml)).toBe('xliff12');
    writeFileSync(xlf, translateXliff(xml, frenchOf));
    const imp = await run(importTranslation, xlf, '--scenario', file);
    expect(imp.status).toBe(0);
    expect(imp.stdout).toMatch(/fr: 100% translated/);
  });

  it('PO: msgctxt is the key, fuzzy entries are exported for review and not imported until confirmed', async () => {
    const { file, locales } = scenarioFolder();
    mkdirSync(locales);
    const s = mini();
    const texts = collectStrings(s);
    // fr.json: the title translated from an older source, everything else not translated yet.
    const strings = Object.fromEntries(texts.map((t) => [t.key, t.key === 'title' ? { text: 'Ancien titre', source: fingerprint('Old title') } : { text: t.text, source: UNTRANSLATED }]));
    writeFileSync(join(locales, 'fr.json'), JSON.stringify({ format: 1, scenario: 'mini', lang: 'fr', strings }));
    await run(extract, file, '--lang', 'fr', '--format', 'po');
    const poFile = join(locales, 'mini.fr.po');
    const data = po.parse(readFileSync(poFile));
    expect(data.headers.Language).toBe('fr');
    expect(data.headers['X-Trade-Game-Scenario']).toBe('mini');
    const title = data.translations.title?.[s.title];
    expect(title?.msgstr).toEqual(['Ancien titre']);
    expect(title?.comments?.flag).toBe('fuzzy');

    // A translator fills every entry but leaves the title fuzzy: it is not imported.
    for (const [ctx, entries] of Object.entries(data.translations)) {
      if (ctx === '') continue;
      for (const e of Object.values(entries)) if (ctx !== 'title') e.msgstr = [frenchOf(e.msgid)];
    }
    writeFileSync(poFile, po.compile(data));
    const first = await run(importTranslation, poFile);
    expect(first.stdout).toContain('still marked for review 1');
    expect(checkFr(file, locales).filter((d) => d.code === 'stale-translation').map((d) => d.path[1])).toEqual(['title']);

    // Confirmed in the tool (fuzzy removed, translation updated): 100 %.
    const title2 = data.translations.title?.[s.title];
    if (title2) { title2.msgstr = ['Mini export (fr)']; title2.comments = {}; }
    writeFileSync(poFile, po.compile(data));
    const second = await run(importTranslation, poFile);
    expect(second.stdout).toMatch(/fr: 100% translated/);
  });

  it('lists unit ids that are not texts of the scenario instead of importing them', async () => {
    const { file, locales } = scenarioFolder();
    await run(extract, file, '--lang', 'fr', '--format', 'xliff');
    const xlf = join(locales, 'mini.fr.xlf');
    writeFileSync(xlf, translateXliff(readFileSync(xlf, 'utf8'), frenchOf).replace('id="nodes.ship.text"', 'id="nodes.shp.text"'));
    const imp = await run(importTranslation, xlf);
    expect(imp.stdout).toContain('not imported, not texts of the scenario: nodes.shp.text (did you mean nodes.ship.text?)');
    const fr = Translation.parse(JSON.parse(readFileSync(join(locales, 'fr.json'), 'utf8')));
    expect(fr.strings['nodes.shp.text']).toBeUndefined();
    expect(fr.strings['nodes.ship.text']?.source).toBe(UNTRANSLATED);
  });

  it('refuses a broken file, a file for another scenario and bad usage, writing nothing', async () => {
    const { file, locales } = scenarioFolder();
    mkdirSync(locales);
    const broken = join(locales, 'broken.xlf');
    writeFileSync(broken, '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="mini"><unit id="title"><segment><source>x</source>');
    expect((await run(importTranslation, broken)).status).toBe(1);
    const other = join(locales, 'other.po');
    writeFileSync(other, 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Trade-Game-Scenario: coffee\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n');
    const r = await run(importTranslation, other, '--scenario', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/translates scenario "coffee"/);
    expect((await run(importTranslation)).status).toBe(2);
    expect((await run(importTranslation, join(locales, 'none.po'))).status).toBe(2);
    expect((await run(extract, file, '--lang', 'fr', '--format', 'docx')).status).toBe(2);
    expect(() => readFileSync(join(locales, 'fr.json'))).toThrow();
  });
});

describe('exchange units', () => {
  it('describe each text for the translator and carry no fingerprint', () => {
    const units = exchangeUnits(mini(), undefined);
    const label = units.find((u) => u.key === 'nodes.classify.choices.green.label');
    expect(label?.notes[0]).toBe('A choice button: keep it short');
    expect(units.find((u) => u.key === 'nodes.classify.choices.green.feedback.classification')?.notes[0]).toMatch(/^Feedback on a decision \(readiness: classification\)/);
    expect(JSON.stringify(units)).not.toMatch(/[0-9a-f]{8}"/);
  });
});
