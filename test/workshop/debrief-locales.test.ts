/** The debrief namespace: the same keys, plural forms and placeholders in en, fr, es; every key the page uses exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, ENDING_KINDS } from '../../src/scenario';

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const LANGUAGES = ['en', 'fr', 'es'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
const read = (lang: string) => flatten(JSON.parse(readFileSync(new URL(`${lang}/debrief.json`, LOCALES), 'utf8')));
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const en = read('en');

describe.each(LANGUAGES)('debrief strings in %s', (lang) => {
  const strings = read(lang);
  it('has the same keys as English, with every plural form of the language', () => {
    expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of new Set(Object.keys(strings).filter((k) => PLURAL.test(k)).map(base)))
      for (const cat of categories) expect(strings, `${lang}: ${key}_${cat}`).toHaveProperty([`${key}_${cat}`]);
  });
  it('has no empty strings and the placeholders of English', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(en[key] ?? en[`${base(key)}_other`] ?? ''));
    }
  });
});

it('every debrief: key the page uses (literal or built from dimensions and ending kinds) exists in English', () => {
  const dir = new URL('../../src/ui/debrief/', import.meta.url);
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const used = [...code.matchAll(/'debrief:([\w.-]+)'/g)].map((m) => m[1] as string);
  expect(used.length).toBeGreaterThan(30);
  const bases = new Set(Object.keys(en).map(base));
  const built = [...DIMENSIONS.map((d) => `dimension.${d}`), ...ENDING_KINDS.map((k) => `kind.${k}`), ...['min', 'median', 'max'].map((k) => `numbers.${k}`), ...['choice', 'outcome', 'consequence'].map((k) => `mistakes.from.${k}`)];
  expect([...used, ...built].filter((k) => !bases.has(k))).toEqual([]);
});
