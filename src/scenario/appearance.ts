/**
 * Presentation data of a scenario: how each character looks, what the shipment travels in, and what a
 * chance outcome or consequence shows in the world. None of it changes play; the world draws from it.
 */
import * as z from 'zod/mini';

const d = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

export const PRESENTATIONS = ['woman', 'man', 'person'] as const;
export const AGE_BANDS = ['young', 'adult', 'middle-aged', 'senior'] as const;
export const SKIN_TONES = ['porcelain', 'light', 'medium', 'tan', 'brown', 'deep'] as const;
export const HAIR_STYLES = [
  'bald', 'shaved', 'short', 'side-part', 'quiff', 'curly-short', 'afro', 'locs', 'braids', 'cornrows',
  'bun', 'ponytail', 'bob', 'long', 'wavy', 'pixie',
] as const;
export const HAIR_COLOURS = ['black', 'dark-brown', 'brown', 'auburn', 'red', 'blonde', 'grey', 'white'] as const;
export const FACIAL_HAIR = ['none', 'stubble', 'moustache', 'goatee', 'short-beard', 'full-beard'] as const;
export const CLOTHING = [
  'suit', 'blazer', 'shirt', 'polo', 'sweater', 'hoodie', 'lab-coat', 'uniform', 'work-jacket', 'hi-vis',
  'dress', 'kurta', 'boubou', 'kitenge', 'apron', 'cardigan',
] as const;
export const OUTFIT_COLOURS = ['navy', 'teal', 'coral', 'mustard', 'green', 'purple', 'grey', 'burgundy', 'sky', 'orange', 'white', 'black'] as const;
export const HEADWEAR = ['none', 'headwrap', 'hijab', 'turban', 'kufi', 'cap', 'hard-hat', 'sun-hat'] as const;
export const GLASSES = ['none', 'round', 'square', 'half-rim'] as const;
export const ACCESSORIES = ['earrings', 'necklace', 'lanyard', 'headset', 'tie', 'scarf', 'bindi', 'watch', 'clipboard', 'tablet'] as const;

/** The preset looks of format 1's first files ("a" to "f"); prefer describing the look. */
export const LOOK_PRESETS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export const CharacterLook = z.strictObject({
  presentation: d(z.enum(PRESENTATIONS), 'How the character presents: "woman", "man" or "person" (neutral).'),
  age: z.optional(d(z.enum(AGE_BANDS), 'Age band (default "adult"): "young", "adult", "middle-aged", "senior".')),
  skin: d(z.enum(SKIN_TONES), 'Skin tone, from "porcelain" to "deep".'),
  hair: d(z.enum(HAIR_STYLES), 'Hair style ("bald" for none). Under a hijab or headwrap it is hidden.'),
  hairColour: z.optional(d(z.enum(HAIR_COLOURS), 'Hair colour (default "black"; "grey" or "white" suit seniors).')),
  facialHair: z.optional(d(z.enum(FACIAL_HAIR), 'Beard or moustache (default "none").')),
  clothing: d(z.enum(CLOTHING), 'What the character wears for work, e.g. "suit", "lab-coat", "hi-vis", "kitenge", "boubou", "kurta".'),
  colour: z.optional(d(z.enum(OUTFIT_COLOURS), 'The main colour of the clothing (default "teal").')),
  headwear: z.optional(d(z.enum(HEADWEAR), 'Headwear (default "none"). Give a headscarf only when it fits the person.')),
  glasses: z.optional(d(z.enum(GLASSES), 'Glasses (default "none").')),
  accessories: z.optional(d(z.array(z.enum(ACCESSORIES)).check(z.maxLength(4)), 'Up to four accessories, e.g. ["lanyard", "earrings"].')),
});
export type CharacterLook = z.infer<typeof CharacterLook>;

export const Look = d(
  z.union([CharacterLook, z.enum(LOOK_PRESETS)]),
  'How the character is drawn: an object that describes them (presentation, age, skin, hair, clothing, …; see the gallery in docs/scenario-format.md). The old preset letters "a" to "f" still load.',
);
export type LookData = z.infer<typeof Look>;

/** What the shipment travels in, drawn on the journey card. */
export const CARGO = ['data', 'cold-boxes', 'sacks', 'crates', 'cartons', 'drums', 'parcels', 'bales', 'pallets'] as const;
export type Cargo = (typeof CARGO)[number];
export const CargoField = d(
  z.enum(CARGO),
  'What travels, drawn on the journey card: "data" (a service or software), "cold-boxes" (flowers, fresh food), "sacks" (coffee, nuts), "crates" (machines), "cartons", "drums", "parcels", "bales", "pallets". Without it the game infers it from the HS code.',
);

/** What a chance outcome or consequence plays out in the world. */
export const VISUALS = [
  'storm', 'inspection', 'held', 'cleared', 'payment', 'unpaid', 'rejected', 'delay', 'damage', 'market-up', 'market-down', 'progress', 'alert', 'none',
] as const;
export type Visual = (typeof VISUALS)[number];
export const VisualField = d(
  z.enum(VISUALS),
  'What the world shows when this lands: "storm", "inspection", "held", "cleared", "payment", "unpaid", "rejected", "delay", "damage", "market-up", "market-down", "progress", "alert" or "none". Without it the game infers one from the title.',
);
