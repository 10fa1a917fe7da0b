/** The editor's strings: complete in every language, and every key the editor uses exists in English. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ACCESSORIES, AGE_BANDS, CARGO, CLOTHING, DIFFICULTIES, DIMENSIONS, ENDING_KINDS, FACIAL_HAIR, GLASSES, HAIR_COLOURS, HAIR_STYLES, HEADWEAR, MODES, OUTFIT_COLOURS, PRESENTATIONS, SKIN_TONES, SOURCE_KINDS, STAGES, VISUALS } from '../../src/scenario';
import { CONDITION_KINDS, COMPARISONS } from '../../src/editor/conditions';
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
  // Every value a select offers has words in the author's language.
  const groups: Record<string, readonly string[]> = {
    stage: STAGES, cargo: CARGO, visual: VISUALS, sourceKind: SOURCE_KINDS, condKind: CONDITION_KINDS, cmp: COMPARISONS,
    'lookValue.presentation': PRESENTATIONS, 'lookValue.age': AGE_BANDS, 'lookValue.skin': SKIN_TONES, 'lookValue.hair': HAIR_STYLES, 'lookValue.hairColour': HAIR_COLOURS,
    'lookValue.facialHair': FACIAL_HAIR, 'lookValue.clothing': CLOTHING, 'lookValue.colour': OUTFIT_COLOURS, 'lookValue.headwear': HEADWEAR, 'lookValue.glasses': GLASSES, 'lookValue.accessories': ACCESSORIES,
  };
  for (const [group, values] of Object.entries(groups)) for (const v of values) expect(en.has(`${group}.${v}`), `editor:${group}.${v}`).toBe(true);
  for (const m of MODES) expect(ui).toHaveProperty([`modes.${m}`]);
});
