/**
 * `extract`: create or update a scenario's translation files (locales/<lang>.json), or export
 * them as XLIFF or PO for a translator's tool. Keeps every existing translation with its source
 * fingerprint, adds the texts that have none as untranslated copies of the source, keeps (and
 * names) a translated entry whose key is not a text of the scenario until --prune, writes the keys
 * in scenario order, and prints the coverage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { closest, collectStrings, fingerprint, FORMAT_VERSION, Translation, UNTRANSLATED, type Scenario } from '../../src/scenario';
import { EXCHANGE_FORMATS, EXTENSION, exchangeUnits, writeExchange, type ExchangeFormat } from '../lib/exchange';
import { localesDir, readScenario } from '../lib/files';
import type { Command } from './types';

export { UNTRANSLATED };

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
  /** Translated entries kept although their key is not a text of the scenario (a typo or a renamed id), with the nearest key. */
  readonly kept: readonly { key: string; nearest?: string }[];
}

/** Builds the updated translation of a scenario from the existing one (or none). Pure. */
export function mergeTranslation(s: Scenario, lang: string, existing: Translation | undefined, schemaRef?: string, options: { prune?: boolean } = {}): { translation: Translation; coverage: Coverage } {
  const old = existing?.strings ?? {};
  const strings: Translation['strings'] = {};
  let translated = 0, stale = 0, untranslated = 0, added = 0;
  const texts = collectStrings(s);
  for (const { key, text } of texts) {
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
  const kept: { key: string; nearest?: string }[] = [];
  let removed = 0;
  const keys = texts.map((t) => t.key);
  for (const [key, entry] of Object.entries(old)) {
    if (Object.hasOwn(strings, key)) continue;
    // A real translation under an unknown key is someone's work: keep it until the author renames or prunes it.
    if (!options.prune && entry.source !== UNTRANSLATED && entry.text.trim() !== '') {
      const nearest = closest(key, keys);
      kept.push(nearest ? { key, nearest } : { key });
      strings[key] = { text: entry.text, source: entry.source };
    } else removed++;
  }
  const $schema = existing?.$schema ?? schemaRef;
  const translation: Translation = { ...($schema ? { $schema } : {}), format: FORMAT_VERSION, scenario: s.id, lang, strings };
  return { translation, coverage: { total: translated + stale + untranslated, translated, stale, untranslated, added, removed, kept } };
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
  return `${lang}: ${pct}% translated — ${c.translated} translated, ${c.stale} changed since translated, ${c.untranslated} not translated yet, of ${c.total} texts (${c.added} added, ${c.removed} removed)`;
}

/** What to tell the author about entries kept under unknown keys. */
export function keptLines(c: Coverage): string[] {
  if (c.kept.length === 0) return [];
  return [
    `  kept ${c.kept.length} translated ${c.kept.length === 1 ? 'entry' : 'entries'} whose key is not a text of the scenario (a typo, or an id renamed?):`,
    ...c.kept.map((k) => `    ${k.key}${k.nearest ? `  (did you mean ${k.nearest}?)` : ''}`),
    '  Rename the key in the file to keep the translation, or run extract again with --prune to delete them.',
  ];
}

export const extract: Command = {
  summary: 'create or update translation files, or export XLIFF/PO for translators',
  usage: `Usage: npm run scenario -- extract <scenario.json> --lang fr [--lang es …] [--format json|xliff|xliff12|po] [--out DIR] [--prune]

--format json (the default) creates or updates <scenario folder>/locales/<lang>.json:
  - existing translations are kept as they are, with their "source" fingerprint;
  - texts without a translation are added as a copy of the source text with
    "source": "${UNTRANSLATED}", which means "not translated yet";
  - a translated entry whose key is not a text of the scenario (a typo, or an
    id renamed) is kept and named, so no work is lost; --prune deletes them;
  - keys are written in the order the texts appear in the scenario.
A translation whose "source" differs from the fingerprint of the current source
text is "changed since translated": check shows the new source.

--format xliff (XLIFF 2.0), xliff12 (XLIFF 1.2) or po (gettext) writes a file for
a translator's tool instead, <id>.<lang>.xlf or .po in the locales folder (or in
--out DIR), and leaves the JSON alone. Each text is a unit whose id is its key,
with notes on what it is and which tokens to keep. Texts whose source changed
since they were translated are marked for review (PO: fuzzy, with the old
translation; XLIFF: no target, the old translation in a note). Bring the
translated file back with: npm run scenario -- import-translation <file>
No fingerprint is copied by hand.

Without --lang, every existing locales/*.json file is used.

Exit status: 0 written, 1 unreadable scenario or translation file, 2 bad usage.`,
  async run(args) {
    let values: { lang?: string[]; format?: string; out?: string; prune?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { lang: { type: 'string', multiple: true }, format: { type: 'string' }, out: { type: 'string' }, prune: { type: 'boolean' } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${this.usage}`);
      return 2;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1) { console.error(this.usage); return 2; }
    const format = values.format ?? 'json';
    if (format !== 'json' && !(EXCHANGE_FORMATS as readonly string[]).includes(format)) { console.error(`Unknown format "${format}": use json, xliff, xliff12 or po.\n\n${this.usage}`); return 2; }
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
      if (format !== 'json') {
        status = Math.max(status, await exportFile(format as ExchangeFormat, scenario, lang, existing, values.out ?? dir));
        continue;
      }
      const { translation, coverage } = mergeTranslation(scenario, lang, existing, relative(dir, SCHEMA_FILE).split('\\').join('/'), { prune: values.prune === true });
      const valid = Translation.safeParse(translation);
      if (!valid.success) { console.error(`${target}: the result is not a valid translation (${valid.error.issues[0]?.message ?? 'unknown problem'}); nothing written.`); status = 1; continue; }
      mkdirSync(dir, { recursive: true });
      writeFileSync(target, translationText(translation));
      console.log([`wrote ${target}`, `  ${coverageLine(lang, coverage)}`, ...keptLines(coverage)].join('\n'));
    }
    return status;
  },
};

async function exportFile(format: ExchangeFormat, scenario: Scenario, lang: string, existing: Translation | undefined, outDir: string): Promise<number> {
  const units = exchangeUnits(scenario, existing);
  const out = join(outDir, `${scenario.id}.${lang}.${EXTENSION[format]}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(out, await writeExchange(format, scenario, lang, units));
  const done = units.filter((u) => u.target && !u.review).length;
  const review = units.filter((u) => u.review).length;
  console.log(`wrote ${out}\n  ${lang}: ${units.length} texts — ${done} translated, ${review} to review (source changed), ${units.length - done - review} to translate`);
  return 0;
}

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
