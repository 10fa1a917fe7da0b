/**
 * What travels, drawn with its bottom centre at (x, y) and about `size` wide: a data file, cold boxes,
 * sacks, crates, cartons, drums, parcels, bales or a pallet load.
 */
import type { Cargo } from '../../scenario/index';
import { box, palletLoad } from './parts';
import { d, type Svg } from './svg';

/** A code file with a corner fold and coloured lines. */
function dataFile(s: Svg, x: number, y: number, size: number): void {
  const w = size * 0.62;
  const h = size * 0.78;
  const l = x - w / 2;
  s.path(d().M(l, y).V(y - h).H(l + w * 0.68).L(l + w, y - h + w * 0.32).V(y).Z().toString(), s.p.paper);
  s.path(d().M(l + w * 0.68, y - h).V(y - h + w * 0.32).H(l + w).Z().toString(), s.p.metal, { strokeScale: 0.6 });
  const lines = [s.p.teal, s.p.purple, s.p.coral, s.p.teal];
  lines.forEach((c, i) => s.rect(l + w * (0.16 + (i % 2) * 0.12), y - h * (0.7 - i * 0.15), w * (0.55 - (i % 2) * 0.15), h * 0.07, c, { rx: h * 0.03, stroke: false }));
  s.strokePath(d().M(l + w * 0.3, y - h * 0.12).L(l + w * 0.18, y - h * 0.2).L(l + w * 0.3, y - h * 0.28).M(l + w * 0.7, y - h * 0.12).L(l + w * 0.82, y - h * 0.2).L(l + w * 0.7, y - h * 0.28).toString(), s.p.navy, Math.max(1, size * 0.04));
}

/** An insulated box with a snowflake. */
function coldBox(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x - w / 2, y - h, w, h, '#f7fbfd', { rx: w * 0.06 });
  s.rect(x - w / 2, y - h, w, h * 0.22, s.p.blue, { rx: w * 0.06 });
  const cy = y - h * 0.42;
  for (let a = 0; a < 3; a++) {
    const ang = (a * Math.PI) / 3;
    s.line(x - Math.cos(ang) * h * 0.2, cy - Math.sin(ang) * h * 0.2, x + Math.cos(ang) * h * 0.2, cy + Math.sin(ang) * h * 0.2, s.p.blue, Math.max(1, h * 0.06));
  }
}

/** A jute sack tied at the top. */
function sack(s: Svg, x: number, y: number, w: number, h: number): void {
  const l = x - w / 2;
  s.path(d().M(l + w * 0.1, y).Q(l - w * 0.04, y - h * 0.5, l + w * 0.22, y - h * 0.86).L(l + w * 0.36, y - h * 0.9).L(x, y - h * 0.8).L(l + w * 0.64, y - h * 0.9).L(l + w * 0.78, y - h * 0.86).Q(l + w * 1.04, y - h * 0.5, l + w * 0.9, y).Z().toString(), '#d8b47c');
  s.path(d().M(l + w * 0.3, y - h * 0.88).L(x, y - h).L(l + w * 0.7, y - h * 0.88).Z().toString(), '#c79c5e', { strokeScale: 0.6 });
  s.rect(l + w * 0.3, y - h * 0.84, w * 0.4, h * 0.06, s.p.woodDark, { stroke: false });
  s.rect(l + w * 0.28, y - h * 0.5, w * 0.44, h * 0.2, '#f4e6c8', { rx: h * 0.03, stroke: false, opacity: 0.85 });
  s.rect(l + w * 0.34, y - h * 0.43, w * 0.32, h * 0.05, s.p.green, { stroke: false });
}

/** A wooden crate with slats and a diagonal brace. */
function crate(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x - w / 2, y - h, w, h, s.p.wood, { rx: w * 0.03 });
  for (const k of [0.33, 0.66]) s.line(x - w / 2, y - h * k, x + w / 2, y - h * k, s.p.woodDark, Math.max(1, h * 0.05), { opacity: 0.6 });
  s.line(x - w / 2 + w * 0.06, y - h * 0.06, x + w / 2 - w * 0.06, y - h * 0.94, s.p.woodDark, Math.max(1, h * 0.09));
  s.rect(x - w / 2, y - h, w * 0.1, h, s.p.woodDark, { stroke: false, opacity: 0.8 });
  s.rect(x + w / 2 - w * 0.1, y - h, w * 0.1, h, s.p.woodDark, { stroke: false, opacity: 0.8 });
}

/** A steel drum with ribs. */
function drum(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x - w / 2, y - h, w, h, s.p.blue, { rx: w * 0.12 });
  for (const k of [0.33, 0.66]) s.rect(x - w / 2, y - h * k - h * 0.03, w, h * 0.06, s.p.navy, { stroke: false, opacity: 0.6 });
  s.ellipse(x, y - h + h * 0.05, w * 0.45, h * 0.05, '#ffffff', { stroke: false, opacity: 0.3 });
}

/** A bale of cloth with straps. */
function bale(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x - w / 2, y - h, w, h, '#e9dfcc', { rx: h * 0.25 });
  for (const k of [0.25, 0.5, 0.75]) s.line(x - w / 2 + w * k, y - h, x - w / 2 + w * k, y, s.p.coral, Math.max(1, w * 0.06));
  s.strokePath(d().M(x - w / 2 + h * 0.15, y - h * 0.55).Q(x, y - h * 0.7, x + w / 2 - h * 0.15, y - h * 0.55).toString(), s.p.teal, Math.max(1, h * 0.06), { opacity: 0.6 });
}

/** A small parcel with string and a label. */
function parcelBox(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x - w / 2, y - h, w, h, '#d9a86c', { rx: w * 0.05 });
  s.line(x, y - h, x, y, '#8a5a32', Math.max(1, w * 0.05));
  s.line(x - w / 2, y - h * 0.5, x + w / 2, y - h * 0.5, '#8a5a32', Math.max(1, w * 0.05));
  s.rect(x + w * 0.08, y - h * 0.42, w * 0.34, h * 0.3, s.p.paper, { strokeScale: 0.5 });
}

/** Draws the cargo, bottom centre at (x, y), about `size` wide. */
export function cargo(s: Svg, kind: Cargo, x: number, y: number, size: number): void {
  const u = size;
  switch (kind) {
    case 'data': return dataFile(s, x, y, size * 1.2);
    case 'cold-boxes':
      coldBox(s, x - u * 0.22, y, u * 0.44, u * 0.36);
      coldBox(s, x + u * 0.22, y, u * 0.44, u * 0.36);
      coldBox(s, x, y - u * 0.36, u * 0.44, u * 0.34);
      return;
    case 'sacks':
      sack(s, x - u * 0.24, y, u * 0.5, u * 0.62);
      sack(s, x + u * 0.24, y, u * 0.5, u * 0.62);
      return;
    case 'crates':
      crate(s, x, y, u * 0.8, u * 0.6);
      return;
    case 'cartons':
      box(s, x - u * 0.22, y, u * 0.44, u * 0.36);
      box(s, x + u * 0.22, y, u * 0.44, u * 0.36, '#cf9a5e');
      box(s, x, y - u * 0.36, u * 0.44, u * 0.32, '#e0b57c');
      return;
    case 'drums':
      drum(s, x - u * 0.2, y, u * 0.36, u * 0.56);
      drum(s, x + u * 0.2, y, u * 0.36, u * 0.56);
      return;
    case 'parcels':
      parcelBox(s, x - u * 0.2, y, u * 0.4, u * 0.32);
      parcelBox(s, x + u * 0.22, y, u * 0.36, u * 0.28);
      parcelBox(s, x, y - u * 0.3, u * 0.34, u * 0.28);
      return;
    case 'bales':
      bale(s, x, y, u * 0.8, u * 0.3);
      bale(s, x, y - u * 0.3, u * 0.7, u * 0.28);
      return;
    case 'pallets':
      palletLoad(s, x, y, u * 0.8);
      return;
  }
}
