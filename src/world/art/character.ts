/**
 * The speaking characters: a friendly figure composed from the scenario's description of the person
 * (presentation, age, skin, hair, facial hair, clothing, headwear, glasses, accessories), with three
 * moods and a blink frame. Drawn in a 120×200 design box.
 */
import type { Palette } from '../palette';
import type { FullLook } from '../looks';
import { accentColour, HAIR, outfitColour, shade, SKIN } from './character-colours';
import { arms, bodyAccessories, legs, torso, type BodyColours } from './character-body';
import { backHair, facialHair, frontHair, hairHidden, headwear } from './character-head';
import { d, Svg } from './svg';

export { resolveLook, lookKey, type FullLook } from '../looks';

/** Facial expressions. */
export type Mood = 'neutral' | 'happy' | 'sad';

/** Width / height of the figure. */
export const CHARACTER_ASPECT = 0.6;

/** Trousers that go with the main colour. */
function trousersFor(look: FullLook, p: Palette): string {
  if (look.clothing === 'suit') return shade(outfitColour(look, p), 0.1);
  if (look.clothing === 'boubou' || look.clothing === 'kurta') return '#f1eee6';
  if (look.colour === 'navy' || look.colour === 'black') return '#5c6675';
  return p.navy;
}

/** Eyes, brows, nose, cheeks, mouth and the signs of age. */
function face(s: Svg, look: FullLook, mood: Mood, eyes: 'open' | 'closed', p: Palette, skin: string): void {
  const ink = p.outline ?? '#2d2a32';
  const young = look.age === 'young';
  if (eyes === 'open') {
    for (const x of [48, 72]) {
      s.ellipse(x, 63, young ? 4 : 3.6, young ? 4.8 : 4.4, ink, { stroke: false });
      s.circle(x + 1.2, 61.4, 1.2, '#ffffff', { stroke: false });
    }
    if (look.presentation === 'woman') for (const x of [48, 72]) s.strokePath(d().M(x + (x < 60 ? -4 : 4), 60).L(x + (x < 60 ? -6 : 6), 58).toString(), ink, 1.4);
  } else {
    for (const x of [48, 72]) s.strokePath(d().M(x - 4, 63).Q(x, 66, x + 4, 63).toString(), ink, 2);
  }
  const browLift = mood === 'sad' ? 3 : mood === 'happy' ? -1 : 0;
  const brow = look.presentation === 'man' ? 2.8 : 2;
  const browColour = look.hair === 'bald' || hairHidden(look) ? ink : shade(HAIR[look.hairColour], 0.1);
  s.strokePath(d().M(42, 54).Q(47, 50.5, 53, 53 - browLift).toString(), browColour, brow, { opacity: 0.8 });
  s.strokePath(d().M(67, 53 - browLift).Q(73, 50.5, 78, 54).toString(), browColour, brow, { opacity: 0.8 });
  // A soft nose.
  if (!young) s.strokePath(d().M(60, 65).Q(57.5, 70.5, 61, 71).toString(), shade(skin, 0.28), 1.8);
  if (!p.outline) for (const x of [41, 79]) s.ellipse(x, 73, 5, 3, '#ff8a80', { stroke: false, opacity: young ? 0.45 : 0.3 });
  if (look.age === 'senior' || look.age === 'middle-aged') {
    const line = shade(skin, 0.3);
    s.strokePath(d().M(50, 45).Q(60, 43, 70, 45).toString(), line, 1.3, { opacity: 0.6 });
    if (look.age === 'senior') {
      for (const x of [38, 82]) s.strokePath(d().M(x, 60).L(x + (x < 60 ? -3 : 3), 62).M(x, 64).L(x + (x < 60 ? -3 : 3), 65).toString(), line, 1.2, { opacity: 0.7 });
      s.strokePath(d().M(46, 72).Q(48, 78, 47, 80).M(74, 72).Q(72, 78, 73, 80).toString(), line, 1.2, { opacity: 0.5 });
    }
  }
  const lips = look.presentation === 'woman' ? '#b5485a' : ink;
  if (mood === 'happy') {
    s.path(d().M(50, 76).Q(60, 90, 70, 76).Z().toString(), '#8c3b3b', { strokeScale: 0.6 });
    s.path(d().M(54, 82).Q(60, 88, 66, 82).Q(60, 80, 54, 82).Z().toString(), '#f08c8c', { stroke: false });
  } else if (mood === 'sad') {
    s.strokePath(d().M(52, 83).Q(60, 77, 68, 83).toString(), lips, 2.4);
  } else {
    s.strokePath(d().M(52, 79).Q(60, 85, 68, 79).toString(), lips, 2.4);
  }
  if (look.accessories.includes('bindi')) s.circle(60, 53, 1.8, p.red, { stroke: false });
}

/** Glasses over the eyes. */
function glasses(s: Svg, look: FullLook, p: Palette): void {
  if (look.glasses === 'none') return;
  const frame = look.glasses === 'round' ? p.ink : look.glasses === 'square' ? '#5b3a2a' : p.metalDark;
  for (const x of [48, 72]) s.circle(x, 63, 8, 'rgba(255,255,255,0.22)', { stroke: false });
  if (look.glasses === 'round') {
    s.strokePath('M40 63A8 8 0 1 0 56 63A8 8 0 1 0 40 63M64 63A8 8 0 1 0 80 63A8 8 0 1 0 64 63', frame, 2.2);
  } else if (look.glasses === 'square') {
    s.strokePath(d().M(39, 57).H(57).V(69).H(39).Z().M(63, 57).H(81).V(69).H(63).Z().toString(), frame, 2.6);
  } else {
    s.strokePath(d().M(40, 64).Q(48, 72, 56, 64).M(64, 64).Q(72, 72, 80, 64).M(40, 63.5).H(56).M(64, 63.5).H(80).toString(), frame, 1.8);
  }
  s.strokePath(d().M(56, 62).Q(60, 59, 64, 62).M(40, 62).L(28, 60).M(80, 62).L(92, 60).toString(), frame, 1.8);
}

/** Earrings and a headset (in front of everything on the head). */
function headAccessories(s: Svg, look: FullLook, p: Palette): void {
  if (look.accessories.includes('earrings') && look.headwear !== 'hijab') {
    for (const x of [26, 94]) { s.circle(x, 72, 2.6, p.yellow, { strokeScale: 0.4 }); s.circle(x, 78, 2, p.yellow, { strokeScale: 0.4 }); }
  }
  if (look.accessories.includes('headset')) {
    s.strokePath(d().M(24, 62).Q(22, 18, 60, 18).Q(98, 18, 96, 62).toString(), p.ink, 3.2);
    s.rect(90, 56, 10, 14, p.ink, { rx: 3 });
    s.strokePath(d().M(95, 68).Q(94, 82, 74, 82).toString(), p.ink, 2);
    s.circle(73, 82, 2.4, p.ink, { stroke: false });
  }
}

/** Draws a character as an SVG document `height` pixels tall. */
export function drawCharacter(p: Palette, look: FullLook, mood: Mood, eyes: 'open' | 'closed', height: number): string {
  const k = height / 200;
  const s = new Svg(120 * k, height, p, 7);
  const skin = SKIN[look.skin];
  const hair = HAIR[look.hairColour];
  const main = outfitColour(look, p);
  const accent = accentColour(look, p);
  const colours: BodyColours = { skin, main, accent, trousers: trousersFor(look, p), shoes: look.clothing === 'suit' ? '#2b2320' : '#4a3a30' };
  const raised = mood === 'happy';
  s.group(() => {
    if (!p.outline) s.ellipse(60, 195, 40, 5, 'rgba(0,0,0,0.12)', { stroke: false });
    backHair(s, look, hair);
    legs(s, look, colours);
    arms(s, look, colours, raised);
    torso(s, look, colours, p);
    bodyAccessories(s, look, colours, p, raised);
    s.rect(53, 86, 14, 14, skin, { stroke: false });
    s.rect(53, 92, 14, 6, shade(skin, 0.12), { stroke: false, opacity: 0.6 });
    if (look.headwear !== 'hijab') { s.circle(26, 64, 6, skin); s.circle(94, 64, 6, skin); }
    s.circle(60, 60, 34, skin);
    facialHair(s, look, hair);
    face(s, look, mood, eyes, p, skin);
    frontHair(s, look, hair);
    headwear(s, look, main === skin ? accent : headwearColour(look, main, accent), accent, p);
    glasses(s, look, p);
    headAccessories(s, look, p);
  }, { transform: `scale(${Math.round(k * 1000) / 1000})` });
  return s.toString();
}

/** Headwear in a colour that stands out from the clothes (a scarf in the accent, a cap in the main colour). */
function headwearColour(look: FullLook, main: string, accent: string): string {
  return look.headwear === 'cap' || look.headwear === 'kufi' ? main : accent;
}
