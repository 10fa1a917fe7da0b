/**
 * A character's body and clothes in the 120×200 design box: legs, arms, torso, the garment's details
 * (lapels, collars, a lab coat, a hi-vis vest, a boubou's embroidery, a kitenge's print…) and what
 * they carry (lanyard, tie, necklace, clipboard, tablet, watch).
 */
import type { Palette } from '../palette';
import type { FullLook } from '../looks';
import { shade } from './character-colours';
import { d, type Svg } from './svg';

/** The colours the body is drawn with. */
export interface BodyColours { skin: string; main: string; accent: string; trousers: string; shoes: string }

/** Shoulders: men a little broader, women a little narrower. */
export function shoulders(look: FullLook): { l: number; r: number } {
  return look.presentation === 'man' ? { l: 29, r: 91 } : look.presentation === 'woman' ? { l: 34, r: 86 } : { l: 32, r: 88 };
}

/** Garments that cover the legs (at least partly). */
const LONG = new Set<FullLook['clothing']>(['dress', 'boubou', 'kurta', 'kitenge', 'lab-coat']);

/** The colour of the sleeves. */
function sleeve(look: FullLook, c: BodyColours): string {
  if (look.clothing === 'lab-coat') return '#f7f7f5';
  if (look.clothing === 'hi-vis' || look.clothing === 'apron') return c.main;
  return c.main;
}

/** Legs and shoes (hidden where a long garment covers them). */
export function legs(s: Svg, look: FullLook, c: BodyColours): void {
  const len = look.clothing === 'boubou' ? 12 : 42;
  const top = 190 - len;
  s.rect(43, top, 13, len, c.trousers, { rx: 4 });
  s.rect(64, top, 13, len, c.trousers, { rx: 4 });
  s.ellipse(48, 191, 11, 5.5, c.shoes);
  s.ellipse(73, 191, 11, 5.5, c.shoes);
}

/** Arms and hands: down at the sides, or raised in joy. */
export function arms(s: Svg, look: FullLook, c: BodyColours, raised: boolean): void {
  const sh = shoulders(look);
  const col = sleeve(look, c);
  const wide = look.clothing === 'boubou';
  const w = wide ? 20 : 14;
  if (raised) {
    s.rect(sh.l - w + 4, 100, w, 30, col, { rx: 7, transform: `rotate(35 ${sh.l - 3} 104)` });
    s.rect(sh.r - 4, 100, w, 30, col, { rx: 7, transform: `rotate(-35 ${sh.r + 3} 104)` });
    s.circle(sh.l - 20, 126, 6.5, c.skin);
    s.circle(sh.r + 20, 126, 6.5, c.skin);
    return;
  }
  s.rect(sh.l - w + 4, 100, w, 46, col, { rx: 7 });
  s.rect(sh.r - 4, 100, w, 46, col, { rx: 7 });
  s.circle(sh.l - 3, 148, 6.5, c.skin);
  s.circle(sh.r + 3, 148, 6.5, c.skin);
}

/** The torso in the garment's colour, with the garment's details. */
export function torso(s: Svg, look: FullLook, c: BodyColours, p: Palette): void {
  const { l, r } = shoulders(look);
  const bottom = LONG.has(look.clothing) ? (look.clothing === 'boubou' ? 184 : look.clothing === 'lab-coat' ? 170 : 168) : 154;
  const flare = LONG.has(look.clothing) ? 8 : 0;
  const base = look.clothing === 'lab-coat' ? '#f7f7f5' : c.main;
  const body = d().M(l - flare, bottom).L(l, 112).Q(l, 98, l + 14, 97).H(r - 14).Q(r, 98, r, 112).L(r + flare, bottom).Z();
  s.path(body.toString(), base);
  const white = '#fbfbf8';
  switch (look.clothing) {
    case 'suit':
    case 'blazer': {
      const shirt = look.clothing === 'suit' ? white : shade(c.accent, -0.6);
      s.path(d().M(50, 98).L(60, 132).L(70, 98).Z().toString(), shirt, { stroke: false });
      s.poly([48, 98, 60, 134, 52, 138, 44, 104], shade(c.main, 0.18), { strokeScale: 0.5 });
      s.poly([72, 98, 60, 134, 68, 138, 76, 104], shade(c.main, 0.18), { strokeScale: 0.5 });
      for (const y of [140, 148]) s.circle(60, y, 1.6, shade(c.main, 0.4), { stroke: false });
      s.rect(l + 4, 118, 10, 2.4, white, { stroke: false, opacity: 0.8 });
      break;
    }
    case 'shirt':
      s.poly([50, 98, 60, 108, 55, 113, 46, 102], white, { strokeScale: 0.5 });
      s.poly([70, 98, 60, 108, 65, 113, 74, 102], white, { strokeScale: 0.5 });
      for (const y of [116, 128, 140]) s.circle(60, y, 1.5, shade(c.main, 0.35), { stroke: false });
      s.line(60, 108, 60, 152, shade(c.main, 0.2), 1.2, { opacity: 0.6 });
      break;
    case 'polo':
      s.poly([50, 97, 60, 104, 56, 109, 47, 101], shade(c.main, 0.15), { strokeScale: 0.5 });
      s.poly([70, 97, 60, 104, 64, 109, 73, 101], shade(c.main, 0.15), { strokeScale: 0.5 });
      s.rect(58, 104, 4, 12, shade(c.main, 0.15), { stroke: false });
      for (const y of [108, 113]) s.circle(60, y, 1.2, white, { stroke: false });
      break;
    case 'sweater':
      s.path(d().M(47, 98).Q(60, 110, 73, 98).Q(60, 104, 47, 98).Z().toString(), white, { stroke: false, opacity: 0.85 });
      s.rect(l, 148, r - l, 6, shade(c.main, 0.15), { stroke: false });
      for (let x = l + 4; x < r; x += 5) s.line(x, 149, x, 153, shade(c.main, 0.3), 1, { opacity: 0.5 });
      break;
    case 'cardigan':
      s.path(d().M(50, 98).L(60, 152).L(70, 98).Z().toString(), c.accent, { stroke: false });
      s.strokePath(d().M(50, 98).L(58, 152).M(70, 98).L(62, 152).toString(), shade(c.main, 0.3), 1.6);
      for (const y of [118, 130, 142]) s.circle(56.5, y, 1.6, white, { stroke: false });
      break;
    case 'hoodie':
      s.path(d().M(42, 98).Q(60, 86, 78, 98).Q(60, 110, 42, 98).Z().toString(), shade(c.main, 0.2));
      s.line(55, 104, 54, 122, white, 1.4);
      s.line(65, 104, 66, 122, white, 1.4);
      s.rect(44, 134, 32, 14, shade(c.main, 0.12), { rx: 4, strokeScale: 0.5 });
      break;
    case 'lab-coat':
      s.path(d().M(50, 98).L(60, 124).L(70, 98).Z().toString(), c.main, { stroke: false });
      s.poly([49, 98, 60, 126, 54, 128, 44, 104], '#e8e8e4', { strokeScale: 0.5 });
      s.poly([71, 98, 60, 126, 66, 128, 76, 104], '#e8e8e4', { strokeScale: 0.5 });
      s.line(60, 126, 60 + flare * 0.2, bottom, '#cfcfca', 1.4);
      s.rect(68, 112, 12, 10, '#ecece8', { rx: 1.5, strokeScale: 0.4 });
      s.rect(71, 107, 2, 8, p.blue, { rx: 1, stroke: false });
      s.rect(42, 146, 12, 10, '#ecece8', { rx: 1.5, strokeScale: 0.4 });
      break;
    case 'uniform':
      s.poly([50, 98, 60, 106, 55, 111, 46, 102], shade(c.main, 0.2), { strokeScale: 0.5 });
      s.poly([70, 98, 60, 106, 65, 111, 74, 102], shade(c.main, 0.2), { strokeScale: 0.5 });
      s.rect(l + 2, 100, 12, 4, p.yellow, { rx: 1.5, strokeScale: 0.4 });
      s.rect(r - 14, 100, 12, 4, p.yellow, { rx: 1.5, strokeScale: 0.4 });
      s.path(d().M(44, 116).H(52).V(124).L(48, 127).L(44, 124).Z().toString(), p.yellow, { strokeScale: 0.4 });
      s.rect(64, 116, 12, 9, shade(c.main, 0.15), { rx: 1.5, strokeScale: 0.4 });
      for (const y of [118, 132, 146]) s.circle(60, y, 1.5, p.yellow, { stroke: false });
      break;
    case 'work-jacket':
      s.line(60, 100, 60, 154, shade(c.main, 0.35), 1.8);
      s.rect(42, 114, 12, 10, shade(c.main, 0.15), { rx: 1.5, strokeScale: 0.4 });
      s.rect(66, 114, 12, 10, shade(c.main, 0.15), { rx: 1.5, strokeScale: 0.4 });
      s.path(d().M(48, 98).Q(60, 104, 72, 98).L(70, 95).Q(60, 100, 50, 95).Z().toString(), shade(c.main, 0.25), { strokeScale: 0.5 });
      break;
    case 'hi-vis': {
      const vest = p.outline ? '#d8ff00' : '#c9e84a';
      s.path(d().M(l + 2, 104).L(50, 99).V(154).H(l + 2).Z().toString(), vest, { strokeScale: 0.6 });
      s.path(d().M(r - 2, 104).L(70, 99).V(154).H(r - 2).Z().toString(), vest, { strokeScale: 0.6 });
      for (const y of [128, 140]) { s.rect(l + 2, y, 50 - l - 2, 3.5, '#e3e8ee', { stroke: false }); s.rect(70, y, r - 72, 3.5, '#e3e8ee', { stroke: false }); }
      break;
    }
    case 'apron':
      s.path(d().M(46, 108).H(74).V(160).Q(60, 164, 46, 160).Z().toString(), shade(c.accent, -0.3), { strokeScale: 0.6 });
      s.strokePath(d().M(46, 108).L(50, 98).M(74, 108).L(70, 98).toString(), shade(c.accent, 0.1), 2);
      s.rect(52, 132, 16, 10, shade(c.accent, 0.05), { rx: 2, strokeScale: 0.4 });
      break;
    case 'dress':
      s.path(d().M(48, 98).Q(60, 108, 72, 98).Q(60, 103, 48, 98).Z().toString(), shade(c.main, 0.2), { stroke: false });
      s.rect(l + 1, 136, r - l - 2, 4, shade(c.main, 0.2), { stroke: false });
      break;
    case 'kurta':
      s.rect(57, 98, 6, 26, shade(c.main, 0.15), { stroke: false });
      for (const y of [104, 112, 120]) s.circle(60, y, 1.5, c.accent, { stroke: false });
      s.line(l - flare + 2, bottom - 4, r + flare - 2, bottom - 4, c.accent, 2, { opacity: 0.9 });
      break;
    case 'boubou':
      // The embroidered neckline of a grand boubou.
      s.path(d().M(46, 98).Q(60, 130, 74, 98).Q(60, 118, 46, 98).Z().toString(), c.accent, { strokeScale: 0.5 });
      s.strokePath(d().M(44, 100).Q(60, 138, 76, 100).toString(), c.accent, 1.6, { opacity: 0.8 });
      for (const [x, y] of [[52, 118], [68, 118], [60, 140]] as const) s.circle(x, y, 2, c.accent, { stroke: false });
      break;
    case 'kitenge': {
      // A wax-print pattern: rings and dots in the accent colour.
      s.path(d().M(48, 98).Q(60, 108, 72, 98).Q(60, 103, 48, 98).Z().toString(), c.accent, { stroke: false });
      for (let y = 112; y < bottom - 4; y += 14) {
        for (let x = l + 6 + ((y / 14) % 2) * 7; x < r - 2; x += 14) {
          s.circle(x, y, 4, c.accent, { stroke: false, opacity: 0.9 });
          s.circle(x, y, 1.8, c.main, { stroke: false });
        }
      }
      break;
    }
  }
}

/** Accessories on the body: lanyard, tie, necklace, scarf, watch, clipboard or tablet in hand. */
export function bodyAccessories(s: Svg, look: FullLook, c: BodyColours, p: Palette, raised: boolean): void {
  const has = (a: FullLook['accessories'][number]) => look.accessories.includes(a);
  const { l, r } = shoulders(look);
  if (has('tie')) {
    s.poly([57, 100, 63, 100, 61.5, 104, 58.5, 104], shade(c.accent, 0.2), { strokeScale: 0.4 });
    s.poly([58.5, 104, 61.5, 104, 64, 130, 60, 135, 56, 130], c.accent, { strokeScale: 0.5 });
  }
  if (has('scarf')) {
    s.path(d().M(44, 96).Q(60, 108, 76, 96).L(78, 102).Q(60, 114, 42, 102).Z().toString(), c.accent, { strokeScale: 0.5 });
    s.rect(64, 102, 8, 26, c.accent, { rx: 3, strokeScale: 0.5, transform: 'rotate(-8 68 102)' });
  }
  if (has('necklace')) {
    s.strokePath(d().M(48, 99).Q(60, 114, 72, 99).toString(), p.yellow, 1.6);
    s.circle(60, 110, 2.6, p.coral, { strokeScale: 0.4 });
  }
  if (has('lanyard')) {
    s.strokePath(d().M(50, 99).L(60, 126).L(70, 99).toString(), p.coral, 2);
    s.rect(54, 124, 12, 15, '#ffffff', { rx: 2, strokeScale: 0.5 });
    s.rect(56, 127, 8, 5, p.blue, { rx: 1, stroke: false });
  }
  if (raised) return;
  if (has('watch')) s.rect(r - 2, 138, 10, 4.5, p.ink, { rx: 2, stroke: false });
  if (has('clipboard')) {
    s.rect(l - 14, 122, 20, 26, p.woodDark, { rx: 2, transform: `rotate(-8 ${l - 4} 135)` });
    s.rect(l - 12, 126, 16, 20, '#ffffff', { stroke: false, transform: `rotate(-8 ${l - 4} 135)` });
    s.rect(l - 8, 120, 8, 4, p.metalDark, { rx: 1, stroke: false, transform: `rotate(-8 ${l - 4} 135)` });
    s.circle(l - 3, 148, 6.5, c.skin);
  } else if (has('tablet')) {
    s.rect(r - 6, 120, 18, 26, p.ink, { rx: 3, transform: `rotate(8 ${r + 3} 133)` });
    s.rect(r - 4, 123, 14, 20, p.teal, { rx: 1.5, stroke: false, transform: `rotate(8 ${r + 3} 133)` });
    s.circle(r + 3, 148, 6.5, c.skin);
  }
}
