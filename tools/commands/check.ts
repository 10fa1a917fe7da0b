/** `check`: every problem of scenario files and their translations, as file:line:column diagnostics. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analysisFindings, missedTargets, policyAnalysis } from '../../src/engine';
import { checkScenarioText, type CheckResult, type Diagnostic } from '../../src/scenario';
import { gameLanguages, readTranslationFiles, scenarioFiles } from '../lib/files';
import { loadHsCodes } from '../lib/hs';
import type { Command } from './types';

/** The `check` command: static checks, translations and (for error-free scenarios) the exhaustive analysis. */
export const check: Command = {
  summary: 'check scenarios and their translations; exit 1 on errors',
  usage: `Usage: npm run scenario -- check <files or folders…> [--json] [--max-states N] [--no-policies]

Reports every problem at once as
  file:line:column  severity  code  message
      hint: how to fix it
A folder is searched for every scenario.json below it; the translations in
<scenario folder>/locales/*.json are checked too, and every language the game
offers (src/i18n/locales) needs one. A scenario without errors is
then played exhaustively (up to --max-states states) to find soft-locks,
unreachable endings and choices; those findings come with a choice list that
reproduces them. It is also played 2,000 seeded games under each named policy
(careful, careless, random, first on screen, …): a warning policy-targets says
when knowledge does not win (careful < 85 %, careless > 5 %, first on screen more
than 5 points from random, random outside 10–35 %). docs/diagnostics.md explains
every code.

  --json           print the diagnostics as a JSON array
  --max-states N   cap the exhaustive analysis (default 2,000,000)
  --no-policies    skip the policy games (a few seconds per scenario)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage.`,
  async run(args) {
    let values: { json?: boolean; 'max-states'?: string; 'no-policies'?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, 'max-states': { type: 'string' }, 'no-policies': { type: 'boolean' } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${this.usage}`);
      return 2;
    }
    const maxStates = values['max-states'] === undefined ? undefined : Number(values['max-states']);
    if (maxStates !== undefined && !(Number.isInteger(maxStates) && maxStates > 0)) {
      console.error(`--max-states needs a positive whole number.\n\n${this.usage}`);
      return 2;
    }
    if (positionals.length === 0) {
      console.error(`Name at least one scenario file or folder.\n\n${this.usage}`);
      return 2;
    }
    let files: string[];
    try {
      files = scenarioFiles(positionals);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 2;
    }
    if (files.length === 0) {
      console.error(`No scenario.json found in ${positionals.join(', ')}.`);
      return 2;
    }
    const hsCodes = loadHsCodes();
    const diagnostics = files.flatMap((file) => checkFile(file, hsCodes, maxStates, values['no-policies'] !== true));
    if (values.json) console.log(JSON.stringify(diagnostics.map(({ file, line, column, severity, code, message, hint }) => ({ file, line, column, severity, code, message, hint: hint ?? null })), null, 2));
    else console.log(formatDiagnostics(diagnostics, files.length));
    return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};

/** Static checks, then (for a scenario without errors) the exhaustive analysis, all placed in the files. */
function checkFile(file: string, hsCodes: ReadonlyMap<string, string>, maxStates: number | undefined, policies: boolean): Diagnostic[] {
  let text: string;
  let translations: { lang: string; file: string; text: string }[];
  try {
    text = readFileSync(file, 'utf8');
    translations = readTranslationFiles(file);
  } catch (e) {
    return [{ severity: 'error', code: 'unreadable-file', file, line: 1, column: 1, path: [], message: `Cannot read the file: ${e instanceof Error ? e.message : String(e)}` }];
  }
  const result = checkScenarioText(file, text, { hsCodes, translations, languages: gameLanguages() });
  const ownErrors = result.diagnostics.some((d) => d.file === file && d.severity === 'error');
  if (!result.scenario || ownErrors) return result.diagnostics;
  const analysis = analysisFindings(result.scenario, maxStates === undefined ? {} : { maxStates }).map((f) => placeFinding(file, result, f));
  // Policy games need a scenario that plays: skip them when the analysis found an error.
  const playable = policies && !analysis.some((d) => d.severity === 'error');
  const gates = playable ? policyTargets(file, result) : [];
  return [...result.diagnostics, ...analysis, ...gates].sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
}

/** The policy targets a scenario misses, as one warning at the top of the file with the figures. */
function policyTargets(file: string, result: CheckResult): Diagnostic[] {
  const a = policyAnalysis(result.scenario!, { n: 2000, seed: 1 });
  const missed = missedTargets(a);
  if (missed.length === 0) return [];
  const rate = (p: string) => `${p} ${((a.policies.find((x) => x.policy === p)?.successRate ?? 0) * 100).toFixed(1)} %`;
  const { line, column } = result.locate([]);
  return [{
    severity: 'warning', code: 'policy-targets', file, line, column, path: [],
    message: `Knowledge does not decide the game: ${missed.map((m) => m.message).join('; ')}. Wins over ${a.plays.toLocaleString('en')} seeded games per policy: ${['careful', 'careless', 'random', 'first-on-screen', 'first-in-file'].map(rate).join(', ')}; skill gap ${a.skillGap.toFixed(1)} points.`,
    hint: `Make the well-judged options win and the careless ones fail, whatever the luck and the position (docs/diagnostics.md, policy-targets). The whole table: npm run scenario -- analyze ${file}`,
  }];
}

function placeFinding(file: string, result: CheckResult, f: ReturnType<typeof analysisFindings>[number]): Diagnostic {
  const { line, column } = result.locate(f.path);
  const seed = /replay with seed (\d+)/.exec(f.message)?.[1];
  const replay = f.log ? `Reproduce: npm run scenario -- play ${file}${seed ? ` --seed ${seed}` : ''} --choices ${f.log.join(',') || '""'}` : '';
  const hint = [f.hint, replay].filter(Boolean).join(' ');
  return { severity: f.severity, code: f.code, file, line, column, path: f.path, message: f.message, ...(hint ? { hint } : {}) };
}

/** The human-readable report: one line per diagnostic, an indented hint, and a summary line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const lines = diagnostics.flatMap((d) => [`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${d.message}`, ...(d.hint ? [`    hint: ${d.hint}`] : [])]);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  lines.push(`${lines.length ? '\n' : ''}${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(fileCount, 'file')}`);
  return lines.join('\n');
}
