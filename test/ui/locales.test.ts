import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const NAMESPACES = ['report', 'hs', 'about'] as const;
const LANGUAGES = ['en', 'fr', 'es'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const read = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(new URL(`${lang}/${ns}.json`, LOCALES), 'utf8')));
const interpolations = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('locale namespace %s', (ns) => {
  const en = read('en', ns);
  const base = (key: string) => key.replace(PLURAL, '');

  it.each(LANGUAGES)('%s has the same keys as English (plural forms per the language)', (lang) => {
    const strings = read(lang, ns);
    expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(Object.keys(strings).filter((k) => PLURAL.test(k)).map(base));
    for (const key of plurals) for (const cat of categories) expect(strings, `${lang}/${ns}: ${key}_${cat}`).toHaveProperty([`${key}_${cat}`]);
  });

  it.each(LANGUAGES)('%s has no empty strings and uses the same placeholders as English', (lang) => {
    const strings = read(lang, ns);
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${lang}/${ns}: ${key}`).not.toBe('');
      const english = en[key] ?? en[`${base(key)}_other`] ?? '';
      expect(interpolations(text), `${lang}/${ns}: ${key}`).toEqual(interpolations(english));
    }
  });
});

it('every language folder with these namespaces is one of the three checked', () => {
  const folders = readdirSync(LOCALES).filter((l) => NAMESPACES.some((ns) => { try { read(l, ns); return true; } catch { return false; } }));
  expect(folders.sort()).toEqual([...LANGUAGES].sort());
});
