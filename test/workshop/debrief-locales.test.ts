/** The debrief namespace: the same keys, plural forms and placeholders in en, fr, es; every key the page uses exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DIMENSIONS, ENDING_KINDS } from '../../src/scenario';
import { baseKey, describeLocaleParity, readStrings } from '../support/locales';

const en = readStrings('en', 'debrief');
const base = baseKey;

describeLocaleParity('debrief', ['en', 'fr', 'es']);

it('every debrief: key the page uses (literal or built from dimensions and ending kinds) exists in English', () => {
  const dir = new URL('../../src/ui/debrief/', import.meta.url);
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const used = [...code.matchAll(/'debrief:([\w.-]+)'/g)].map((m) => m[1] as string);
  expect(used.length).toBeGreaterThan(30);
  const bases = new Set(Object.keys(en).map(base));
  const built = [...DIMENSIONS.map((d) => `dimension.${d}`), ...ENDING_KINDS.map((k) => `kind.${k}`), ...['min', 'median', 'max'].map((k) => `numbers.${k}`), ...['choice', 'outcome', 'consequence'].map((k) => `mistakes.from.${k}`)];
  expect([...used, ...built].filter((k) => !bases.has(k))).toEqual([]);
});
