/** The UI strings (ui namespace): complete in every language, and every key the app's code uses exists. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { DIMENSIONS, DIFFICULTIES, MODES } from '../../src/scenario';
import { baseKey, describeLocaleParity, LOCALES, readStrings } from '../support/locales';

const languages = readdirSync(LOCALES).filter((l) => { try { readStrings(l, 'ui'); return true; } catch { return false; } });
const en = readStrings('en', 'ui');
const base = baseKey;

describeLocaleParity('ui', languages, { ignorePlurals: ['many'] });

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
