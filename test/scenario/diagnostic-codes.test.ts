/**
 * One fixture per diagnostic code (test/fixtures/diagnostics/, each a small change to mini.json):
 * the checker reports that code at that exact line and column, and no other new problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, LIMITS, type Diagnostic } from '../../src/scenario';
import { hsCodes, miniText, readFixture, root } from './helpers';

const codesOf = (ds: readonly Diagnostic[]) => new Set(ds.map((d) => d.code));
const baseline = codesOf(checkScenarioText('mini.json', miniText, { hsCodes }).diagnostics);

/** Scenario fixtures: file name = code. */
const scenarioCases: { code: string; line: number; column: number; severity: Diagnostic['severity'] }[] = [
  { code: 'invalid-json', line: 13, column: 3, severity: 'error' },
  { code: 'too-deep', line: 16, column: 57, severity: 'error' },
  { code: 'unsupported-format', line: 2, column: 13, severity: 'error' },
  { code: 'schema', line: 15, column: 17, severity: 'error' },
  { code: 'duplicate-id', line: 40, column: 17, severity: 'error' },
  { code: 'duplicate-key', line: 7, column: 3, severity: 'error' },
  { code: 'duplicate-score', line: 32, column: 223, severity: 'error' },
  { code: 'dangling-reference', line: 40, column: 50, severity: 'error' },
  { code: 'unknown-source', line: 33, column: 289, severity: 'error' },
  { code: 'undefined-flag', line: 39, column: 154, severity: 'error' },
  { code: 'undefined-variable', line: 60, column: 126, severity: 'error' },
  { code: 'unused-flag', line: 20, column: 31, severity: 'warning' },
  { code: 'unused-variable', line: 23, column: 5, severity: 'warning' },
  { code: 'flag-never-set', line: 41, column: 95, severity: 'warning' },
  { code: 'invalid-range', line: 21, column: 42, severity: 'error' },
  { code: 'unused-consequence', line: 26, column: 5, severity: 'warning' },
  { code: 'consequence-never-fires', line: 25, column: 24, severity: 'error' },
  { code: 'unknown-hs-code', line: 33, column: 62, severity: 'error' },
  { code: 'hs-decision-without-codes', line: 28, column: 5, severity: 'warning' },
  { code: 'hs-decision-without-product-code', line: 28, column: 5, severity: 'warning' },
  { code: 'missing-reason', line: 49, column: 9, severity: 'warning' },
  { code: 'reason-without-requires', line: 40, column: 52, severity: 'warning' },
  { code: 'zero-weights', line: 52, column: 5, severity: 'error' },
  { code: 'zero-weight-outcome', line: 56, column: 39, severity: 'warning' },
  { code: 'unknown-text-token', line: 37, column: 84, severity: 'warning' },
  { code: 'unbalanced-bold', line: 45, column: 57, severity: 'warning' },
  { code: 'unused-character', line: 21, column: 5, severity: 'warning' },
  { code: 'unreachable-node', line: 69, column: 5, severity: 'error' },
  { code: 'dead-end', line: 66, column: 5, severity: 'error' },
  { code: 'branch-cycle', line: 63, column: 5, severity: 'error' },
  { code: 'no-ending', line: 27, column: 3, severity: 'error' },
  { code: 'hidden-cost', line: 39, column: 44, severity: 'warning' },
  { code: 'consequence-overlap', line: 26, column: 5, severity: 'warning' },
  { code: 'all-pinned', line: 31, column: 7, severity: 'warning' },
  { code: 'source-kind-missing', line: 17, column: 15, severity: 'warning' },
  { code: 'indicative-source-teaches', line: 18, column: 86, severity: 'warning' },
  { code: 'similar-looks', line: 21, column: 58, severity: 'warning' },
];

/** Translation fixtures (translations/<code>.json), checked as fr.json beside mini.json. */
const translationCases: { code: string; line: number; column: number; severity: Diagnostic['severity']; file?: string }[] = [
  { code: 'missing-translation', line: 5, column: 3, severity: 'warning' },
  { code: 'stale-translation', line: 27, column: 65, severity: 'warning' },
  { code: 'not-translated-yet', line: 27, column: 34, severity: 'warning' },
  { code: 'unknown-translation-key', line: 11, column: 5, severity: 'warning' },
  { code: 'translation-for-other-scenario', line: 3, column: 15, severity: 'error' },
  { code: 'translation-lang-mismatch', line: 4, column: 11, severity: 'error' },
  { code: 'translation-token-mismatch', line: 16, column: 44, severity: 'warning' },
  { code: 'invalid-translation', line: 6, column: 54, severity: 'error' },
  { code: 'unsupported-format', line: 2, column: 13, severity: 'error' },
  { code: 'translation-coverage', line: 5, column: 3, severity: 'info', file: 'complete' },
];

describe('one fixture per diagnostic code', () => {
  it('the base scenario has no errors', () => {
    expect(checkScenarioText('mini.json', miniText, { hsCodes }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(scenarioCases)('$code at $line:$column', ({ code, line, column, severity }) => {
    const { diagnostics } = checkScenarioText(`${code}.json`, readFixture(`${code}.json`), { hsCodes });
    const found = diagnostics.filter((d) => d.code === code && !(code === 'unused-variable' && d.line === 22));
    expect(found.map((d) => ({ code: d.code, line: d.line, column: d.column, severity: d.severity, file: d.file }))).toEqual([{ code, line, column, severity, file: `${code}.json` }]);
    expect(found[0]?.message.length).toBeGreaterThan(10);
    const extra = [...codesOf(diagnostics)].filter((c) => c !== code && !baseline.has(c));
    expect(extra, 'the fixture should show only its own problem').toEqual([]);
  });

  it.each(translationCases)('translation $code at $line:$column', ({ code, line, column, severity, file }) => {
    const name = `translations/${file ?? code}.json`;
    const { diagnostics } = checkScenarioText('mini.json', miniText, { hsCodes, translations: [{ lang: 'fr', file: name, text: readFixture(name) }] });
    const inFile = diagnostics.filter((d) => d.file === name);
    expect(inFile.filter((d) => d.code === code).map((d) => ({ line: d.line, column: d.column, severity: d.severity }))).toEqual([{ line, column, severity }]);
    const extra = [...codesOf(inFile)].filter((c) => c !== code && c !== 'translation-coverage');
    expect(extra).toEqual([]);
    expect(diagnostics.filter((d) => d.file === 'mini.json').map((d) => d.code)).toEqual([...baseline]);
  });

  it('missing-translation-file: a language the game offers has no translation file', () => {
    const translations = [{ lang: 'fr', file: 'fr.json', text: readFixture('translations/complete.json') }];
    const { diagnostics } = checkScenarioText('mini.json', miniText, { hsCodes, translations, languages: ['en', 'es', 'fr'] });
    const found = diagnostics.filter((d) => d.code === 'missing-translation-file');
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([['mini.json', 3, 9, 'warning']]);
    expect(found[0]?.message).toMatch(/offers es, but this scenario has no translation file locales\/es\.json/);
    expect(found[0]?.hint).toContain('npm run scenario -- extract <scenario.json> --lang es');
  });

  it('too-large: a file over the size cap is rejected before parsing', () => {
    const text = `${miniText.slice(0, -2)}, "pad": "${'x'.repeat(LIMITS.bytes)}"}`;
    const { diagnostics, scenario } = checkScenarioText('big.json', text);
    expect(scenario).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['too-large', 1, 1]]);
  });
});

describe('every diagnostic code', () => {
  const checkerDir = join(root, 'src/scenario/check');
  const source = readdirSync(checkerDir).map((f) => readFileSync(join(checkerDir, f), 'utf8')).join('\n');
  // Codes passed to error()/warning()/info(), plus the three chosen at run time (duplicate-key, schema, invalid-translation).
  const emitted = new Set([...source.matchAll(/\b(?:error|warning|info)\(\s*'([a-z-]+)'/g)].map((m) => m[1] as string));
  for (const computed of ['duplicate-key', 'schema', 'invalid-translation']) {
    expect(source).toContain(`'${computed}'`);
    emitted.add(computed);
  }
  const tested = new Set([...scenarioCases, ...translationCases].map((c) => c.code).concat('too-large', 'missing-translation-file'));
  const docs = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');

  it('has a fixture', () => {
    expect([...emitted].filter((c) => !tested.has(c))).toEqual([]);
  });

  it('is documented in docs/diagnostics.md', () => {
    expect([...emitted].filter((c) => !docs.includes(`| \`${c}\` |`))).toEqual([]);
  });
});
