/**
 * `extract`: create or update a scenario's translation files (locales/<lang>.json).
 * Keeps every existing translation with its source fingerprint, adds the texts that
 * have none as untranslated copies of the source, drops texts the scenario no longer
 * has, writes the keys in scenario order, and prints the coverage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { collectStrings, fingerprint, FORMAT_VERSION, Translation, type Scenario } from '../../src/scenario';
import { localesDir, readScenario } from '../lib/files';
import type { Command } from './types';

/** The fingerprint that marks an entry as not translated yet (its text is a copy of the source). */
export const UNTRANSLATED = '00000000';

const LANG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const SCHEMA_FILE = 'scenarios/translation.schema.json';

/** How many texts of a translation are translated, stale or not translated yet. */
export interface Coverage {
  readonly total: number;
  readonly translated: number;
  readonly stale: number;
  readonly untranslated: number;
  readonly added: number;
  readonly removed: number;
}

/** Builds the updated translation of a scenario from the existing one (or none). Pure. */
export function mergeTranslation(s: Scenario, lang: string, existing: Translation | undefined, schemaRef?: string): { translation: Translation; coverage: Coverage } {
  const old = existing?.strings ?? {};
  const strings: Translation['strings'] = {};
  let translated = 0, stale = 0, untranslated = 0, added = 0;
  for (const { key, text } of collectStrings(s)) {
    const entry = Object.hasOwn(old, key) ? old[key] : undefined;
    if (!entry || entry.text.trim() === '' || entry.source === UNTRANSLATED) {
      if (!entry) added++;
      untranslated++;
      strings[key] = { text, source: UNTRANSLATED };
      continue;
    }
    if (entry.source === fingerprint(text)) translated++;
    else stale++;
    strings[key] = { text: entry.text, source: entry.source };
  }
  const removed = Object.keys(old).filter((k) => !Object.hasOwn(strings, k)).length;
  const $schema = existing?.$schema ?? schemaRef;
  const translation: Translation = { ...($schema ? { $schema } : {}), format: FORMAT_VERSION, scenario: s.id, lang, strings };
  return { translation, coverage: { total: translated + stale + untranslated, translated, stale, untranslated, added, removed } };
}

/** The file text: one string per line, so diffs show exactly which texts changed. */
export function translationText(t: Translation): string {
  const head = Object.entries(t).filter(([k]) => k !== 'strings').map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const lines = Object.entries(t.strings).map(([k, v]) => `    ${JSON.stringify(k)}: { "text": ${JSON.stringify(v.text)}, "source": ${JSON.stringify(v.source)} }`);
  return `{\n${head.join('\n')}\n  "strings": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** One line of coverage for the terminal. */
export function coverageLine(lang: string, c: Coverage): string {
  const pct = c.total === 0 ? 100 : Math.floor((c.translated * 100) / c.total);
  return `${lang}: ${pct}% translated — ${c.translated} translated, ${c.stale} stale, ${c.untranslated} not translated yet, of ${c.total} texts (${c.added} added, ${c.removed} removed)`;
}

export const extract: Command = {
  summary: 'create or update translation files (locales/<lang>.json) and show coverage',
  usage: `Usage: npm run scenario -- extract <scenario.json> --lang fr [--lang es …]

Creates or updates <scenario folder>/locales/<lang>.json for each language:
  - existing translations are kept as they are, with their "source" fingerprint;
  - texts without a translation are added as a copy of the source text with
    "source": "${UNTRANSLATED}", which means "not translated yet";
  - texts the scenario no longer has are removed;
  - keys are written in the order the texts appear in the scenario.
A translation whose "source" differs from the fingerprint of the current source
text is stale: "npm run scenario -- check" shows the new source and fingerprint.
Without --lang, every existing locales/*.json file is updated.

Exit status: 0 written, 1 unreadable scenario or translation file, 2 bad usage.`,
  async run(args) {
    let values: { lang?: string[] };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { lang: { type: 'string', multiple: true } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${this.usage}`);
      return 2;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1) { console.error(this.usage); return 2; }
    let scenario: Scenario;
    try {
      scenario = readScenario(file);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 1;
    }
    const dir = localesDir(file);
    const langs = values.lang ?? (existsSync(dir) ? existingLangs(dir) : []);
    const bad = langs.find((l) => !LANG.test(l));
    if (bad !== undefined) { console.error(`"${bad}" is not a language code such as fr, es or pt-BR.`); return 2; }
    if (langs.includes(scenario.lang)) { console.error(`"${scenario.lang}" is the scenario's own language: its texts are in scenario.json.`); return 2; }
    if (langs.length === 0) { console.error(`No --lang given and no translations in ${dir}.\n\n${this.usage}`); return 2; }
    let status = 0;
    for (const lang of [...new Set(langs)]) {
      const target = join(dir, `${lang}.json`);
      const existing = readExisting(target);
      if (existing === null) { status = 1; continue; }
      const { translation, coverage } = mergeTranslation(scenario, lang, existing, relative(dir, SCHEMA_FILE).split('\\').join('/'));
      const valid = Translation.safeParse(translation);
      if (!valid.success) { console.error(`${target}: the result is not a valid translation (${valid.error.issues[0]?.message ?? 'unknown problem'}); nothing written.`); status = 1; continue; }
      mkdirSync(dir, { recursive: true });
      writeFileSync(target, translationText(translation));
      console.log(`wrote ${target}\n  ${coverageLine(lang, coverage)}`);
    }
    return status;
  },
};

function existingLangs(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => f.slice(0, -'.json'.length));
}

/** The existing translation, undefined when there is none, null (after a message) when it cannot be used. */
function readExisting(target: string): Translation | undefined | null {
  if (!existsSync(target)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(target, 'utf8'));
  } catch (e) {
    console.error(`${target}: not valid JSON (${e instanceof Error ? e.message : String(e)}); fix it or delete it, then extract again.`);
    return null;
  }
  const r = Translation.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    console.error(`${target}: not a valid translation file (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}). Run "npm run scenario -- check" for details.`);
    return null;
  }
  return r.data;
}
