/**
 * Checks a translation file (locales/<lang>.json) against its scenario: every key translated
 * (not missing, not still marked "not translated yet"), none stale (the source changed since it was
 * translated), none unknown, tokens kept; plus a coverage summary.
 */
import { FORMAT_VERSION, Translation, type Scenario } from '../schema';
import { collectStrings, fingerprint, UNTRANSLATED } from '../strings';
import { error, info, warning, type Finding } from './finding';
import { parseJsonDocument, type JsonDocument } from './json-text';
import { schemaFindings } from './schema-messages';
import { didYouMean } from './suggest';

/** A translation file as text, with the language its file name says. */
export interface TranslationInput {
  readonly lang: string;
  readonly file: string;
  readonly text: string;
}

/** Findings for one translation file, placed in that translation file. */
export interface TranslationCheck {
  readonly file: string;
  readonly doc: JsonDocument;
  readonly findings: Finding[];
}

/** Checks one translation file; without a valid scenario only its syntax and schema are checked. */
export function checkTranslation(input: TranslationInput, scenario: Scenario | undefined): TranslationCheck {
  const doc = parseJsonDocument(input.text, { isIdMap: (p) => p.length === 1 && p[0] === 'strings' });
  const findings = [...doc.findings];
  const done = () => ({ file: input.file, doc, findings });
  if (doc.data === undefined) return done();
  const format = (doc.data as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT_VERSION) {
    findings.push(error('unsupported-format', ['format'], `Translation format ${format} cannot be read by this build (it reads ${FORMAT_VERSION}).`, { hint: `Set "format": ${FORMAT_VERSION}.` }));
    return done();
  }
  const parsed = Translation.safeParse(doc.data);
  if (!parsed.success) {
    findings.push(...schemaFindings(parsed.error.issues, doc.data, Translation, 'invalid-translation'));
    return done();
  }
  const t = parsed.data;
  if (t.lang !== input.lang) findings.push(error('translation-lang-mismatch', ['lang'], `This file is named "${input.lang}.json" but says "lang": ${JSON.stringify(t.lang)}.`, { hint: `Rename the file to "${t.lang}.json" or correct "lang".` }));
  if (!scenario) return done();
  if (t.scenario !== scenario.id) {
    findings.push(error('translation-for-other-scenario', ['scenario'], `This translation is for scenario ${JSON.stringify(t.scenario)}, but it sits beside scenario ${JSON.stringify(scenario.id)}.`, { hint: `Move it beside its scenario, or set "scenario": ${JSON.stringify(scenario.id)} if the scenario was renamed.` }));
    return done();
  }
  // The raw object, not zod's copy: a "__proto__" key survives JSON.parse but not a copy into a plain object.
  const strings = (doc.data as { strings: Translation['strings'] }).strings;
  findings.push(...stringFindings(t.lang, strings, scenario));
  return done();
}

function stringFindings(lang: string, strings: Translation['strings'], scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  const sources = collectStrings(scenario);
  const known = new Map(sources.map((s) => [s.key, s]));
  let missing = 0;
  let untranslated = 0;
  let stale = 0;
  for (const s of sources) {
    const entry = Object.hasOwn(strings, s.key) ? strings[s.key] : undefined;
    const fp = fingerprint(s.text);
    if (!entry || entry.text.trim() === '') {
      missing++;
      out.push(warning('missing-translation', entry ? ['strings', s.key, 'text'] : ['strings'], `${lang}: ${entry ? 'empty' : 'no'} translation for "${s.key}" (${short(s.text)}).`, { at: entry ? 'value' : 'key', hint: `Run "npm run scenario -- extract <scenario.json> --lang ${lang}" to add it, or add "${s.key}": { "text": "…", "source": "${fp}" } to "strings".` }));
      continue;
    }
    if (entry.source === UNTRANSLATED) {
      untranslated++;
      out.push(warning('not-translated-yet', ['strings', s.key, 'text'], `${lang}: "${s.key}" is not translated yet (${short(s.text)}).`, { hint: `Translate it in a translation tool (npm run scenario -- extract <scenario.json> --lang ${lang} --format xliff, then import-translation), or write the translation here and set "source": "${fp}".` }));
      continue;
    }
    if (entry.source !== fp) {
      stale++;
      out.push(warning('stale-translation', ['strings', s.key, 'source'], `${lang}: the source of "${s.key}" changed since it was translated.`, { hint: `The source now reads ${short(s.text, 80)}. Update the translation (an exported XLIFF or PO file marks it for review), then set "source": "${fp}".` }));
    }
    const want = tokens(s.text);
    const got = tokens(entry.text);
    if (want.join('\u0000') !== got.join('\u0000')) {
      out.push(warning('translation-token-mismatch', ['strings', s.key, 'text'], `${lang}: "${s.key}" does not keep the source's tokens (source: ${want.join(' ') || 'none'}; translation: ${got.join(' ') || 'none'}).`, { hint: 'Keep every {money:…}, {days:…}, {number:…}, {percent:…} and {var:…} token exactly as in the source, so amounts are formatted for the language.' }));
    }
  }
  const keys = [...known.keys()];
  for (const key of Object.keys(strings)) {
    if (known.has(key)) continue;
    out.push(warning('unknown-translation-key', ['strings', key], `${lang}: "${key}" is not a text of the scenario.`, { at: 'key', hint: `${didYouMean(key, keys, 'Keys') ?? ''} The text may have been removed or its id renamed: delete the entry or rename its key.`.replace(/^ /, '') }));
  }
  out.push(info('translation-coverage', ['strings'], coverageMessage(lang, { total: sources.length, missing, untranslated, stale }), { at: 'key' }));
  return out;
}

/** The coverage summary of one language, e.g. "fr: 97% (1 not translated yet, 0 changed since translated, 0 missing, of 40 texts)". */
export function coverageMessage(lang: string, c: { total: number; missing: number; untranslated: number; stale: number }): string {
  const percent = c.total === 0 ? 100 : Math.floor(((c.total - c.missing - c.untranslated - c.stale) * 100) / c.total);
  return `${lang}: ${percent}% (${c.untranslated} not translated yet, ${c.stale} changed since translated, ${c.missing} missing, of ${c.total} texts)`;
}

function tokens(text: string): string[] {
  return [...text.matchAll(/\{(?:money|days|number|percent):-?\d{1,12}(?:\.\d{1,4})?\}|\{var:[a-zA-Z][a-zA-Z0-9_]{0,63}\}/g)].map((m) => m[0]).sort();
}

function short(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
