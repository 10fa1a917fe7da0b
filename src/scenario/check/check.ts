/**
 * The scenario checker: every problem of a scenario file and its translations at once, each placed at
 * file:line:column with a stable code and a hint. Pure: the HS codes and translation texts are inputs.
 */
import type { Diagnostic } from '../diagnostics';
import { FORMAT_VERSION, Scenario } from '../schema';
import { consequenceFindings } from './consequences';
import { contentFindings, type HsCodes } from './content';
import { costFindings } from './costs';
import { error, warning, type Finding, type JsonPath } from './finding';
import { buildGraph } from './graph';
import { graphFindings } from './graph-checks';
import { parseJsonDocument, type JsonDocument, type Place } from './json-text';
import { lookFindings } from './looks';
import { nameFindings } from './names';
import { overlapFindings } from './overlaps';
import { sourceFindings } from './sources';
import { referenceFindings } from './references';
import { indexScenario } from './scenario-index';
import { schemaFindings } from './schema-messages';
import { checkTranslation, type TranslationInput } from './translations';
import { variantFindings } from './variants';

/** What the checker needs besides the scenario text. */
export interface CheckOptions {
  /** HS 2022 subheadings ("0901.11"); a Map adds descriptions to hints. Without it HS codes are not looked up. */
  readonly hsCodes?: HsCodes;
  /** The translation files beside the scenario (locales/<lang>.json). */
  readonly translations?: readonly TranslationInput[];
  /** The languages the game offers; each one other than the scenario's own needs a translation file. */
  readonly languages?: readonly string[];
}

/** The checker's answer: the scenario when it passed the schema, and every diagnostic, sorted by file, line, column. */
export interface CheckResult {
  readonly scenario?: Scenario;
  readonly diagnostics: Diagnostic[];
  /** Places a JSON path of the scenario file (or the deepest part of it that exists), e.g. for analyzer findings. */
  locate(path: JsonPath): Place;
}

const ID_MAPS = new Set(['nodes', 'consequences', 'characters', 'variables']);

/** Checks a scenario file's text and its translations. Never throws on any input text. */
export function checkScenarioText(file: string, text: string, options: CheckOptions = {}): CheckResult {
  const doc = parseJsonDocument(text, { isIdMap: (p) => p.length === 1 && ID_MAPS.has(String(p[0])) });
  const { scenario, findings } = scenarioFindings(doc, options);
  if (scenario) findings.push(...missingLanguages(scenario, options));
  const diagnostics = findings.map((f) => toDiagnostic(file, doc, f));
  for (const t of options.translations ?? []) {
    const r = checkTranslation(t, scenario);
    diagnostics.push(...r.findings.map((f) => toDiagnostic(r.file, r.doc, f)));
  }
  diagnostics.sort(byPlace);
  return { ...(scenario ? { scenario } : {}), diagnostics, locate: (path) => doc.locate(path) };
}

function scenarioFindings(doc: JsonDocument, options: CheckOptions): { scenario?: Scenario; findings: Finding[] } {
  const findings = [...doc.findings];
  if (doc.data === undefined) return { findings };
  const format = (doc.data as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT_VERSION) {
    const hint = format > FORMAT_VERSION ? 'The file was written for a newer version of Trade Game: update the game, or rewrite the file for format 1.' : `Convert the file to format ${FORMAT_VERSION} (see docs/scenario-format.md) and set "format": ${FORMAT_VERSION}.`;
    findings.push(error('unsupported-format', ['format'], `Format version ${format} cannot be read by this build (it reads ${FORMAT_VERSION}).`, { hint }));
    return { findings };
  }
  const parsed = Scenario.safeParse(doc.data);
  if (!parsed.success) {
    findings.push(...schemaFindings(parsed.error.issues, doc.data, Scenario));
    return { findings };
  }
  const s = parsed.data;
  const ix = indexScenario(s);
  const references = referenceFindings(s, ix);
  findings.push(...references, ...nameFindings(s, ix), ...consequenceFindings(s, ix), ...contentFindings(s, options.hsCodes));
  findings.push(...variantFindings(s), ...costFindings(s), ...overlapFindings(s), ...sourceFindings(s), ...lookFindings(s));
  // A broken link explains the graph problems behind it: report those only where the links hold.
  const broken = references.filter((f) => f.code === 'dangling-reference');
  const startBroken = broken.some((f) => f.path[0] === 'start');
  const brokenNodes = new Set(broken.filter((f) => f.path[0] === 'nodes').map((f) => String(f.path[1])));
  findings.push(...graphFindings(s, buildGraph(s, ix)).filter((f) => !(startBroken && f.code === 'unreachable-node') && !(f.code === 'dead-end' && brokenNodes.has(String(f.path[1])))));
  return { scenario: s, findings };
}

/** missing-translation-file: a language the game offers has no locales/<lang>.json for this scenario. */
function missingLanguages(s: Scenario, options: CheckOptions): Finding[] {
  const have = new Set((options.translations ?? []).map((t) => t.lang));
  return (options.languages ?? []).filter((lang) => lang !== s.lang && !have.has(lang)).map((lang) => warning('missing-translation-file', ['id'], `The game offers ${lang}, but this scenario has no translation file locales/${lang}.json: ${lang} players see it in ${s.lang}.`, {
    hint: `Create it with "npm run scenario -- extract <scenario.json> --lang ${lang}" (add --format xliff or --format po for a translator's tool), translate, then "npm run scenario -- import-translation <file>".`,
  }));
}

function toDiagnostic(file: string, doc: JsonDocument, f: Finding): Diagnostic {
  const within = f.within === undefined ? undefined : doc.offsetWithin(f.path, f.within);
  const place = f.offset !== undefined ? doc.placeOf(f.offset) : within !== undefined ? doc.placeOf(within) : doc.locate(f.path, f.at);
  return { severity: f.severity, code: f.code, file, line: place.line, column: place.column, path: f.path, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
