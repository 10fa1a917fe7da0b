/**
 * The shipment's vehicles, drawn facing right with their base centred at (x, y): truck, container
 * ship, cargo plane, train, post van, courier van, a "digital" delivery and a plain parcel.
 */
import { d, type Svg } from './svg';
import { box } from './parts';

/** A wheel with a hub. */
function wheel(s: Svg, x: number, y: number, r: number): void {
  s.circle(x, y, r, s.p.ink);
  s.circle(x, y, r * 0.45, s.p.metal, { stroke: false });
}

/** A lorry with a box trailer; len is its full length. */
export function truck(s: Svg, x: number, y: number, len: number, color = s.p.coral): void {
  const h = len * 0.42;
  const left = x - len / 2;
  const r = len * 0.075;
  s.rect(left, y - h - r * 0.6, len * 0.7, h, s.p.paper, { rx: len * 0.02 });
  s.rect(left, y - h - r * 0.6 + h * 0.72, len * 0.7, h * 0.1, color, { stroke: false });
  const cx = left + len * 0.72;
  const cab = d().M(cx, y - r * 0.6).V(y - h * 0.86).Q(cx, y - h * 0.92, cx + len * 0.06, y - h * 0.92)
    .H(cx + len * 0.17).Q(cx + len * 0.28, y - h * 0.5, cx + len * 0.28, y - h * 0.45).V(y - r * 0.6).Z();
  s.path(cab.toString(), color);
  s.path(d().M(cx + len * 0.1, y - h * 0.82).H(cx + len * 0.16).Q(cx + len * 0.23, y - h * 0.6, cx + len * 0.245, y - h * 0.52).H(cx + len * 0.1).Z().toString(), s.p.glass, { strokeScale: 0.6 });
  s.rect(left - len * 0.01, y - r * 1.1, len * 1.0, r * 0.6, s.p.metalDark, { stroke: false });
  for (const wx of [0.14, 0.32, 0.86]) wheel(s, left + len * wx, y - r * 0.2, r);
}

/** A container ship on the water line y. */
export function ship(s: Svg, x: number, y: number, len: number): void {
  const left = x - len / 2;
  const hh = len * 0.13;
  const hull = d().M(left, y - hh).H(left + len).L(left + len * 0.9, y + hh * 0.5).H(left + len * 0.06).Z();
  s.path(hull.toString(), s.p.navy);
  s.rect(left + len * 0.02, y - hh, len * 0.96, hh * 0.28, s.p.red, { stroke: false });
  const colors = [s.p.coral, s.p.teal, s.p.yellow, s.p.blue, s.p.orange, s.p.purple];
  const cw = len * 0.1;
  const ch = len * 0.065;
  for (let col = 0; col < 6; col++) {
    const stack = col % 3 === 1 ? 3 : 2;
    for (let row = 0; row < stack; row++) {
      s.rect(left + len * 0.08 + col * cw * 1.02, y - hh - (row + 1) * ch, cw, ch, colors[(col * 2 + row) % colors.length] as string, { strokeScale: 0.5 });
    }
  }
  const bx = left + len * 0.74;
  s.rect(bx, y - hh - len * 0.2, len * 0.14, len * 0.2, s.p.paper);
  s.rect(bx + len * 0.015, y - hh - len * 0.18, len * 0.11, len * 0.035, s.p.glass, { stroke: false });
  s.rect(bx + len * 0.05, y - hh - len * 0.27, len * 0.04, len * 0.07, s.p.coral);
  if (!s.p.outline) s.ellipse(x, y + hh * 0.55, len * 0.5, hh * 0.25, s.p.foam, { stroke: false, opacity: 0.5 });
}

/** A cargo plane in flight; y is the bottom of the fuselage. */
export function plane(s: Svg, x: number, y: number, len: number, color = s.p.paper): void {
  const left = x - len / 2;
  const fh = len * 0.16;
  s.path(d().M(left + len * 0.38, y - fh * 0.5).L(left + len * 0.2, y - fh * 1.9).H(left + len * 0.3).L(left + len * 0.58, y - fh * 0.5).Z().toString(), s.p.metal);
  const body = d().M(left + len * 0.08, y - fh).Q(left + len * 0.04, y - fh * 2.1, left, y - fh * 2.3)
    .H(left + len * 0.1).L(left + len * 0.22, y - fh).H(left + len * 0.86)
    .Q(left + len, y - fh, left + len, y - fh * 0.45).Q(left + len, y, left + len * 0.88, y).H(left + len * 0.14).Q(left + len * 0.04, y, left + len * 0.08, y - fh).Z();
  s.path(body.toString(), color);
  s.rect(left + len * 0.1, y - fh * 0.62, len * 0.8, fh * 0.16, s.p.blue, { stroke: false });
  for (let i = 0; i < 6; i++) s.circle(left + len * (0.3 + i * 0.08), y - fh * 0.72, fh * 0.1, s.p.glass, { strokeScale: 0.4 });
  s.path(d().M(left + len * 0.9, y - fh * 0.85).Q(left + len * 0.97, y - fh * 0.8, left + len * 0.98, y - fh * 0.55).H(left + len * 0.9).Z().toString(), s.p.navy, { stroke: false });
  s.path(d().M(left + len * 0.4, y - fh * 0.35).L(left + len * 0.28, y + fh * 1.1).H(left + len * 0.38).L(left + len * 0.62, y - fh * 0.35).Z().toString(), s.p.metalDark);
}

/** A freight train: locomotive pulling a container wagon. */
export function train(s: Svg, x: number, y: number, len: number): void {
  const left = x - len / 2;
  const h = len * 0.3;
  const r = len * 0.05;
  s.line(left - len * 0.02, y, left + len * 1.02, y, s.p.metalDark, Math.max(1, len * 0.02), { cap: 'butt' });
  s.rect(left, y - r * 2 - h * 0.8, len * 0.52, h * 0.8, s.p.teal, { rx: len * 0.01 });
  s.rect(left + len * 0.02, y - r * 1.6, len * 0.48, r * 0.5, s.p.metalDark, { stroke: false });
  const lx = left + len * 0.55;
  s.path(d().M(lx, y - r * 1.6).V(y - r * 2 - h).H(lx + len * 0.32).Q(lx + len * 0.45, y - r * 2 - h, lx + len * 0.45, y - r * 2 - h * 0.55).V(y - r * 1.6).Z().toString(), s.p.yellow);
  s.rect(lx + len * 0.26, y - r * 2 - h * 0.88, len * 0.12, h * 0.3, s.p.glass, { rx: len * 0.01, strokeScale: 0.6 });
  s.rect(lx, y - r * 2 - h * 0.45, len * 0.45, h * 0.12, s.p.red, { stroke: false });
  for (const wx of [0.08, 0.22, 0.36, 0.62, 0.78, 0.92]) wheel(s, left + len * wx, y - r, r);
}

/** A delivery van with a badge: 'post' (envelope) or 'courier' (parcel). */
export function van(s: Svg, x: number, y: number, len: number, kind: 'post' | 'courier'): void {
  const left = x - len / 2;
  const h = len * 0.5;
  const r = len * 0.09;
  const color = kind === 'post' ? s.p.yellow : s.p.purple;
  const body = d().M(left, y - r * 0.5).V(y - h).Q(left, y - h * 1.08, left + len * 0.05, y - h * 1.08).H(left + len * 0.66)
    .Q(left + len * 0.74, y - h * 1.08, left + len * 0.8, y - h * 0.62).Q(left + len, y - h * 0.55, left + len, y - h * 0.35).V(y - r * 0.5).Z();
  s.path(body.toString(), color);
  s.path(d().M(left + len * 0.68, y - h * 0.98).Q(left + len * 0.73, y - h * 0.95, left + len * 0.77, y - h * 0.62).H(left + len * 0.68).Z().toString(), s.p.glass, { strokeScale: 0.6 });
  s.rect(left, y - h * 0.3, len, h * 0.09, kind === 'post' ? s.p.red : s.p.teal, { stroke: false });
  const bx = left + len * 0.3;
  const by = y - h * 0.68;
  if (kind === 'post') {
    s.rect(bx - len * 0.12, by - len * 0.08, len * 0.24, len * 0.16, s.p.paper, { rx: len * 0.01, strokeScale: 0.6 });
    s.strokePath(d().M(bx - len * 0.11, by - len * 0.07).L(bx, by + len * 0.01).L(bx + len * 0.11, by - len * 0.07).toString(), s.p.red, Math.max(1, len * 0.015));
  } else {
    box(s, bx, by + len * 0.09, len * 0.2, len * 0.16);
  }
  for (const wx of [0.2, 0.8]) wheel(s, left + len * wx, y - r * 0.2, r);
}

/** A "digital" shipment: a glowing document with signal arcs. */
export function digital(s: Svg, x: number, y: number, len: number): void {
  const w = len * 0.42;
  const h = len * 0.52;
  const left = x - w / 2;
  if (!s.p.outline) s.circle(x, y - h / 2, len * 0.5, s.radial([[0, s.p.teal, 0.45], [1, s.p.teal, 0]]), { stroke: false });
  s.path(d().M(left, y).V(y - h).H(left + w * 0.7).L(left + w, y - h + w * 0.3).V(y).Z().toString(), s.p.paper);
  s.path(d().M(left + w * 0.7, y - h).V(y - h + w * 0.3).H(left + w).Z().toString(), s.p.metal, { strokeScale: 0.6 });
  for (let i = 0; i < 3; i++) s.line(left + w * 0.18, y - h * (0.7 - i * 0.18), left + w * 0.8, y - h * (0.7 - i * 0.18), s.p.teal, Math.max(1, len * 0.035));
  for (let i = 1; i <= 2; i++) {
    const r = len * (0.16 + i * 0.12);
    s.strokePath(d().M(x + w * 0.55, y - h * 0.5 - r * 0.7).Q(x + w * 0.55 + r, y - h * 0.5, x + w * 0.55, y - h * 0.5 + r * 0.7).toString(), s.p.teal, Math.max(1.5, len * 0.04));
  }
}

/** A parcel waiting to ship (no mode chosen yet). */
export function parcel(s: Svg, x: number, y: number, len: number): void {
  box(s, x, y, len * 0.7, len * 0.55);
}

/** Draws the vehicle for a transport mode (null: a parcel). */
export function vehicle(s: Svg, mode: string | null, x: number, y: number, len: number): void {
  switch (mode) {
    case 'sea': return ship(s, x, y, len);
    case 'air': return plane(s, x, y, len);
    case 'road': return truck(s, x, y, len);
    case 'rail': return train(s, x, y, len);
    case 'post': return van(s, x, y, len, 'post');
    case 'courier': return van(s, x, y, len, 'courier');
    case 'digital': return digital(s, x, y, len);
    default: return parcel(s, x, y, len);
  }
}
