/** Transport backdrops: port, airport, ship at sea, plane above the clouds, the buyer's warehouse. */
import type { Frame } from '../layout';
import { cloud, container, floor, hills, palletLoad, shadow, sky, sun, wall } from './parts';
import { d, type Svg } from './svg';
import { plane, ship, truck } from './vehicles';

/** Gentle wave crests across the width at y. */
function waves(s: Svg, y: number, size: number, color: string, opacity: number, offset = 0): void {
  const p = d().M(-size + offset, y);
  for (let x = -size + offset; x < s.w + size; x += size * 2) p.Q(x + size / 2, y - size * 0.35, x + size, y).Q(x + size * 1.5, y + size * 0.35, x + size * 2, y);
  s.strokePath(p.toString(), color, Math.max(1.5, size * 0.12), { opacity });
}

/** Seagulls as little "v" strokes. */
function gulls(s: Svg, x: number, y: number, size: number): void {
  for (const [dx, dy, k] of [[0, 0, 1], [size * 2.2, size * 0.8, 0.8], [size * 1.1, -size * 1.1, 0.7]] as const) {
    const g = size * k;
    s.strokePath(d().M(x + dx - g, y + dy).Q(x + dx - g / 2, y + dy - g * 0.6, x + dx, y + dy).Q(x + dx + g / 2, y + dy - g * 0.6, x + dx + g, y + dy).toString(), s.p.ink, Math.max(1, g * 0.18), { opacity: 0.7 });
  }
}

/** A ship-to-shore gantry crane standing on y. */
function crane(s: Svg, x: number, y: number, h: number, color: string): void {
  const u = s.u;
  for (const dx of [-h * 0.16, h * 0.16]) s.rect(x + dx - u, y - h, u * 2, h, color);
  s.rect(x - h * 0.18, y - h * 0.55, h * 0.36, u * 1.6, color, { stroke: false });
  s.rect(x - h * 0.55, y - h - u * 2, h * 0.95, u * 2.6, color);
  s.rect(x - h * 0.1, y - h - u * 5, h * 0.22, u * 4, s.p.paper);
  s.line(x - h * 0.45, y - h, x - h * 0.45, y - h * 0.55, s.p.ink, Math.max(1, u * 0.3));
  s.rect(x - h * 0.45 - u * 2, y - h * 0.55, u * 4, u * 1.5, s.p.ink, { stroke: false });
}

/** Port: the quay with cranes and stacked containers on the left, a container ship docked on the right. */
export function port(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  sky(s, floorY);
  sun(s, w * 0.86, floorY * 0.22, u * 6);
  cloud(s, w * 0.5, floorY * 0.14, u * 7);
  gulls(s, w * 0.66, floorY * 0.34, u * 1.6);
  const seaY = floorY - u * 6;
  s.rect(0, seaY, w, h - seaY, s.p.water, { stroke: false });
  waves(s, seaY + u * 4, u * 3, s.p.foam, 0.6);
  waves(s, h - u * 6, u * 4, s.p.foam, 0.5);
  // Quay.
  const qx = Math.max(w * 0.42, u * 34);
  s.rect(0, floorY + u * 2, qx, h - floorY, s.p.concrete, { stroke: false });
  s.rect(0, floorY + u * 2, qx, u * 1.6, s.p.metalDark, { stroke: false });
  s.rect(qx - u * 1.6, floorY + u * 2, u * 1.6, h - floorY, s.p.metalDark, { stroke: false });
  for (let x = u * 6; x < qx - u * 2; x += u * 16) s.rect(x, floorY + u * 3.6, u * 2.4, u * 1.6, s.p.yellow, { stroke: false });
  // Containers stacked behind the quay edge.
  const colors = [s.p.coral, s.p.teal, s.p.yellow, s.p.blue, s.p.orange, s.p.purple, s.p.green];
  const cw = u * 14;
  const ch = u * 6;
  for (let col = 0, x = u * 2; x + cw * 0.5 < qx - u * 4; col++, x += cw + u) {
    const stack = 1 + ((col * 5 + 1) % 3);
    for (let r = 0; r < stack; r++) container(s, x, floorY + u * 2 - r * ch, Math.min(cw, qx - u * 4 - x), ch, colors[(col + r * 3) % colors.length] as string);
  }
  crane(s, qx - u * 10, floorY + u * 2, u * 42, s.p.yellow);
  if (qx > u * 50) crane(s, qx - u * 36, floorY + u * 2, u * 36, s.p.orange);
  // The ship alongside.
  const len = Math.min((w - qx) * 0.95, u * 70);
  ship(s, qx + (w - qx) / 2 + u * 2, floorY + u * 4, len);
}

/** Airport: terminal, control tower, tarmac with markings, a cargo plane being loaded. */
export function airport(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  sky(s, floorY);
  sun(s, w * 0.9, floorY * 0.2, u * 5);
  cloud(s, w * 0.35, floorY * 0.18, u * 8);
  cloud(s, w * 0.75, floorY * 0.36, u * 5, 0.8);
  hills(s, floorY - u * 6, u * 2, 3, 1.1, s.p.hillFar);
  // Terminal.
  const tw = Math.min(w * 0.7, u * 80);
  const tx = w * 0.62 - tw / 2;
  s.rect(tx, floorY - u * 16, tw, u * 16, s.p.paper);
  s.rect(tx + u * 2, floorY - u * 13, tw - u * 4, u * 7, s.p.glass, { stroke: false });
  for (let x = tx + u * 2; x < tx + tw - u * 2; x += u * 6) s.line(x, floorY - u * 13, x, floorY - u * 6, s.p.metal, Math.max(1, u * 0.4));
  s.path(d().M(tx - u * 2, floorY - u * 16).Q(tx + tw / 2, floorY - u * 24, tx + tw + u * 2, floorY - u * 16).Z().toString(), s.p.navy);
  // Control tower.
  const cx = tx + tw * 0.85;
  s.rect(cx - u * 2.5, floorY - u * 40, u * 5, u * 24, s.p.paper);
  s.path(d().M(cx - u * 6, floorY - u * 40).L(cx - u * 4.5, floorY - u * 46).H(cx + u * 4.5).L(cx + u * 6, floorY - u * 40).Z().toString(), s.p.glass);
  s.rect(cx - u * 6.5, floorY - u * 41, u * 13, u * 1.6, s.p.navy, { stroke: false });
  s.rect(cx - u * 5, floorY - u * 48, u * 10, u * 2, s.p.navy, { rx: u * 0.5 });
  // Tarmac.
  s.rect(0, floorY, w, h - floorY, s.p.road, { stroke: false });
  s.rect(0, floorY, w, u * 1.2, s.p.concrete, { stroke: false });
  for (let x = u * 3; x < w; x += u * 14) s.rect(x, floorY + (h - floorY) * 0.62, u * 8, u * 1.2, s.p.yellow, { stroke: false });
  // Windsock.
  const wx = w * 0.06;
  s.rect(wx - u * 0.4, floorY - u * 14, u * 0.8, u * 15, s.p.metalDark, { stroke: false });
  s.path(d().M(wx, floorY - u * 14).L(wx + u * 9, floorY - u * 12.5).V(floorY - u * 11).L(wx, floorY - u * 10).Z().toString(), s.p.orange);
  s.rect(wx + u * 3, floorY - u * 13.5, u * 2, u * 3.2, s.p.paper, { stroke: false });
  // Cargo plane on the apron and a loader with crates.
  const len = Math.min(w * 0.5, u * 50);
  const py = floorY + (h - floorY) * 0.42;
  const px = Math.min(w * 0.62, w - len * 0.5 - u * 14);
  shadow(s, px, py + u * 3, len * 0.45);
  plane(s, px, py - u * 2, len);
  for (const gx of [0.28, 0.6]) s.rect(px - len / 2 + len * gx, py - u * 2, u * 1, u * 4, s.p.ink, { stroke: false });
  const lx = Math.min(w - u * 9, px + len * 0.55);
  s.rect(lx - u * 8, py, u * 16, u * 2.4, s.p.yellow, { rx: u * 0.5 });
  s.rect(lx - u * 7, py - u * 7, u * 6.5, u * 7, s.p.metal, { rx: u * 0.6 });
  s.rect(lx + u * 0.5, py - u * 6, u * 6.5, u * 6, s.p.metal, { rx: u * 0.6 });
  for (const kx of [-6, 4]) s.circle(lx + u * kx, py + u * 3, u * 1.4, s.p.ink);
}

/** A railing along y (posts and two rails). */
function railing(s: Svg, y: number, height: number): void {
  const u = s.u;
  for (let x = u * 2; x < s.w; x += u * 12) s.rect(x, y - height, u * 1.2, height, s.p.paper, { rx: u * 0.4, strokeScale: 0.6 });
  s.rect(0, y - height - u * 0.6, s.w, u * 1.4, s.p.paper, { rx: u * 0.6 });
  s.rect(0, y - height * 0.45, s.w, u, s.p.paper, { rx: u * 0.5, strokeScale: 0.6 });
}

/** At sea, on deck: the sea to the horizon beyond the railing, deck cargo and a lifebuoy. */
export function shipAtSea(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  const seaY = floorY - u * 26;
  sky(s, seaY + u, s.p.skyTop, s.p.outline ? s.p.skyBottom : '#fde9c8');
  sun(s, w * 0.72, seaY * 0.5, u * 7);
  cloud(s, w * 0.22, seaY * 0.35, u * 9);
  cloud(s, w * 0.55, seaY * 0.2, u * 5, 0.8);
  gulls(s, w * 0.4, seaY * 0.6, u * 1.6);
  s.rect(0, seaY, w, floorY - seaY, s.gradient([[0, s.p.water], [1, s.p.waterDeep]]), { stroke: false });
  for (let i = 0; i < 3; i++) waves(s, seaY + u * (4 + i * 7), u * (2 + i), s.p.foam, 0.45, u * i * 3);
  // A ship far away on the horizon.
  ship(s, w * 0.86, seaY + u * 1.5, u * 16);
  // The deck.
  s.rect(0, floorY - u * 2, w, h - floorY + u * 2, s.p.outline ? s.p.metal : '#8fa3b3', { stroke: false });
  for (let y = floorY + u * 4; y < h; y += u * 7) s.line(0, y, w, y, s.p.metalDark, Math.max(1, u * 0.3), { opacity: 0.5 });
  s.rect(0, floorY - u * 2, w, u * 2, s.p.red, { stroke: false });
  railing(s, floorY - u * 2, u * 12);
  // Lifebuoy on the railing.
  const lx = w * 0.36;
  s.circle(lx, floorY - u * 9, u * 5, s.p.coral);
  s.circle(lx, floorY - u * 9, u * 2.6, s.p.outline ? s.p.metal : '#8fa3b3');
  for (const a of [0.8, 2.4, 3.9, 5.5]) s.line(lx + Math.cos(a) * u * 2.8, floorY - u * 9 + Math.sin(a) * u * 2.8, lx + Math.cos(a) * u * 4.8, floorY - u * 9 + Math.sin(a) * u * 4.8, s.p.paper, u * 1.6, { cap: 'butt' });
  // Deck cargo: containers lashed on the right.
  const colors = [s.p.teal, s.p.coral, s.p.yellow, s.p.blue];
  const cw = u * 18;
  const ch = u * 8;
  const x0 = Math.max(w * 0.55, w - cw * 2.2);
  for (let c = 0; c < 2; c++) for (let r = 0; r < 2 - c; r++) container(s, x0 + c * (cw + u), floorY + u * 8 - r * ch, cw, ch, colors[(c * 2 + r) % colors.length] as string);
}

/** In flight, inside the cargo plane: round windows onto the clouds, cargo containers under a net. */
export function planeInFlight(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  // Cabin wall with a curved ceiling.
  s.rect(0, 0, w, h, s.p.outline ? s.p.wall : '#e9edf2', { stroke: false });
  s.path(d().M(0, 0).H(w).V(u * 10).Q(w / 2, -u * 2, 0, u * 10).Z().toString(), s.p.outline ? s.p.wallShade : '#d5dce5', { stroke: false });
  s.rect(0, floorY - u * 16, w, u * 2, s.p.outline ? s.p.wallShade : '#d5dce5', { stroke: false });
  // Windows onto the clouds.
  const ww = u * 10;
  const wh = u * 14;
  for (let x = u * 14; x < w - u * 6; x += u * 22) {
    const y = floorY - u * 44;
    s.rect(x - u, y - u, ww + u * 2, wh + u * 2, s.p.metal, { rx: ww * 0.55 });
    s.rect(x, y, ww, wh, s.gradient([[0, s.p.outline ? s.p.skyTop : '#5aa9e6'], [1, s.p.skyBottom]]), { rx: ww * 0.5, stroke: false });
    s.ellipse(x + ww / 2, y + wh * 0.82, ww * 0.42, wh * 0.12, s.p.cloud, { stroke: false });
    s.circle(x + ww * 0.35, y + wh * 0.72, ww * 0.2, s.p.cloud, { stroke: false });
  }
  // Floor.
  s.rect(0, floorY, w, h - floorY, s.p.outline ? s.p.floor : '#7d8a99', { stroke: false });
  for (let x = -u * 4; x < w; x += u * 9) s.line(x, floorY, x - u * 5, h, s.p.ink, Math.max(1, u * 0.25), { opacity: 0.15 });
  s.rect(0, floorY - u * 1.5, w, u * 1.8, s.p.metalDark, { stroke: false });
  // Cargo containers (ULDs) under a net on the right.
  const ux = Math.max(w * 0.55, w - u * 40);
  for (let i = 0; i < 2; i++) {
    const x = ux + i * u * 19;
    if (x + u * 17 > w + u * 8) break;
    s.path(d().M(x, floorY + u * 6).V(floorY - u * 14).H(x + u * 13).L(x + u * 17, floorY - u * 8).V(floorY + u * 6).Z().toString(), s.p.metal);
    s.rect(x + u * 2, floorY - u * 10, u * 9, u * 8, s.p.metalDark, { stroke: false, opacity: 0.25 });
    for (let k = 1; k < 4; k++) s.line(x + (u * 17 * k) / 4, floorY - u * 14, x + (u * 17 * k) / 4, floorY + u * 6, s.p.orange, Math.max(1, u * 0.4), { opacity: 0.9 });
    s.line(x, floorY - u * 4, x + u * 17, floorY - u * 4, s.p.orange, Math.max(1, u * 0.4), { opacity: 0.9 });
  }
}

/** The buyer's warehouse: high racks of pallets, a roller door, safety lines and a forklift. */
export function warehouse(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  wall(s, floorY, '#e4e8ee', '#d4dae3');
  floor(s, floorY, s.p.concrete, s.p.metal);
  s.rect(0, floorY + (h - floorY) * 0.35, w, u * 1.2, s.p.yellow, { stroke: false });
  // Roller door with daylight and a lorry outside.
  const dw = Math.min(w * 0.34, u * 34);
  const dx = w * 0.5 - dw / 2;
  s.rect(dx - u * 1.5, floorY - u * 40, dw + u * 3, u * 40, s.p.metalDark);
  s.rect(dx, floorY - u * 38, dw, u * 38, s.gradient([[0, s.p.skyTop], [1, s.p.skyBottom]]), { stroke: false });
  truck(s, dx + dw * 0.55, floorY - u * 1, dw * 0.9, s.p.coral);
  s.rect(dx, floorY - u * 38, dw, u * 12, s.p.metal, { stroke: false });
  for (let y = floorY - u * 38; y < floorY - u * 26; y += u * 2) s.line(dx, y, dx + dw, y, s.p.metalDark, Math.max(1, u * 0.3), { opacity: 0.6 });
  // Racks on both sides.
  const rack = (x0: number, x1: number) => {
    if (x1 - x0 < u * 18) return;
    for (let level = 0; level < 3; level++) {
      const y = floorY + u * 2 - level * u * 17;
      s.rect(x0, y, x1 - x0, u * 1.6, s.p.orange, { stroke: false });
      for (let x = x0 + u * 10; x < x1 - u * 8; x += u * 20) palletLoad(s, x, y, u * 14);
    }
    for (const px of [x0, x1 - u * 1.6]) s.rect(px, floorY + u * 3.6 - u * 51, u * 1.6, u * 51, s.p.blue, { stroke: false });
  };
  rack(u * 2, dx - u * 4);
  rack(dx + dw + u * 4, w - u * 2);
  // Forklift.
  const fx = w * 0.62;
  const fy = floorY + u * 14;
  shadow(s, fx, fy, u * 11);
  s.rect(fx - u * 9, fy - u * 9, u * 13, u * 7, s.p.yellow, { rx: u });
  s.rect(fx - u * 6, fy - u * 17, u * 1.2, u * 8, s.p.ink, { stroke: false });
  s.rect(fx - u * 6, fy - u * 17, u * 8, u * 1.2, s.p.ink, { stroke: false });
  s.rect(fx + u * 4, fy - u * 20, u * 1.6, u * 18, s.p.metalDark);
  s.rect(fx + u * 5.6, fy - u * 3, u * 7, u * 1, s.p.metalDark, { stroke: false });
  for (const wx of [-6, 1.5]) s.circle(fx + u * wx, fy - u * 1.5, u * 2.2, s.p.ink);
}
