import { describe, expect, it } from 'vitest';
import {
  ACCESSORIES, AGE_BANDS, CharacterLook, CLOTHING, FACIAL_HAIR, GLASSES, HAIR_COLOURS, HAIR_STYLES, HEADWEAR, OUTFIT_COLOURS, PRESENTATIONS, SKIN_TONES,
  type CharacterLook as Look,
} from '../../src/scenario/index';
import { lookDistance, MIN_LOOK_DISTANCE } from '../../src/scenario/check/looks';
import { CHARACTER_ASPECT, drawCharacter } from '../../src/world/art/character';
import { lookKey, PRESET_LOOKS, resolveLook } from '../../src/world/looks';
import { FRIENDLY, HIGH_CONTRAST } from '../../src/world/palette';
import { shippedScenarios } from '../content/helpers';
import { svgProblems } from './svg-check';

const BASE: Look = { presentation: 'person', skin: 'medium', hair: 'short', hairColour: 'dark-brown', clothing: 'shirt', colour: 'teal' };
const draw = (look: Look, mood: 'neutral' | 'happy' | 'sad' = 'neutral') => drawCharacter(FRIENDLY, resolveLook(look, 'x'), mood, 'open', 200);

/** Every option of every field, each as a change to the base look. */
const VARIANTS: Array<[string, Look]> = [
  ...PRESENTATIONS.map((v): [string, Look] => [`presentation ${v}`, { ...BASE, presentation: v }]),
  ...AGE_BANDS.map((v): [string, Look] => [`age ${v}`, { ...BASE, age: v }]),
  ...SKIN_TONES.map((v): [string, Look] => [`skin ${v}`, { ...BASE, skin: v }]),
  ...HAIR_STYLES.map((v): [string, Look] => [`hair ${v}`, { ...BASE, hair: v }]),
  ...HAIR_COLOURS.map((v): [string, Look] => [`hairColour ${v}`, { ...BASE, hairColour: v }]),
  ...FACIAL_HAIR.map((v): [string, Look] => [`facialHair ${v}`, { ...BASE, facialHair: v }]),
  ...CLOTHING.map((v): [string, Look] => [`clothing ${v}`, { ...BASE, clothing: v }]),
  ...OUTFIT_COLOURS.map((v): [string, Look] => [`colour ${v}`, { ...BASE, colour: v }]),
  ...HEADWEAR.map((v): [string, Look] => [`headwear ${v}`, { ...BASE, headwear: v }]),
  ...GLASSES.map((v): [string, Look] => [`glasses ${v}`, { ...BASE, glasses: v }]),
  ...ACCESSORIES.map((v): [string, Look] => [`accessory ${v}`, { ...BASE, accessories: [v] }]),
];

describe('the look schema', () => {
  it('accepts a described look with only the required fields, and fills in the defaults', () => {
    expect(CharacterLook.safeParse({ presentation: 'woman', skin: 'deep', hair: 'locs', clothing: 'hoodie' }).success).toBe(true);
    const full = resolveLook({ presentation: 'woman', skin: 'deep', hair: 'locs', clothing: 'hoodie' }, 'Lina');
    expect(full).toMatchObject({ age: 'adult', hairColour: 'black', facialHair: 'none', headwear: 'none', glasses: 'none', accessories: [] });
    expect(resolveLook({ ...BASE, age: 'senior', hairColour: undefined }, 'x').hairColour).toBe('grey');
  });

  it('refuses values outside the lists and unknown fields', () => {
    expect(CharacterLook.safeParse({ ...BASE, skin: 'green' }).success).toBe(false);
    expect(CharacterLook.safeParse({ ...BASE, hat: 'cap' }).success).toBe(false);
    expect(CharacterLook.safeParse({ ...BASE, accessories: ['tie', 'tie', 'tie', 'tie', 'tie'] }).success).toBe(false);
    expect(CharacterLook.safeParse({ skin: 'deep', hair: 'locs', clothing: 'hoodie' }).success).toBe(false);
  });

  it('maps the old preset letters to described looks and derives a stable look from a name', () => {
    for (const [letter, look] of Object.entries(PRESET_LOOKS)) expect(resolveLook(letter as 'a', 'anyone')).toMatchObject(look);
    expect(resolveLook(null, 'Amina')).toEqual(resolveLook(null, 'Amina'));
    const derived = new Set(['Amina', 'Jonas', 'Wei', 'Lucía', 'Kofi', 'Priya', 'Olu', 'Sara', 'Tom', 'Ana'].map((n) => lookKey(resolveLook(null, n))));
    expect(derived.size).toBeGreaterThan(2);
    // Nobody gets a headscarf the data did not ask for.
    for (const n of ['Pieter', 'Amina', 'Kofi', 'Ingrid']) expect(resolveLook(null, n).headwear).toBe('none');
  });
});

describe('the portrait composer', () => {
  it('draws every option as well-formed SVG in both palettes, every mood, eyes open and closed', () => {
    for (const [name, look] of VARIANTS) {
      for (const palette of [FRIENDLY, HIGH_CONTRAST]) {
        for (const mood of ['neutral', 'happy', 'sad'] as const) {
          for (const eyes of ['open', 'closed'] as const) {
            const svg = drawCharacter(palette, resolveLook(look, 'x'), mood, eyes, 300);
            expect(svgProblems(svg), `${name} ${palette.name} ${mood} ${eyes}`).toEqual([]);
          }
        }
      }
    }
  });

  it('gives distinct looks distinct portraits: every option changes the picture', () => {
    const pictures = new Map<string, string>();
    for (const [name, look] of VARIANTS) {
      const svg = draw(look);
      const same = lookKey(resolveLook(look, 'x')) === lookKey(resolveLook(BASE, 'x'));
      if (!same) expect(svg, name).not.toBe(draw(BASE));
      pictures.set(lookKey(resolveLook(look, 'x')), svg);
    }
    expect(new Set(pictures.values()).size).toBe(pictures.size);
  });

  it('draws the figure at the requested size and aspect, and moods differ', () => {
    const svg = draw(BASE);
    expect(svg).toContain(`width="${120}" height="200"`);
    expect(CHARACTER_ASPECT).toBeCloseTo(0.6);
    expect(new Set([draw(BASE, 'neutral'), draw(BASE, 'happy'), draw(BASE, 'sad')]).size).toBe(3);
  });

  it('hides the hair under a hijab and shows no earrings over it', () => {
    const withHijab = draw({ ...BASE, hair: 'long', headwear: 'hijab', accessories: ['earrings'] });
    expect(withHijab).toBe(draw({ ...BASE, hair: 'afro', headwear: 'hijab', accessories: ['earrings'] }));
    expect(withHijab).toContain('fill-rule="evenodd"');
  });
});

describe('every shipped character', () => {
  const shipped = shippedScenarios();

  it('describes its look (no preset letters, no look left to chance)', () => {
    for (const { file, scenario } of shipped) {
      for (const [id, c] of Object.entries(scenario.characters ?? {})) {
        expect(typeof c.look, `${file} ${id}`).toBe('object');
        expect(CharacterLook.safeParse(c.look).success, `${file} ${id}`).toBe(true);
      }
    }
  });

  it('looks unlike every other character of its scenario, and is drawn differently', () => {
    for (const { file, scenario } of shipped) {
      const cast = Object.entries(scenario.characters ?? {});
      const pictures = new Set(cast.map(([id, c]) => drawCharacter(FRIENDLY, resolveLook(c.look, id), 'neutral', 'open', 200)));
      expect(pictures.size, file).toBe(cast.length);
      for (let i = 0; i < cast.length; i++) {
        for (let j = i + 1; j < cast.length; j++) {
          const d = lookDistance(cast[i]![1].look!, cast[j]![1].look!).distance;
          expect(d, `${file}: ${cast[i]![0]} and ${cast[j]![0]}`).toBeGreaterThanOrEqual(MIN_LOOK_DISTANCE);
        }
      }
    }
  });

  it('draws men without long hair or a headscarf unless their look says so', () => {
    for (const { scenario } of shipped) {
      for (const [id, c] of Object.entries(scenario.characters ?? {})) {
        const look = resolveLook(c.look, id);
        if (look.presentation !== 'man') continue;
        expect(['long', 'wavy', 'bob', 'braids'], id).not.toContain(look.hair);
        expect(['hijab', 'headwrap'], id).not.toContain(look.headwear);
      }
    }
  });
});
