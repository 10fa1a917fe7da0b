/**
 * Hostile input: thousands of mutated scenario files (fixed seed) go through the loader and the checker.
 * Neither throws; the checker reports an error whenever the loader rejects the file, and agrees
 * with the loader about which files are scenarios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, parseScenarioText, type Diagnostic } from '../../src/scenario';
import { hsCodes, miniText } from './helpers';

const SEED = 20_240_611;
const base = JSON.parse(miniText) as unknown;

type Path = (string | number)[];
/** Every path of the base scenario (objects and arrays alike). */
function paths(v: unknown, at: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [at];
  return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))];
}
const allPaths = paths(base);

/** The container and key at a path of the base scenario, if an earlier mutation left it in place. */
function parentOf(data: unknown, path: Path): [Record<string | number, unknown>, string | number] | undefined {
  let v = data;
  for (const seg of path.slice(0, -1)) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  const last = path.at(-1);
  return last === undefined || v === null || typeof v !== 'object' ? undefined : [v as Record<string | number, unknown>, last];
}

/** A structural mutation of the parsed scenario. */
const dataMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(allPaths.length - 1) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(allPaths.length - 1), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('constructor', '__proto__', 'toString', '0901.11', 'x', -1, 1e300, 0.5)) }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(allPaths.length - 1), key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'nxt', 'type')) }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(allPaths.length - 1), depth: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(allPaths.length - 1), size: fc.integer({ min: 1000, max: 60_000 }) }),
  fc.record({ kind: fc.constant('swap-id' as const), at: fc.nat(allPaths.length - 1), to: fc.constantFrom('classify', 'aeo', 'ship', 'done', 'success', 'hs-hold', 'missing', 'aeo') }),
);

type DataMutation = typeof dataMutation extends fc.Arbitrary<infer T> ? T : never;

function applyData(data: unknown, m: DataMutation): void {
  const target = parentOf(data, allPaths[m.at] ?? []);
  if (!target) return;
  const [obj, key] = target;
  switch (m.kind) {
    case 'delete': if (Array.isArray(obj) && typeof key === 'number') obj.splice(key, 1); else delete obj[key]; break;
    case 'replace': obj[key] = m.value; break;
    case 'rename': if (!Array.isArray(obj)) { const v = obj[key]; delete obj[key]; Object.defineProperty(obj, m.key, { value: v, enumerable: true, configurable: true, writable: true }); } break;
    case 'nest': { let v = obj[key]; for (let i = 0; i < m.depth; i++) v = [v]; obj[key] = v; break; }
    case 'huge': obj[key] = 'x'.repeat(m.size); break;
    case 'swap-id': if (typeof obj[key] === 'string') obj[key] = m.to; break;
  }
}

/** A mutation of the text: truncation, random characters, duplicated or dropped lines. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{', '}', '[', ']', ',', '"', ':', '\\', '\u0000', '\uFEFF', '\ud800', '//', '\n')) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, m: TextMutation): string {
  const lines = text.split('\n');
  const line = Math.floor(m.at * lines.length);
  const cut = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'truncate': return text.slice(0, cut);
    case 'insert': return text.slice(0, cut) + m.text + text.slice(cut);
    case 'duplicate-line': return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'drop-line': return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
  }
}

/** Loader and checker agree, never throw, and every diagnostic is well-formed; `asTranslation` also feeds the text as fr.json. */
function checkBoth(text: string, asTranslation = false): boolean {
  const loaded = parseScenarioText(text);
  const checked = checkScenarioText('f.json', text, { hsCodes, translations: asTranslation ? [{ lang: 'fr', file: 'fr.json', text }] : [] });
  const errors = checked.diagnostics.filter((d) => d.file === 'f.json' && d.severity === 'error');
  if (!loaded.ok) expect(errors.length, 'a rejected file has at least one error').toBeGreaterThan(0);
  else {
    expect(checked.scenario, 'the checker accepts what the loader accepts').toBeDefined();
    expect(errors.filter((d) => ['invalid-json', 'schema', 'too-deep', 'too-large', 'unsupported-format'].includes(d.code))).toEqual([]);
  }
  if (checked.scenario && !text.startsWith('\uFEFF')) expect(loaded.ok).toBe(true);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  expect(checked.diagnostics.filter((d) => !wellFormed(d, lineCount))).toEqual([]);
  return loaded.ok;
}

/** A diagnostic with a known severity, a code, a short message and a place inside the file. */
function wellFormed(d: Diagnostic, lineCount: number): boolean {
  return ['error', 'warning', 'info'].includes(d.severity) && /^[a-z]+(-[a-z]+)*$/.test(d.code) && d.message.length > 0 && d.message.length < 2000
    && Number.isInteger(d.line) && Number.isInteger(d.column) && d.line >= 1 && d.column >= 1 && d.line <= lineCount;
}

describe('mutated scenario files (fixed seed)', () => {
  it('structural mutations: loader and checker never throw and agree', () => {
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(dataMutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, pretty) => {
        const data = structuredClone(base);
        for (const m of mutations) applyData(data, m);
        verdicts[checkBoth(JSON.stringify(data, null, pretty ? 2 : undefined) ?? '') ? 'valid' : 'invalid']++;
      }),
      { seed: SEED, numRuns: 1000 },
    );
    // Both sides of the agreement were exercised.
    expect(verdicts.valid).toBeGreaterThan(50);
    expect(verdicts.invalid).toBeGreaterThan(50);
  });

  it('text mutations: truncation, random characters, duplicated and dropped lines', () => {
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        checkBoth(mutations.reduce(applyText, miniText), true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('arbitrary JSON values and strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 6 }), fc.string({ maxLength: 200 }), fc.constantFrom('[', '{'.repeat(5000), '"\\u12', '1e999', '-', '{"format":1e400}')), (text) => {
        checkBoth(text, true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
