/** Test helpers for the UI locale files (src/i18n/locales/<lang>/<namespace>.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

export const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Nested strings as dotted keys; anything but strings and objects is an error. */
export function flattenStrings(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flattenStrings(v, prefix ? `${prefix}.${k}` : k)));
}

/** The flattened strings of one namespace in one language. */
export const readStrings = (lang: string, ns: string) => flattenStrings(JSON.parse(readFileSync(new URL(`${lang}/${ns}.json`, LOCALES), 'utf8')));
/** A key without its plural suffix. */
export const baseKey = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Defines the parity tests of a namespace: every language has English's keys with each plural form the
 * language needs (optionally ignoring some categories), no empty strings, and English's placeholders.
 */
export function describeLocaleParity(ns: string, languages: readonly string[], options: { ignorePlurals?: readonly string[] } = {}): void {
  const en = readStrings('en', ns);
  describe.each(languages)(`${ns} strings in %s`, (lang) => {
    const strings = readStrings(lang, ns);
    it('have the same keys as English, with every plural form of the language', () => {
      expect([...new Set(Object.keys(strings).map(baseKey))].sort()).toEqual([...new Set(Object.keys(en).map(baseKey))].sort());
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => !options.ignorePlurals?.includes(c));
      for (const key of new Set(Object.keys(strings).filter((k) => PLURAL.test(k)).map(baseKey)))
        for (const cat of categories) expect(strings, `${lang}/${ns}: ${key}_${cat}`).toHaveProperty([`${key}_${cat}`]);
    });
    it('are not empty and use the same placeholders as English', () => {
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), `${lang}/${ns}: ${key}`).not.toBe('');
        expect(placeholders(text), `${lang}/${ns}: ${key}`).toEqual(placeholders(en[key] ?? en[`${baseKey(key)}_other`] ?? ''));
      }
    });
  });
}
