/** The UI strings (ui namespace): complete in every language, and every key the app's code uses exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, DIFFICULTIES, MODES } from '../../src/scenario';

const LOCALES = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
const read = (lang: string) => flatten(JSON.parse(readFileSync(join(LOCALES, lang, 'ui.json'), 'utf8')));
const languages = readdirSync(LOCALES).filter((l) => { try { read(l); return true; } catch { return false; } });
const en = read('en');
const base = (k: string) => k.replace(PLURAL, '');
const placeholders = (t: string) => [...t.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(languages)('ui strings in %s', (lang) => {
  const strings = read(lang);
  it('have the same keys as English, with every plural form of the language', () => {
    expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
    for (const key of new Set(Object.keys(strings).filter((k) => PLURAL.test(k)).map(base)))
      for (const cat of categories) expect(strings, `${lang}: ${key}_${cat}`).toHaveProperty([`${key}_${cat}`]);
  });
  it('are not empty and use the same placeholders as English', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(en[key] ?? en[`${base(key)}_other`] ?? ''));
    }
  });
});

it('every ui: key written in the app code exists in English (plural keys by their base)', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = ['main.ts', ...['app', 'ui', 'ui/play', 'ui/screens'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`))];
  const bases = new Set(Object.keys(en).map(base));
  const used = new Set<string>();
  for (const f of files) for (const m of readFileSync(join(root, f), 'utf8').matchAll(/'ui:([a-zA-Z.-]+)'/g)) used.add(m[1] as string);
  expect(used.size).toBeGreaterThan(50);
  for (const key of used) expect(bases.has(key), `ui:${key}`).toBe(true);
  // Keys built from data: every dimension, difficulty and transport mode has a name.
  for (const d of DIMENSIONS) {
    expect(en).toHaveProperty([`dimensions.${d}`]);
    expect(en).toHaveProperty([`dimensionsShort.${d}`]);
  }
  for (const d of DIFFICULTIES) expect(en).toHaveProperty([`difficulty.${d}`]);
  for (const m of MODES) expect(en).toHaveProperty([`modes.${m}`]);
  for (const rule of ['outOfMoney', 'pastDeadline']) expect(en).toHaveProperty([`outcome.rule.${rule}.title`]);
});
