/**
 * A character's look as the art draws it: the scenario's description with its defaults filled in, the
 * old preset letters mapped to descriptions, and a stable look derived from the name when none is given.
 */
import type { CharacterLook, LookData } from '../scenario/index';

/** A look with every optional field filled in. */
export type FullLook = Required<CharacterLook>;

const DEFAULTS = { age: 'adult', hairColour: 'black', facialHair: 'none', colour: 'teal', headwear: 'none', glasses: 'none', accessories: [] } as const;

/** The preset letters of format 1's first files, as descriptions. */
export const PRESET_LOOKS: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', CharacterLook> = {
  a: { presentation: 'person', skin: 'tan', hair: 'short', clothing: 'shirt', colour: 'teal', accessories: ['lanyard'] },
  b: { presentation: 'woman', skin: 'light', hair: 'long', hairColour: 'auburn', clothing: 'blazer', colour: 'coral', accessories: ['earrings'] },
  c: { presentation: 'person', skin: 'brown', hair: 'curly-short', clothing: 'sweater', colour: 'mustard', glasses: 'round' },
  d: { presentation: 'person', age: 'senior', skin: 'medium', hair: 'bun', hairColour: 'grey', clothing: 'cardigan', colour: 'purple', glasses: 'square' },
  e: { presentation: 'woman', skin: 'medium', hair: 'long', clothing: 'dress', colour: 'navy', headwear: 'hijab' },
  f: { presentation: 'man', skin: 'tan', hair: 'short', hairColour: 'dark-brown', clothing: 'hi-vis', colour: 'sky', headwear: 'cap', facialHair: 'short-beard' },
};

/** Looks for characters the scenario does not describe: varied, neutral, work clothes. */
const FALLBACKS: CharacterLook[] = [
  { presentation: 'person', skin: 'medium', hair: 'short', clothing: 'shirt', colour: 'teal' },
  { presentation: 'person', skin: 'brown', hair: 'curly-short', clothing: 'sweater', colour: 'mustard' },
  { presentation: 'person', skin: 'light', hair: 'side-part', hairColour: 'brown', clothing: 'blazer', colour: 'navy', glasses: 'square' },
  { presentation: 'person', skin: 'deep', hair: 'shaved', clothing: 'polo', colour: 'coral' },
  { presentation: 'person', skin: 'tan', hair: 'pixie', hairColour: 'dark-brown', clothing: 'cardigan', colour: 'green' },
  { presentation: 'person', age: 'senior', skin: 'porcelain', hair: 'short', hairColour: 'white', clothing: 'suit', colour: 'grey', glasses: 'round' },
];

/** A small stable hash of a text (FNV-1a). */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

/** The look to draw for a character: described, preset, or derived from the name (so each person keeps a face). */
export function resolveLook(look: LookData | null | undefined, name: string): FullLook {
  let base: CharacterLook;
  if (typeof look === 'string') base = PRESET_LOOKS[look as keyof typeof PRESET_LOOKS] ?? FALLBACKS[0]!;
  else if (look && typeof look === 'object') base = look;
  else base = FALLBACKS[hashText(name) % FALLBACKS.length]!;
  const full = { ...DEFAULTS, ...base } as FullLook;
  if (!base.hairColour && full.age === 'senior') full.hairColour = 'grey';
  return full;
}

/** A short stable key of a look (texture names). */
export function lookKey(look: FullLook): string {
  return [look.presentation, look.age, look.skin, look.hair, look.hairColour, look.facialHair, look.clothing, look.colour, look.headwear, look.glasses, ...look.accessories].join('.');
}
