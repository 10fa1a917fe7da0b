/** The editor's strings: complete in every language, and every key the editor uses exists in English. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DIMENSIONS, ENDING_KINDS, MODES, DIFFICULTIES } from '../../src/scenario';
import { baseKey, describeLocaleParity, readStrings } from '../support/locales';

describeLocaleParity('editor', ['en', 'fr', 'es'], { ignorePlurals: ['many'] });

it('every editor: key written in the editor code exists in English, and so does every kind and effect name', () => {
  const dir = new URL('../../src/editor/', import.meta.url);
  const en = new Set(Object.keys(readStrings('en', 'editor')).map(baseKey));
  const ui = readStrings('en', 'ui');
  const used = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts')))
    for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'editor:([a-zA-Z.-]+)'/g)) used.add(m[1] as string);
  expect(used.size).toBeGreaterThan(60);
  // A key or a group used as a prefix with a data value (e.g. editor:difficulty + ".easy").
  for (const key of used) expect(en.has(key) || [...en].some((k) => k.startsWith(`${key}.`)), `editor:${key}`).toBe(true);
  for (const k of ENDING_KINDS) expect(en.has(`ending.${k}`)).toBe(true);
  for (const k of DIFFICULTIES) expect(en.has(`difficulty.${k}`)).toBe(true);
  for (const k of ['scene', 'chance', 'branch', 'ending', 'consequence', 'unknown']) expect(en.has(`kind.${k}`)).toBe(true);
  for (const k of ['money', 'days', 'flag', 'var', 'mode', 'schedule', 'cancel']) expect(en.has(`effect.${k}`)).toBe(true);
  for (const k of ['error', 'warning', 'info']) expect(en.has(`diag.${k}`)).toBe(true);
  for (const d of DIMENSIONS) expect(ui).toHaveProperty([`dimensions.${d}`]);
  for (const m of MODES) expect(ui).toHaveProperty([`modes.${m}`]);
});
