import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeLocaleParity, LOCALES, readStrings } from '../support/locales';

const NAMESPACES = ['report', 'hs', 'about'] as const;
const LANGUAGES = ['en', 'fr', 'es'] as const;

for (const ns of NAMESPACES) describeLocaleParity(ns, LANGUAGES);

it('every language folder with these namespaces is one of the three checked', () => {
  const folders = readdirSync(LOCALES).filter((l) => NAMESPACES.some((ns) => { try { readStrings(l, ns); return true; } catch { return false; } }));
  expect(folders.sort()).toEqual([...LANGUAGES].sort());
});
