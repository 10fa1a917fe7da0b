/**
 * A character's hair, headwear and facial hair, in the 120×200 design box (the head is a circle of
 * radius 34 centred at 60,60). Each part is drawn behind or in front of the head as it should be.
 */
import type { Palette } from '../palette';
import type { FullLook } from '../looks';
import { shade } from './character-colours';
import { d, type Svg } from './svg';

/** Whether the hair is hidden under the headwear. */
export function hairHidden(look: FullLook): boolean {
  return look.headwear === 'hijab' || look.headwear === 'headwrap' || look.headwear === 'turban';
}

/** A fringe cap that covers the top of the head down to the temples. */
function cap(s: Svg, hair: string, fringeY = 40, sideY = 56): void {
  s.path(d().M(26, sideY).Q(23, 22, 60, 21).Q(97, 22, 94, sideY).Q(86, fringeY - 2, 64, fringeY).Q(42, fringeY + 2, 26, sideY).Z().toString(), hair);
}

/** Hair behind the head and shoulders (long hair, buns, afros, braids…). */
export function backHair(s: Svg, look: FullLook, hair: string): void {
  if (hairHidden(look)) return;
  switch (look.hair) {
    case 'afro':
      s.circle(60, 50, 45, hair);
      break;
    case 'long':
      s.path(d().M(24, 58).Q(20, 24, 60, 20).Q(100, 24, 96, 58).L(100, 118).Q(88, 124, 80, 114).H(40).Q(32, 124, 20, 118).Z().toString(), hair);
      break;
    case 'wavy': {
      const p = d().M(24, 58).Q(20, 24, 60, 20).Q(100, 24, 96, 58);
      for (let y = 58; y < 118; y += 15) p.Q(104, y + 7.5, 97, y + 15);
      p.Q(88, 126, 80, 114).H(40).Q(32, 126, 23, 118);
      for (let y = 118; y > 58; y -= 15) p.Q(16, y - 7.5, 23, y - 15);
      s.path(p.Z().toString(), hair);
      break;
    }
    case 'bob':
      s.path(d().M(24, 60).Q(20, 22, 60, 20).Q(100, 22, 96, 60).L(98, 92).Q(92, 98, 84, 94).H(36).Q(28, 98, 22, 92).Z().toString(), hair);
      break;
    case 'locs':
      for (const x of [24, 31, 89, 96]) s.rect(x - 4, 52, 8, 62 + (x % 3) * 4, hair, { rx: 4, strokeScale: 0.6 });
      s.path(d().M(24, 60).Q(20, 22, 60, 20).Q(100, 22, 96, 60).Z().toString(), hair);
      break;
    case 'braids':
      for (const x of [25, 95]) {
        for (let y = 66; y < 124; y += 8) s.ellipse(x, y, 4.6, 5, hair, { strokeScale: 0.5 });
        s.circle(x, 126, 2.6, '#f2c14e', { strokeScale: 0.4 });
      }
      s.path(d().M(24, 60).Q(20, 22, 60, 20).Q(100, 22, 96, 60).Z().toString(), hair);
      break;
    case 'bun':
      s.circle(60, 20, 13, hair);
      break;
    case 'ponytail':
      s.path(d().M(88, 36).Q(112, 40, 108, 72).Q(106, 92, 98, 100).Q(100, 76, 90, 54).Z().toString(), hair);
      s.rect(86, 34, 8, 7, shade(hair, 0.3), { rx: 2, strokeScale: 0.5, transform: 'rotate(25 90 37)' });
      break;
  }
}

/** Hair in front of the head: the hairline, fringe and parting. */
export function frontHair(s: Svg, look: FullLook, hair: string): void {
  if (hairHidden(look)) return;
  const shine = (x: number, y: number) => s.strokePath(d().M(x - 8, y + 2).Q(x, y - 3, x + 8, y + 1).toString(), '#ffffff', 2.2, { opacity: 0.18 });
  switch (look.hair) {
    case 'bald':
      s.ellipse(48, 36, 7, 3.5, '#ffffff', { stroke: false, opacity: 0.22, transform: 'rotate(-20 48 36)' });
      break;
    case 'shaved':
      s.path(d().M(27, 52).Q(26, 24, 60, 23).Q(94, 24, 93, 52).Q(84, 38, 60, 37).Q(36, 38, 27, 52).Z().toString(), hair, { opacity: 0.55, stroke: false });
      break;
    case 'short':
      cap(s, hair, 38, 54);
      break;
    case 'side-part':
      s.path(d().M(26, 58).Q(22, 22, 60, 21).Q(98, 22, 94, 56).Q(90, 42, 74, 36).Q(52, 32, 36, 46).Q(30, 50, 26, 58).Z().toString(), hair);
      s.strokePath(d().M(72, 23).Q(70, 30, 74, 36).toString(), shade(hair, 0.35), 1.6, { opacity: 0.8 });
      break;
    case 'quiff':
      cap(s, hair, 38, 54);
      s.path(d().M(38, 34).Q(44, 10, 70, 14).Q(86, 18, 84, 32).Q(70, 24, 58, 30).Q(46, 30, 38, 34).Z().toString(), hair);
      break;
    case 'curly-short':
    case 'afro': {
      const r = look.hair === 'afro' ? 11 : 9;
      for (const [x, y] of [[32, 42], [42, 32], [54, 27], [66, 27], [78, 32], [88, 42]] as const) s.circle(x, y, r, hair, { strokeScale: 0.6 });
      if (look.hair === 'curly-short') for (const x of [28, 92]) s.circle(x, 53, 6, hair, { strokeScale: 0.6 });
      break;
    }
    case 'locs':
    case 'braids':
    case 'cornrows':
      cap(s, hair, 36, 56);
      if (look.hair === 'cornrows') for (const x of [44, 52, 60, 68, 76]) s.strokePath(d().M(x, 37).Q(x + (x - 60) * 0.1, 31, x + (x - 60) * 0.2, 25).toString(), shade(hair, -0.8), 1.4, { opacity: 0.35 });
      else s.strokePath(d().M(60, 22).V(34).toString(), shade(hair, -0.8), 1.4, { opacity: 0.3 });
      break;
    case 'bun':
    case 'ponytail':
      s.path(d().M(26, 58).Q(24, 22, 60, 22).Q(96, 22, 94, 58).Q(86, 36, 62, 35).Q(38, 36, 26, 58).Z().toString(), hair);
      break;
    case 'bob':
      s.path(d().M(26, 60).Q(24, 24, 60, 23).Q(96, 24, 94, 60).Q(90, 42, 78, 44).Q(70, 36, 60, 44).Q(48, 38, 38, 46).Q(28, 46, 26, 60).Z().toString(), hair);
      break;
    case 'long':
    case 'wavy':
      s.path(d().M(26, 60).Q(26, 24, 60, 23).Q(94, 24, 94, 60).Q(78, 36, 54, 40).Q(36, 46, 26, 60).Z().toString(), hair);
      break;
    case 'pixie':
      s.path(d().M(27, 60).Q(22, 22, 60, 21).Q(98, 22, 93, 56).Q(86, 42, 70, 42).Q(50, 48, 36, 42).Q(30, 50, 27, 60).Z().toString(), hair);
      break;
  }
  if (look.hair !== 'bald' && look.hair !== 'shaved' && look.hair !== 'curly-short' && look.hair !== 'afro') shine(48, 28);
}

/** Beard, moustache or stubble, drawn over the lower face (the mouth is drawn on top). */
export function facialHair(s: Svg, look: FullLook, hair: string): void {
  switch (look.facialHair) {
    case 'none':
      return;
    case 'stubble':
      s.path(d().M(30, 70).Q(34, 94, 60, 95).Q(86, 94, 90, 70).Q(84, 86, 60, 86).Q(36, 86, 30, 70).Z().toString(), hair, { stroke: false, opacity: 0.28 });
      s.ellipse(60, 76, 10, 4, hair, { stroke: false, opacity: 0.22 });
      return;
    case 'moustache':
      s.path(d().M(48, 76).Q(54, 70, 60, 73).Q(66, 70, 72, 76).Q(66, 75, 60, 76.5).Q(54, 75, 48, 76).Z().toString(), hair, { strokeScale: 0.5 });
      return;
    case 'goatee':
      s.path(d().M(50, 75.5).Q(55, 71, 60, 73).Q(65, 71, 70, 75.5).Q(65, 74.5, 60, 76).Q(55, 74.5, 50, 75.5).Z().toString(), hair, { strokeScale: 0.5 });
      s.path(d().M(52, 84).Q(60, 81, 68, 84).Q(66, 96, 60, 97).Q(54, 96, 52, 84).Z().toString(), hair, { strokeScale: 0.5 });
      return;
    case 'short-beard':
    case 'full-beard': {
      const low = look.facialHair === 'full-beard' ? 110 : 99;
      s.path(d().M(27, 62).Q(28, 88, 44, 96).Q(52, low, 60, low).Q(68, low, 76, 96).Q(92, 88, 93, 62).Q(88, 78, 76, 80).Q(68, 72, 60, 73).Q(52, 72, 44, 80).Q(32, 78, 27, 62).Z().toString(), hair);
      return;
    }
  }
}

/** Headwear on top of the head and hair: hijab, headwrap, turban, kufi, cap, hard hat, sun hat. */
export function headwear(s: Svg, look: FullLook, colour: string, accent: string, p: Palette): void {
  switch (look.headwear) {
    case 'none':
      return;
    case 'hijab': {
      // A headscarf framing the face and draping over the neck and shoulders.
      const outer = d().M(20, 62).Q(18, 16, 60, 16).Q(102, 16, 100, 62).Q(100, 92, 96, 108).Q(60, 122, 24, 108).Q(20, 92, 20, 62).Z();
      const face = 'M33 64A27 31 0 1 0 87 64A27 31 0 1 0 33 64Z';
      s.path(`${outer.toString()}${face}`, colour, { fillRule: 'evenodd' });
      s.strokePath(d().M(36, 30).Q(60, 20, 84, 30).toString(), '#ffffff', 3, { opacity: 0.25 });
      s.strokePath(d().M(34, 100).Q(60, 110, 86, 100).toString(), shade(colour, 0.25), 2, { opacity: 0.7 });
      return;
    }
    case 'headwrap': {
      // A tall wrapped cloth (as a gele or duku) with folds in an accent colour.
      s.path(d().M(24, 52).Q(18, 20, 44, 12).Q(60, 2, 80, 10).Q(104, 18, 96, 52).Q(80, 40, 60, 40).Q(40, 40, 24, 52).Z().toString(), colour);
      s.strokePath(d().M(30, 40).Q(56, 20, 90, 34).toString(), accent, 3, { opacity: 0.85 });
      s.strokePath(d().M(34, 28).Q(60, 10, 86, 22).toString(), accent, 3, { opacity: 0.85 });
      s.path(d().M(78, 12).Q(98, 0, 100, 16).Q(92, 14, 86, 22).Z().toString(), colour, { strokeScale: 0.6 });
      return;
    }
    case 'turban':
      s.path(d().M(25, 54).Q(20, 14, 60, 12).Q(100, 14, 95, 54).Q(78, 42, 60, 44).Q(42, 42, 25, 54).Z().toString(), colour);
      for (const k of [0, 1, 2]) s.strokePath(d().M(30 + k * 4, 50 - k * 10).Q(60, 26 - k * 8, 90 - k * 4, 50 - k * 10).toString(), shade(colour, 0.25), 2, { opacity: 0.7 });
      s.strokePath(d().M(60, 44).L(60, 16).toString(), shade(colour, 0.25), 2, { opacity: 0.5 });
      return;
    case 'kufi':
      s.path(d().M(32, 36).Q(34, 18, 60, 17).Q(86, 18, 88, 36).Q(60, 30, 32, 36).Z().toString(), colour);
      for (let x = 40; x <= 80; x += 8) s.circle(x, 29, 1.6, accent, { stroke: false });
      return;
    case 'cap':
      s.path(d().M(26, 48).Q(24, 18, 60, 17).Q(96, 18, 94, 48).Z().toString(), colour);
      s.path(d().M(60, 44).H(108).Q(110, 51, 100, 52).H(60).Z().toString(), shade(colour, 0.15));
      s.circle(60, 19, 3, shade(colour, 0.2));
      return;
    case 'hard-hat':
      s.path(d().M(24, 46).Q(24, 12, 60, 12).Q(96, 12, 96, 46).Z().toString(), p.yellow);
      s.rect(18, 43, 84, 6, p.yellow, { rx: 3 });
      s.rect(56, 14, 8, 30, shade(p.yellow, 0.12), { rx: 3, stroke: false });
      return;
    case 'sun-hat':
      s.ellipse(60, 42, 52, 10, '#e6c98a');
      s.path(d().M(32, 42).Q(32, 14, 60, 14).Q(88, 14, 88, 42).Z().toString(), '#e6c98a');
      s.rect(32, 34, 56, 6, colour, { stroke: false });
      return;
  }
}
