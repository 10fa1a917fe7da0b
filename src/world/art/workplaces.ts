/** Workplace backdrops: software studio, packhouse, cold store, customs office, courier hub and trade fair. */
import type { Frame } from '../layout';
import { box, clock, floor, plant, shadow, wall, windowView } from './parts';
import { d, type Svg } from './svg';
import { van } from './vehicles';

/** A monitor on a stand with lines of code; (x, y) is the bottom of the stand. */
function monitor(s: Svg, x: number, y: number, w: number): void {
  const u = s.u;
  const h = w * 0.62;
  s.rect(x - u * 0.8, y - u * 3.5, u * 1.6, u * 3.5, s.p.metalDark, { stroke: false });
  s.rect(x - w * 0.22, y - u * 0.9, w * 0.44, u * 0.9, s.p.metalDark, { rx: u * 0.4, stroke: false });
  s.rect(x - w / 2, y - u * 3.5 - h, w, h, s.p.ink, { rx: u * 0.8 });
  s.rect(x - w / 2 + u, y - u * 2.5 - h, w - u * 2, h - u * 2, s.p.outline ? s.p.navy : '#23324a', { rx: u * 0.4, stroke: false });
  const colours = [s.p.teal, s.p.yellow, s.p.coral, s.p.purple, s.p.green];
  for (let i = 0; i < 6; i++) {
    const ly = y - u * 1.6 - h + u * (1.6 + i * 1.6);
    if (ly > y - u * 4.5) break;
    const indent = ((i * 3) % 4) * u * 1.4;
    s.rect(x - w / 2 + u * 2.2 + indent, ly, (w - u * 6) * (0.3 + ((i * 7) % 5) * 0.12), u * 0.7, colours[i % colours.length] as string, { rx: u * 0.3, stroke: false });
  }
}

/** A board of sticky notes in three columns (a kanban board). */
function kanban(s: Svg, x: number, y: number, w: number, h: number): void {
  const u = s.u;
  s.rect(x, y, w, h, s.p.paper, { rx: u * 0.6 });
  const cols = 3;
  const notes = [s.p.yellow, s.p.coral, s.p.teal, '#9fd9f2', s.p.yellow, '#c8b6ef'];
  for (let c = 0; c < cols; c++) {
    const cx = x + (w * c) / cols;
    if (c > 0) s.line(cx, y + u, cx, y + h - u, s.p.metal, Math.max(1, u * 0.3));
    s.rect(cx + u * 1.2, y + u * 1.2, w / cols - u * 2.4, u * 1.2, s.p.metalDark, { stroke: false, opacity: 0.5 });
    for (let k = 0; k < 3 - c; k++) {
      const nx = cx + u * 1.4 + (k % 2) * u * 1.2;
      const ny = y + u * 3.6 + k * (h - u * 5) / 3;
      s.rect(nx, ny, w / cols - u * 3.6, (h - u * 6) / 3.4, notes[(c * 2 + k) % notes.length] as string, { strokeScale: 0.4, transform: `rotate(${(k % 2 ? 3 : -2)} ${nx} ${ny})` });
    }
  }
}

/** A pendant lamp hanging from the ceiling to y. */
function pendant(s: Svg, x: number, y: number, size: number, colour: string): void {
  s.line(x, 0, x, y - size * 0.6, s.p.ink, Math.max(1, s.u * 0.25));
  s.path(d().M(x - size, y).Q(x, y - size * 1.5, x + size, y).Z().toString(), colour);
  if (!s.p.outline) s.ellipse(x, y + size * 0.1, size * 0.55, size * 0.18, s.p.sun, { stroke: false, opacity: 0.8 });
}

/** Software studio: a kanban board, a big window, pendant lamps, a desk with two monitors and a plant. */
export function studio(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY, s.p.outline ? s.p.wall : '#eef1f7', s.p.outline ? s.p.wallShade : '#e1e6f0');
  s.rect(0, floorY - u * 20, w, u * 20, s.p.outline ? s.p.wallShade : '#dfe7f3', { stroke: false });
  floor(s, floorY, s.p.outline ? s.p.floor : '#c9b79c', s.p.outline ? s.p.floorShade : '#b5a083');
  windowView(s, w * 0.3, floorY - u * 52, u * 24, u * 26, true);
  if (w > u * 60) kanban(s, w * 0.3 + u * 30, floorY - u * 50, u * 26, u * 22);
  pendant(s, w * 0.5, floorY - u * 44, u * 3.5, s.p.coral);
  if (w > u * 80) pendant(s, w * 0.82, floorY - u * 46, u * 3.5, s.p.teal);
  // Desk with two monitors, a keyboard and a mug.
  const dx = w * 0.66;
  const dw = Math.min(w * 0.5, u * 46);
  const top = floorY + u * 2;
  shadow(s, dx, floorY + u * 12, dw * 0.55);
  for (const lx of [-0.44, 0.4]) s.rect(dx + dw * lx, top, u * 1.6, u * 10, s.p.metalDark, { stroke: false });
  s.rect(dx - dw / 2, top - u * 1.6, dw, u * 2, s.p.outline ? s.p.wood : '#f4f1ea', { rx: u * 0.6 });
  monitor(s, dx - dw * 0.2, top - u * 1.6, u * 17);
  monitor(s, dx + dw * 0.2, top - u * 1.6, u * 17);
  s.rect(dx - u * 7, top - u * 2.6, u * 14, u * 1.2, s.p.metal, { rx: u * 0.4 });
  s.rect(dx + dw * 0.4, top - u * 4.6, u * 3, u * 3, s.p.yellow, { rx: u * 0.6 });
  // A low cabinet with books and a speaker, and a plant.
  plant(s, w * 0.94, floorY + u * 8, u * 12);
  const cx = w * 0.06;
  s.rect(cx, floorY - u * 8, u * 18, u * 12, s.p.wood, { rx: u * 0.6 });
  s.line(cx + u * 9, floorY - u * 7, cx + u * 9, floorY + u * 3, s.p.woodDark, Math.max(1, u * 0.3));
  [s.p.coral, s.p.navy, s.p.yellow].forEach((c, i) => s.rect(cx + u * (2 + i * 2), floorY - u * 14, u * 1.8, u * 6, c, { rx: u * 0.3, strokeScale: 0.5 }));
  s.rect(cx + u * 11, floorY - u * 13, u * 5, u * 5, s.p.ink, { rx: u * 0.8 });
  s.circle(cx + u * 13.5, floorY - u * 10.5, u * 1.4, s.p.metalDark, { stroke: false });
}

/** Packhouse: a grading line with a conveyor of produce crates, scales, stacks of packed cartons, a roll-up door. */
export function packhouse(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  wall(s, floorY, s.p.outline ? s.p.wall : '#f1ede2', s.p.outline ? s.p.wallShade : '#e4ddcc');
  floor(s, floorY, s.p.concrete, s.p.metal);
  s.rect(0, floorY + (h - floorY) * 0.5, w, u, s.p.green, { stroke: false });
  // Roll-up door with daylight and a field beyond.
  const dx = w * 0.24;
  const dw = u * 24;
  s.rect(dx - u, floorY - u * 36, dw + u * 2, u * 36, s.p.metalDark);
  s.rect(dx, floorY - u * 34, dw, u * 34, s.gradient([[0, s.p.skyTop], [1, s.p.skyBottom]]), { stroke: false });
  s.rect(dx, floorY - u * 10, dw, u * 10, s.p.grass, { stroke: false });
  for (let i = 0; i < 4; i++) s.rect(dx + i * u * 6, floorY - u * 9 + (i % 2) * u, u * 5, u * 1.2, s.p.field, { stroke: false });
  s.rect(dx, floorY - u * 34, dw, u * 8, s.p.metal, { stroke: false });
  // Hanging lamps.
  for (const lx of [0.55, 0.8]) pendant(s, w * lx, floorY - u * 46, u * 4, s.p.green);
  // The grading line: a conveyor on legs with crates of produce.
  const cx0 = w * 0.42;
  const cx1 = w - u * 4;
  const cy = floorY - u * 2;
  if (cx1 - cx0 > u * 20) {
    for (let x = cx0 + u * 2; x < cx1; x += u * 12) s.rect(x, cy, u * 1.4, u * 12, s.p.metalDark, { stroke: false });
    s.rect(cx0, cy - u * 2.4, cx1 - cx0, u * 2.4, s.p.ink, { rx: u * 1.2 });
    for (let x = cx0 + u * 1.5; x < cx1 - u; x += u * 3) s.circle(x, cy - u * 1.2, u * 0.6, s.p.metal, { stroke: false });
    const fruit = [s.p.coral, s.p.red, s.p.yellow, s.p.green];
    for (let x = cx0 + u * 3, i = 0; x < cx1 - u * 10; x += u * 13, i++) {
      s.rect(x, cy - u * 7.4, u * 10, u * 5, s.p.wood, { rx: u * 0.4 });
      for (let k = 0; k < 4; k++) s.circle(x + u * (1.8 + k * 2.2), cy - u * 7.6, u * 1.3, fruit[(i + k) % fruit.length] as string, { strokeScale: 0.4 });
    }
  }
  // Packed cartons stacked on a pallet at the side.
  const px = w * 0.1;
  s.rect(px - u * 9, floorY + u * 6, u * 18, u * 1.6, s.p.wood, { rx: u * 0.3 });
  for (let r = 0; r < 3; r++) for (let c = 0; c < 2; c++) box(s, px - u * 4 + c * u * 8.4, floorY + u * 6 - r * u * 6.4, u * 8, u * 6.2, r % 2 ? '#cf9a5e' : '#d9a86c');
  // Scales with a crate on the floor in front.
  const sx = w * 0.62;
  shadow(s, sx, floorY + u * 14, u * 7);
  s.rect(sx - u * 6, floorY + u * 11, u * 12, u * 2.6, s.p.metal, { rx: u * 0.5 });
  s.rect(sx - u * 2, floorY + u * 13.6, u * 4, u * 1.6, s.p.teal, { rx: u * 0.3, stroke: false });
  box(s, sx, floorY + u * 11, u * 10, u * 7, '#e0b57c');
}

/** Cold store: insulated panels with frost, a thick door with a strip curtain, a thermometer, racks of cold boxes. */
export function coldStore(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  const panel = s.p.outline ? s.p.wall : '#e3f1f8';
  wall(s, floorY, panel, s.p.outline ? s.p.wallShade : '#d0e6f2');
  for (let x = u * 8; x < w; x += u * 12) s.line(x, 0, x, floorY, s.p.outline ? s.p.metal : '#c2dbe9', Math.max(1, u * 0.35));
  floor(s, floorY, s.p.outline ? s.p.concrete : '#cfdce6', s.p.outline ? s.p.metal : '#b8c9d6');
  s.rect(0, floorY + (h - floorY) * 0.4, w, u * 1.2, s.p.yellow, { stroke: false });
  // Frost along the ceiling.
  for (let x = 0; x < w; x += u * 5) s.path(d().M(x, u * 4.6).Q(x + u * 1.2, u * 7 + ((x / u) % 3) * u, x + u * 2.5, u * 4.6).Z().toString(), '#ffffff', { stroke: false, opacity: 0.9 });
  s.rect(0, 0, w, u * 4.8, '#ffffff', { stroke: false, opacity: 0.85 });
  // Insulated door with a strip curtain.
  const dx = w * 0.3;
  const dw = u * 20;
  s.rect(dx - u * 2, floorY - u * 34, dw + u * 4, u * 34, s.p.metalDark);
  s.rect(dx, floorY - u * 32, dw, u * 32, s.p.outline ? s.p.navy : '#5b7a94', { stroke: false });
  for (let x = dx + u; x < dx + dw - u; x += u * 3) s.rect(x, floorY - u * 31, u * 2.6, u * 31, '#e6f4fb', { stroke: false, opacity: 0.55 });
  // Thermometer display with a snowflake.
  const tx = dx + dw + u * 8;
  s.rect(tx - u * 5, floorY - u * 44, u * 10, u * 8, s.p.ink, { rx: u });
  for (const k of [0, 1]) s.rect(tx - u * 3 + k * u * 3.4, floorY - u * 42, u * 2.4, u * 4, s.p.teal, { rx: u * 0.3, stroke: false });
  const fx = tx - u * 10;
  const fy = floorY - u * 40;
  for (let a = 0; a < 3; a++) {
    const ang = (a * Math.PI) / 3;
    s.line(fx - Math.cos(ang) * u * 3, fy - Math.sin(ang) * u * 3, fx + Math.cos(ang) * u * 3, fy + Math.sin(ang) * u * 3, s.p.blue, Math.max(1.5, u * 0.7));
  }
  // Racks of cold boxes.
  const rx0 = Math.max(w * 0.56, dx + dw + u * 18);
  if (w - rx0 > u * 16) {
    for (let level = 0; level < 3; level++) {
      const y = floorY + u * 4 - level * u * 15;
      s.rect(rx0, y, w - rx0 - u * 2, u * 1.4, s.p.blue, { stroke: false });
      for (let x = rx0 + u * 2; x < w - u * 12; x += u * 11) {
        s.rect(x, y - u * 8, u * 10, u * 8, '#f7fbfd', { rx: u * 0.6 });
        s.rect(x, y - u * 8, u * 10, u * 1.6, s.p.teal, { stroke: false });
        s.circle(x + u * 5, y - u * 3.6, u * 1.4, s.p.coral, { stroke: false, opacity: 0.8 });
      }
    }
    for (const px of [rx0, w - u * 3.4]) s.rect(px, floorY + u * 5 - u * 46, u * 1.4, u * 46, s.p.metalDark, { stroke: false });
  }
  // A pallet jack with boxes near the door.
  box(s, dx + dw / 2, floorY + u * 10, u * 10, u * 7, '#f7fbfd');
  s.rect(dx + dw / 2 - u * 7, floorY + u * 10, u * 14, u * 1.6, s.p.red, { rx: u * 0.4 });
}

/** Customs office: a counter with a glass screen, stamps and forms, a queue display, filing cabinets and an emblem. */
export function customsOffice(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY, s.p.outline ? s.p.wall : '#eef0e8', s.p.outline ? s.p.wallShade : '#e0e4d6');
  s.rect(0, floorY - u * 16, w, u * 16, s.p.outline ? s.p.wallShade : '#d6dccb', { stroke: false });
  floor(s, floorY, s.p.outline ? s.p.floor : '#c9c3b3', s.p.outline ? s.p.floorShade : '#b4ad9b');
  // The emblem: a shield with a key and a stamp mark.
  const ex = w * 0.5;
  const ey = floorY - u * 48;
  s.path(d().M(ex - u * 6, ey - u * 6).H(ex + u * 6).V(ey + u * 1).Q(ex + u * 6, ey + u * 7, ex, ey + u * 9).Q(ex - u * 6, ey + u * 7, ex - u * 6, ey + u * 1).Z().toString(), s.p.navy);
  s.circle(ex, ey - u * 1.5, u * 2, s.p.yellow, { stroke: false });
  s.rect(ex - u * 0.6, ey - u * 1, u * 1.2, u * 6, s.p.yellow, { stroke: false });
  s.rect(ex, ey + u * 3, u * 2, u * 1, s.p.yellow, { stroke: false });
  // A queue-number display.
  const qx = w * 0.3;
  s.rect(qx - u * 7, floorY - u * 52, u * 14, u * 8, s.p.ink, { rx: u });
  for (let k = 0; k < 3; k++) s.rect(qx - u * 5 + k * u * 3.6, floorY - u * 50, u * 2.6, u * 4, s.p.red, { rx: u * 0.3, stroke: false });
  // Filing cabinets.
  const fx = w * 0.88;
  for (let i = 0; i < 2; i++) {
    const x = fx - u * 8 + i * u * 9;
    if (x + u * 8 > w) break;
    s.rect(x, floorY - u * 28, u * 8, u * 30, s.p.metal);
    for (let k = 0; k < 4; k++) {
      s.rect(x + u * 0.8, floorY - u * 27 + k * u * 7.4, u * 6.4, u * 6.4, s.p.metal, { strokeScale: 0.5 });
      s.rect(x + u * 3, floorY - u * 24.5 + k * u * 7.4, u * 2, u * 0.8, s.p.metalDark, { stroke: false });
    }
  }
  // The counter with a glass screen.
  const cx = w * 0.6;
  const cw = Math.min(w * 0.6, u * 56);
  const top = floorY - u * 2;
  s.rect(cx - cw / 2, top - u * 24, cw, u * 22, s.p.glass, { stroke: false, opacity: 0.5 });
  for (let k = 0; k <= 2; k++) s.rect(cx - cw / 2 + (cw * k) / 2 - u * 0.5, top - u * 24, u, u * 22, s.p.metalDark, { stroke: false });
  s.rect(cx - cw / 2 - u, top - u * 25, cw + u * 2, u * 1.6, s.p.metalDark, { rx: u * 0.4 });
  shadow(s, cx, floorY + u * 14, cw * 0.55);
  s.rect(cx - cw / 2, top, cw, u * 14, s.p.navy, { rx: u * 0.6 });
  s.rect(cx - cw / 2, top + u * 3, cw, u * 1.2, s.p.yellow, { stroke: false });
  s.rect(cx - cw / 2 - u, top - u * 1.5, cw + u * 2, u * 2, s.p.wood, { rx: u * 0.5 });
  // Forms, a stamp and its pad on the counter.
  s.rect(cx - cw * 0.34, top - u * 2.5, u * 10, u * 1.4, s.p.paper, { strokeScale: 0.5, transform: `rotate(-4 ${cx - cw * 0.3} ${top - u * 2})` });
  s.rect(cx - cw * 0.34 + u, top - u * 3.6, u * 10, u * 1.2, '#fff3c4', { strokeScale: 0.5 });
  const sx = cx + cw * 0.18;
  s.rect(sx - u * 2.5, top - u * 2.4, u * 5, u * 1.2, s.p.red, { rx: u * 0.3 });
  s.rect(sx - u * 0.8, top - u * 6, u * 1.6, u * 3.6, s.p.woodDark, { rx: u * 0.4 });
  s.circle(sx, top - u * 6.6, u * 1.6, s.p.woodDark);
  s.rect(sx + u * 4, top - u * 2.2, u * 5, u * 1, s.p.ink, { rx: u * 0.3 });
  clock(s, w * 0.74, floorY - u * 52, u * 3.6);
  // Rope barriers for the queue.
  for (const bx of [w * 0.06, w * 0.22]) {
    s.rect(bx - u * 0.6, floorY + u * 2, u * 1.2, u * 10, s.p.metalDark, { stroke: false });
    s.circle(bx, floorY + u * 2, u * 1.2, s.p.yellow);
  }
  s.strokePath(d().M(w * 0.06, floorY + u * 3).Q(w * 0.14, floorY + u * 7, w * 0.22, floorY + u * 3).toString(), s.p.red, u * 0.9);
}

/** Courier hub: a sorting belt of parcels, chutes, a scanner arch, parcel cages and a van at a loading bay. */
export function courierHub(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  wall(s, floorY, s.p.outline ? s.p.wall : '#ece9f4', s.p.outline ? s.p.wallShade : '#ddd8ea');
  floor(s, floorY, s.p.concrete, s.p.metal);
  s.rect(0, floorY + (h - floorY) * 0.45, w, u * 1.2, s.p.yellow, { stroke: false });
  // Loading bay with a van backed in.
  const bx = w * 0.22;
  const bw = u * 26;
  s.rect(bx - u, floorY - u * 30, bw + u * 2, u * 30, s.p.metalDark);
  s.rect(bx, floorY - u * 28, bw, u * 28, s.gradient([[0, s.p.skyTop], [1, s.p.skyBottom]]), { stroke: false });
  van(s, bx + bw / 2, floorY - u * 1, bw * 0.86, 'courier');
  s.rect(bx, floorY - u * 28, bw, u * 6, s.p.metal, { stroke: false });
  // Overhead signs with arrows.
  for (const [sx, c] of [[0.5, s.p.purple], [0.78, s.p.teal]] as const) {
    const x = w * sx;
    s.line(x, 0, x, floorY - u * 50, s.p.ink, Math.max(1, u * 0.25));
    s.rect(x - u * 6, floorY - u * 50, u * 12, u * 5, c, { rx: u * 0.6 });
    s.path(d().M(x - u * 3, floorY - u * 47.5).H(x + u * 1.5).V(floorY - u * 49).L(x + u * 3.6, floorY - u * 47.5).L(x + u * 1.5, floorY - u * 46).V(floorY - u * 47.5).Z().toString(), s.p.paper, { stroke: false });
  }
  // The sorting belt with parcels and a scanner arch.
  const x0 = w * 0.44;
  const x1 = w - u * 2;
  const y = floorY - u * 6;
  if (x1 - x0 > u * 20) {
    for (let x = x0 + u * 2; x < x1; x += u * 12) s.rect(x, y, u * 1.4, u * 12, s.p.metalDark, { stroke: false });
    s.rect(x0, y - u * 2.4, x1 - x0, u * 2.4, s.p.ink, { rx: u * 1.2 });
    const tones = ['#d9a86c', '#cf9a5e', '#e0b57c', s.p.paper];
    for (let x = x0 + u * 4, i = 0; x < x1 - u * 6; x += u * 9, i++) box(s, x, y - u * 2.4, u * (6 + (i % 3)), u * (4 + (i % 2) * 2), tones[i % tones.length]);
    const ax = x0 + (x1 - x0) * 0.55;
    s.path(d().M(ax - u * 6, y).V(y - u * 14).Q(ax, y - u * 19, ax + u * 6, y - u * 14).V(y).H(ax + u * 4).V(y - u * 13).Q(ax, y - u * 16, ax - u * 4, y - u * 13).V(y).Z().toString(), s.p.purple);
    s.rect(ax - u * 1.6, y - u * 17, u * 3.2, u * 1.4, s.p.red, { rx: u * 0.4, stroke: false });
  }
  // Parcel cages on wheels.
  const gx = w * 0.08;
  s.rect(gx - u * 6, floorY + u * 2, u * 12, u * 14, s.p.metal, { rx: u * 0.4, opacity: 0.4 });
  box(s, gx - u * 2, floorY + u * 15, u * 6, u * 5);
  box(s, gx + u * 3, floorY + u * 15, u * 5, u * 6, '#cf9a5e');
  box(s, gx, floorY + u * 10, u * 7, u * 4, '#e0b57c');
  for (let x = gx - u * 6; x <= gx + u * 6; x += u * 3) s.line(x, floorY + u * 2, x, floorY + u * 16, s.p.metalDark, Math.max(1, u * 0.3));
  s.rect(gx - u * 6, floorY + u * 2, u * 12, u * 14, 'none', { rx: u * 0.4 });
  for (const k of [-4, 4]) s.circle(gx + u * k, floorY + u * 17, u * 1.2, s.p.ink);
}

/** Trade fair: a hall with a ceiling truss, hanging banners, spotlights and colourful booths with products on show. */
export function tradeFair(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  s.rect(0, 0, w, floorY, s.p.outline ? s.p.wall : '#2f3f5c', { stroke: false });
  if (!s.p.outline) for (let i = 0; i < 4; i++) s.circle(w * (0.2 + i * 0.25), floorY * 0.45, u * 14, s.radial([[0, '#ffffff', 0.14], [1, '#ffffff', 0]]), { stroke: false });
  // The truss.
  const ty = u * 8;
  s.rect(0, ty, w, u * 1, s.p.metal, { stroke: false });
  s.rect(0, ty + u * 4, w, u * 1, s.p.metal, { stroke: false });
  for (let x = 0; x < w; x += u * 4) s.line(x, ty + u, x + u * 4, ty + u * 4, s.p.metal, Math.max(1, u * 0.3));
  // Hanging banners.
  const colours = [s.p.coral, s.p.teal, s.p.yellow, s.p.purple, s.p.orange, s.p.blue];
  for (let i = 0, x = u * 6; x < w - u * 6; i++, x += u * 22) {
    s.line(x + u * 4, ty + u * 5, x + u * 4, ty + u * 9, s.p.metal, Math.max(1, u * 0.3));
    s.path(d().M(x, ty + u * 9).H(x + u * 8).V(ty + u * 22).L(x + u * 4, ty + u * 19).L(x, ty + u * 22).Z().toString(), colours[i % colours.length] as string);
    s.circle(x + u * 4, ty + u * 13.5, u * 2, s.p.paper, { stroke: false, opacity: 0.85 });
  }
  // Carpet.
  s.rect(0, floorY, w, h - floorY, s.p.outline ? s.p.floor : '#b8475a', { stroke: false });
  s.rect(0, floorY, w, u * 1.4, s.p.outline ? s.p.floorShade : '#963a4a', { stroke: false });
  // Booths along the back.
  const boothW = u * 28;
  for (let i = 0, x = -u * 2; x < w; i++, x += boothW + u * 2) {
    const c = colours[(i + 1) % colours.length] as string;
    const top = floorY - u * 30;
    s.rect(x, top, boothW, u * 30, s.p.paper);
    s.rect(x, top, boothW, u * 6, c);
    s.rect(x + u * 3, top + u * 1.8, boothW * 0.5, u * 2.4, s.p.paper, { rx: u * 0.4, stroke: false, opacity: 0.9 });
    // A display shelf with products.
    s.rect(x + u * 3, top + u * 13, boothW - u * 6, u * 1.2, s.p.woodDark, { stroke: false });
    for (let k = 0; k < 4; k++) s.rect(x + u * (4.5 + k * 5.4), top + u * 8.6, u * 3.6, u * 4.4, colours[(i + k + 2) % colours.length] as string, { rx: u * 0.6, strokeScale: 0.5 });
    // A counter.
    s.rect(x + u * 4, floorY - u * 11, boothW - u * 8, u * 11, c, { rx: u * 0.6 });
    s.rect(x + u * 3, floorY - u * 12.4, boothW - u * 6, u * 1.8, s.p.paper, { rx: u * 0.5 });
  }
  // A pull-up banner and a round table with brochures in front.
  const px = w * 0.88;
  s.rect(px - u * 5, floorY - u * 26, u * 10, u * 34, s.p.teal);
  s.circle(px, floorY - u * 16, u * 3.4, s.p.yellow, { stroke: false });
  s.rect(px - u * 3.5, floorY - u * 8, u * 7, u * 1, s.p.paper, { stroke: false });
  s.rect(px - u * 6, floorY + u * 8, u * 12, u * 1.6, s.p.metalDark, { rx: u * 0.5 });
  const tx = w * 0.6;
  shadow(s, tx, floorY + u * 14, u * 9);
  s.rect(tx - u * 0.8, floorY + u * 4, u * 1.6, u * 10, s.p.metalDark, { stroke: false });
  s.ellipse(tx, floorY + u * 4, u * 8, u * 2, s.p.paper);
  s.rect(tx - u * 4, floorY + u * 2, u * 3.4, u * 1.2, s.p.coral, { strokeScale: 0.4 });
  s.rect(tx + u * 0.6, floorY + u * 1.6, u * 3.4, u * 1.6, s.p.teal, { strokeScale: 0.4 });
}
