/**
 * The speaking characters: one friendly chibi figure in six looks (a–f) that differ in skin tone,
 * hair, clothes and accessories, with three moods and a blink frame. Drawn in a 120×200 design box.
 */
import type { Palette } from '../palette';
import { d, Svg } from './svg';

/** The looks a scenario can give a character. */
export const LOOKS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type Look = (typeof LOOKS)[number];
/** Facial expressions. */
export type Mood = 'neutral' | 'happy' | 'sad';

/** Width / height of the figure. */
export const CHARACTER_ASPECT = 0.6;

/** A look given by the scenario, or (null/unknown) one derived from the name so each person keeps a face. */
export function lookFor(look: string | null, name: string): Look {
  if (look && (LOOKS as readonly string[]).includes(look)) return look as Look;
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return LOOKS[hash % LOOKS.length] as Look;
}

interface Outfit { skin: string; hair: string; top: string; trousers: string; shoes: string }

function outfit(look: Look, p: Palette): Outfit {
  switch (look) {
    case 'a': return { skin: '#c68a5e', hair: '#2b2220', top: p.teal, trousers: p.navy, shoes: '#3b3b46' };
    case 'b': return { skin: '#f4cfb0', hair: '#a8522e', top: p.coral, trousers: '#6b7080', shoes: '#5a3a2e' };
    case 'c': return { skin: '#8a5a3b', hair: '#1f1716', top: p.yellow, trousers: p.navy, shoes: '#2d2d36' };
    case 'd': return { skin: '#e8b98f', hair: '#c9c9cf', top: p.purple, trousers: '#7a5a44', shoes: '#4a3a30' };
    case 'e': return { skin: '#d9a27a', hair: p.green, top: p.navy, trousers: '#4d5566', shoes: '#3b3b46' };
    case 'f': return { skin: '#b9805a', hair: '#3a2a22', top: p.blue, trousers: '#3f4a5c', shoes: '#5a4030' };
  }
}

/** Hair, scarf or cap behind the head. */
function backHair(s: Svg, look: Look, o: Outfit): void {
  if (look === 'b') s.path(d().M(26, 60).Q(22, 30, 60, 22).Q(98, 30, 94, 60).L(98, 104).Q(86, 110, 76, 100).H(44).Q(34, 110, 22, 104).Z().toString(), o.hair);
  if (look === 'e') s.path(d().M(20, 62).Q(20, 18, 60, 18).Q(100, 18, 100, 62).L(104, 112).Q(60, 124, 16, 112).Z().toString(), o.hair);
  if (look === 'd') s.circle(60, 20, 12, o.hair);
}

/** Hair, scarf front, cap and glasses in front of the head. */
function frontHair(s: Svg, look: Look, o: Outfit, p: Palette): void {
  switch (look) {
    case 'a':
      s.path(d().M(26, 56).Q(24, 22, 60, 22).Q(96, 22, 94, 56).Q(86, 38, 66, 38).Q(44, 42, 26, 56).Z().toString(), o.hair);
      break;
    case 'b':
      s.path(d().M(26, 58).Q(26, 24, 60, 24).Q(94, 24, 94, 58).Q(74, 34, 50, 40).Q(36, 46, 26, 58).Z().toString(), o.hair);
      break;
    case 'c':
      for (const [x, y, r] of [[34, 40, 10], [46, 30, 11], [60, 26, 12], [74, 30, 11], [86, 40, 10], [28, 52, 7], [92, 52, 7]] as const) s.circle(x, y, r, o.hair, { strokeScale: 0.6 });
      break;
    case 'd':
      s.path(d().M(26, 58).Q(24, 26, 60, 26).Q(96, 26, 94, 58).Q(80, 40, 60, 40).Q(40, 40, 26, 58).Z().toString(), o.hair);
      break;
    case 'e':
      // A headscarf framing the face: the outer circle minus the face oval (opposite windings).
      s.path('M22 60A38 38 0 1 1 98 60A38 38 0 1 1 22 60ZM33 64A27 31 0 1 0 87 64A27 31 0 1 0 33 64Z', o.hair);
      s.strokePath(d().M(38, 32).Q(60, 22, 82, 32).toString(), '#ffffff', 3, { opacity: 0.3 });
      break;
    case 'f':
      s.path(d().M(26, 52).Q(26, 20, 60, 20).Q(94, 20, 94, 52).Z().toString(), p.orange);
      s.path(d().M(60, 48).H(106).Q(108, 54, 100, 55).H(60).Z().toString(), p.orange);
      s.circle(60, 22, 3, p.orange);
      s.path(d().M(30, 70).Q(34, 100, 60, 100).Q(86, 100, 90, 70).Q(86, 86, 60, 88).Q(34, 86, 30, 70).Z().toString(), o.hair);
      break;
  }
  if (look === 'c' || look === 'd') {
    const frame = look === 'c' ? p.ink : p.coral;
    for (const x of [48, 72]) s.circle(x, 62, 8, 'rgba(255,255,255,0.25)', { stroke: false });
    s.strokePath(d().M(40, 62).A(8, 1, 56, 62).A(8, 1, 40, 62).M(64, 62).A(8, 1, 80, 62).A(8, 1, 64, 62).M(56, 61).Q(60, 58, 64, 61).toString(), frame, 2.2);
  }
}

/** Eyes, brows, cheeks and mouth. */
function face(s: Svg, mood: Mood, eyes: 'open' | 'closed', p: Palette): void {
  const ink = p.outline ?? '#2d2a32';
  if (eyes === 'open') {
    for (const x of [48, 72]) {
      s.ellipse(x, 63, 3.6, 4.4, ink, { stroke: false });
      s.circle(x + 1.2, 61.4, 1.2, '#ffffff', { stroke: false });
    }
  } else {
    for (const x of [48, 72]) s.strokePath(d().M(x - 4, 63).Q(x, 66, x + 4, 63).toString(), ink, 2);
  }
  const browLift = mood === 'sad' ? 3 : mood === 'happy' ? -1 : 0;
  s.strokePath(d().M(42, 54).Q(47, 50.5, 53, 53 - browLift).toString(), ink, 2, { opacity: 0.75 });
  s.strokePath(d().M(67, 53 - browLift).Q(73, 50.5, 78, 54).toString(), ink, 2, { opacity: 0.75 });
  if (!p.outline) for (const x of [41, 79]) s.ellipse(x, 73, 5, 3, '#ff8a80', { stroke: false, opacity: 0.35 });
  if (mood === 'happy') {
    s.path(d().M(50, 74).Q(60, 88, 70, 74).Z().toString(), '#8c3b3b', { strokeScale: 0.6 });
    s.path(d().M(54, 80).Q(60, 86, 66, 80).Q(60, 78, 54, 80).Z().toString(), '#f08c8c', { stroke: false });
  } else if (mood === 'sad') {
    s.strokePath(d().M(52, 80).Q(60, 74, 68, 80).toString(), ink, 2.4);
  } else {
    s.strokePath(d().M(52, 76).Q(60, 82, 68, 76).toString(), ink, 2.4);
  }
}

/** Collar, lanyard, blazer, vest… on top of the torso. */
function clothes(s: Svg, look: Look, o: Outfit, p: Palette): void {
  switch (look) {
    case 'a':
      s.poly([50, 98, 60, 110, 54, 114, 46, 102], '#ffffff', { strokeScale: 0.5 });
      s.poly([70, 98, 60, 110, 66, 114, 74, 102], '#ffffff', { strokeScale: 0.5 });
      s.strokePath(d().M(50, 100).L(60, 130).L(70, 100).toString(), p.coral, 2);
      s.rect(54, 128, 12, 15, p.yellow, { rx: 2, strokeScale: 0.5 });
      break;
    case 'b':
      s.path(d().M(52, 98).L(60, 120).L(68, 98).Z().toString(), '#ffffff', { stroke: false });
      s.strokePath(d().M(52, 98).L(58, 132).M(68, 98).L(62, 132).toString(), '#000000', 1.6, { opacity: 0.2 });
      for (const y of [136, 146]) s.circle(60, y, 1.8, p.navy, { stroke: false });
      s.circle(26, 74, 2.4, p.yellow, { strokeScale: 0.4 });
      s.circle(94, 74, 2.4, p.yellow, { strokeScale: 0.4 });
      break;
    case 'c':
      s.path(d().M(48, 98).Q(60, 108, 72, 98).Q(60, 104, 48, 98).Z().toString(), '#ffffff', { stroke: false, opacity: 0.6 });
      for (const y of [120, 132, 144]) s.line(36, y, 84, y, '#000000', 1.6, { opacity: 0.08 });
      break;
    case 'd':
      s.rect(56, 100, 8, 50, '#ffffff', { stroke: false, opacity: 0.85 });
      for (const y of [112, 126, 140]) s.circle(66, y, 1.8, p.yellow, { stroke: false });
      break;
    case 'e':
      s.rect(36, 140, 48, 4, p.teal, { stroke: false });
      break;
    case 'f':
      s.path(d().M(34, 104).L(50, 100).V(154).H(34).Z().toString(), p.yellow, { strokeScale: 0.6 });
      s.path(d().M(86, 104).L(70, 100).V(154).H(86).Z().toString(), p.yellow, { strokeScale: 0.6 });
      for (const y of [128, 140]) { s.rect(34, y, 16, 3.5, '#d7dde4', { stroke: false }); s.rect(70, y, 16, 3.5, '#d7dde4', { stroke: false }); }
      break;
  }
}

/** Draws a character as an SVG document `height` pixels tall. */
export function drawCharacter(p: Palette, look: Look, mood: Mood, eyes: 'open' | 'closed', height: number): string {
  const k = height / 200;
  const s = new Svg(120 * k, height, p, 7);
  const o = outfit(look, p);
  s.group(() => {
    if (!p.outline) s.ellipse(60, 195, 40, 5, 'rgba(0,0,0,0.12)', { stroke: false });
    backHair(s, look, o);
    // Legs and shoes.
    s.rect(43, 148, 13, 42, o.trousers, { rx: 4 });
    s.rect(64, 148, 13, 42, o.trousers, { rx: 4 });
    s.ellipse(48, 191, 11, 5.5, o.shoes);
    s.ellipse(73, 191, 11, 5.5, o.shoes);
    // Arms behind the torso's edges.
    const armDown = mood === 'happy' ? 0 : 1;
    s.rect(22, 100, 14, 46 * armDown + 30 * (1 - armDown), o.top, { rx: 7, transform: mood === 'happy' ? 'rotate(35 29 104)' : undefined });
    s.rect(84, 100, 14, 46 * armDown + 30 * (1 - armDown), o.top, { rx: 7, transform: mood === 'happy' ? 'rotate(-35 91 104)' : undefined });
    if (mood !== 'happy') { s.circle(29, 148, 6.5, o.skin); s.circle(91, 148, 6.5, o.skin); }
    else { s.circle(12, 126, 6.5, o.skin); s.circle(108, 126, 6.5, o.skin); }
    // Torso.
    s.path(d().M(32, 154).V(112).Q(32, 98, 46, 97).H(74).Q(88, 98, 88, 112).V(154).Z().toString(), o.top);
    clothes(s, look, o, p);
    // Neck and head.
    s.rect(53, 86, 14, 14, o.skin, { stroke: false });
    if (look !== 'e') { s.circle(26, 64, 6, o.skin); s.circle(94, 64, 6, o.skin); }
    s.circle(60, 60, 34, o.skin);
    face(s, mood, eyes, p);
    frontHair(s, look, o, p);
  }, { transform: `scale(${Math.round(k * 1000) / 1000})` });
  return s.toString();
}
