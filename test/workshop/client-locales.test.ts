/** The workshop namespace: the same keys and placeholders in en, fr and es, and every key the workshop screens use exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/scenario';
import { ERROR_CODES } from '../../src/workshop/protocol';

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const PLURAL = /_(zero|one|two|few|many|other)$/;
const LANGUAGES = ['en', 'fr', 'es'] as const;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
const read = (lang: string) => flatten(JSON.parse(readFileSync(new URL(`${lang}/workshop.json`, LOCALES), 'utf8')));
const base = (k: string) => k.replace(PLURAL, '');
const placeholders = (t: string) => [...t.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const en = read('en');
const enBases = new Set(Object.keys(en).map(base));

describe.each(LANGUAGES)('workshop strings in %s', (lang) => {
  const strings = read(lang);
  it('have the same keys as English, with every plural form of the language', () => {
    expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual([...enBases].sort());
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
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

it('every error code, stage and hold has a string', () => {
  for (const code of ERROR_CODES) expect(enBases, `error.${code}`).toContain(`error.${code}`);
  for (const stage of STAGES) expect(enBases, `stage.${stage}`).toContain(`stage.${stage}`);
  for (const hold of ['paused', 'checkpoint']) for (const part of ['title', 'message']) expect(enBases).toContain(`hold.${hold}.${part}`);
  for (const s of ['offline', 'connecting', 'saving', 'saved']) expect(enBases).toContain(`status.${s}`);
});

it('every literal workshop: key in the workshop screens exists in English', () => {
  const dir = new URL('../../src/ui/workshop/', import.meta.url);
  const used = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'workshop:([\w.-]+)'/g)].map((m) => m[1] as string));
  expect(used.length).toBeGreaterThan(50);
  for (const key of used) expect(enBases, key).toContain(key);
});
