/**
 * `import-translation`: brings a translated XLIFF or PO file back into locales/<lang>.json. Each
 * translated unit is stored with the fingerprint of the source text it was translated from, so a
 * text whose source changed after the export shows up as "changed since translated", never as done.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest, collectStrings, fingerprint, Translation, type Scenario } from '../../src/scenario';
import { readExchange, type ExchangeFile, type ExchangeUnit } from '../lib/exchange';
import { localesDir, readScenario } from '../lib/files';
import { coverageLine, keptLines, mergeTranslation, translationText } from './extract';
import type { Command } from './types';

const LANG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const TOKEN = /\{(?:money|days|number|percent):-?\d{1,12}(?:\.\d{1,4})?\}|\{var:[a-zA-Z][a-zA-Z0-9_]{0,63}\}/g;

/** What an import did. */
export interface ImportSummary {
  /** Units whose translation was new or changed. */
  readonly imported: number;
  /** Units whose translation was already stored as it is. */
  readonly unchanged: number;
  /** Units with no translation in the file (left as they were). */
  readonly empty: number;
  /** Units the translator's tool still marks for review (PO fuzzy), left as they were. */
  readonly review: number;
  /** Imported units translated from an older source than the scenario's: they stay "changed since translated". */
  readonly outdated: readonly string[];
  /** Units whose key is not a text of the scenario, with the nearest key. */
  readonly unknown: readonly { key: string; nearest?: string }[];
  /** Imported units that do not keep the source's tokens. */
  readonly tokenMismatch: readonly string[];
}

const tokens = (t: string) => (t.match(TOKEN) ?? []).sort().join(' ');

/** Merges the units of an exchange file into a scenario's translation. Pure. */
export function applyExchange(s: Scenario, lang: string, existing: Translation | undefined, units: readonly ExchangeUnit[]): { translation: Translation; summary: ImportSummary } {
  const base = mergeTranslation(s, lang, existing).translation;
  const strings: Translation['strings'] = { ...base.strings };
  const current = new Map(collectStrings(s).map((t) => [t.key, t.text]));
  let imported = 0, unchanged = 0, empty = 0, review = 0;
  const outdated: string[] = [];
  const unknown: { key: string; nearest?: string }[] = [];
  const tokenMismatch: string[] = [];
  for (const u of units) {
    const now = current.get(u.key);
    if (now === undefined) {
      const nearest = closest(u.key, current.keys());
      unknown.push(nearest ? { key: u.key, nearest } : { key: u.key });
      continue;
    }
    if (u.review) { review++; continue; }
    if (u.target.trim() === '') { empty++; continue; }
    const entry = { text: u.target, source: fingerprint(u.source) };
    const old = strings[u.key];
    if (old && old.text === entry.text && old.source === entry.source) unchanged++;
    else imported++;
    strings[u.key] = entry;
    if (u.source !== now) outdated.push(u.key);
    if (tokens(u.source) !== tokens(u.target)) tokenMismatch.push(u.key);
  }
  return { translation: { ...base, strings }, summary: { imported, unchanged, empty, review, outdated, unknown, tokenMismatch } };
}

export const importTranslation: Command = {
  summary: 'bring a translated XLIFF or PO file back into locales/<lang>.json',
  usage: `Usage: npm run scenario -- import-translation <file.xlf|file.po> [--scenario scenario.json]

Reads an XLIFF (2.0 or 1.2) or PO file made by "extract --format xliff|xliff12|po"
and translated in any translation tool, and updates <scenario folder>/locales/<lang>.json:
  - every translated unit is stored with the fingerprint of its source text, so
    nobody copies fingerprints; a unit translated from an older source than the
    scenario's stays "changed since translated" in check;
  - units without a translation, and PO entries still marked fuzzy, leave the
    stored translation as it is;
  - units whose id is not a text of the scenario are listed, not imported.
The scenario is found from the file's scenario id: beside the file, one folder
up, scenarios/<id>/ or drafts/<id>/; or name it with --scenario.

Exit status: 0 imported, 1 unreadable or mismatched file, 2 bad usage.`,
  async run(args) {
    let values: { scenario?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { scenario: { type: 'string' } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${this.usage}`);
      return 2;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1) { console.error(this.usage); return 2; }
    if (!existsSync(file)) { console.error(`No such file: ${file}`); return 2; }
    let exchange: ExchangeFile;
    try {
      exchange = await readExchange(file, readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`${file}: ${e instanceof Error ? e.message.replace(`${file}: `, '') : String(e)}`);
      return 1;
    }
    const scenarioFile = values.scenario ?? findScenario(file, exchange.scenario);
    if (!scenarioFile) {
      console.error(`${file}: cannot find scenario "${exchange.scenario}" (looked beside the file, one folder up, in scenarios/ and drafts/). Name it with --scenario <scenario.json>.`);
      return 1;
    }
    let scenario: Scenario;
    try {
      scenario = readScenario(scenarioFile);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 1;
    }
    const { lang } = exchange;
    if (exchange.scenario && exchange.scenario !== scenario.id) { console.error(`${file} translates scenario "${exchange.scenario}", but ${scenarioFile} is "${scenario.id}".`); return 1; }
    if (!LANG.test(lang)) { console.error(`${file}: "${lang}" is not a language code such as fr, es or pt-BR.`); return 1; }
    if (lang === scenario.lang) { console.error(`${file}: "${lang}" is the scenario's own language.`); return 1; }
    const dir = localesDir(scenarioFile);
    const target = join(dir, `${lang}.json`);
    let existing: Translation | undefined;
    if (existsSync(target)) {
      const r = safeJson(target);
      if (!r) { console.error(`${target} is not a valid translation file; fix it (npm run scenario -- check ${scenarioFile}) before importing.`); return 1; }
      existing = r;
    }
    const { translation, summary } = applyExchange(scenario, lang, existing, exchange.units);
    const merged = mergeTranslation(scenario, lang, translation, relative(dir, 'scenarios/translation.schema.json').split('\\').join('/'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, translationText(merged.translation));
    console.log(reportLines(target, lang, summary, merged.coverage).join('\n'));
    return 0;
  },
};

function reportLines(target: string, lang: string, s: ImportSummary, coverage: ReturnType<typeof mergeTranslation>['coverage']): string[] {
  const lines = [`wrote ${target}`, `  imported ${s.imported}, unchanged ${s.unchanged}, without translation ${s.empty}, still marked for review ${s.review}`, `  ${coverageLine(lang, coverage)}`];
  if (s.outdated.length) lines.push(`  ${s.outdated.length} translated from an older source text (the scenario changed after the export); check lists them as changed since translated. Export again to review them.`);
  if (s.tokenMismatch.length) lines.push(`  ${s.tokenMismatch.length} do not keep the source's {…} tokens: ${s.tokenMismatch.slice(0, 5).join(', ')}${s.tokenMismatch.length > 5 ? ', …' : ''}. check shows each one.`);
  if (s.unknown.length) lines.push(`  not imported, not texts of the scenario: ${s.unknown.map((u) => `${u.key}${u.nearest ? ` (did you mean ${u.nearest}?)` : ''}`).join(', ')}`);
  lines.push(...keptLines(coverage));
  return lines;
}

function safeJson(file: string): Translation | undefined {
  try {
    const r = Translation.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** The scenario a translation file belongs to: beside it, one folder up, scenarios/<id>/ or drafts/<id>/. */
function findScenario(file: string, id: string): string | undefined {
  const here = dirname(resolve(file));
  const candidates = [join(here, 'scenario.json'), join(here, '..', 'scenario.json')];
  if (/^[a-z0-9][a-z0-9-]*$/.test(id)) candidates.push(join('scenarios', id, 'scenario.json'), join('drafts', id, 'scenario.json'));
  return candidates.find((c) => {
    if (!existsSync(c)) return false;
    try {
      return (JSON.parse(readFileSync(c, 'utf8')) as { id?: unknown }).id === id || !id;
    } catch {
      return false;
    }
  });
}
