/** Indoor backdrops: office, workshop, bank, lab (certifier) and post office. */
import type { Frame } from '../layout';
import { box, clock, floor, plant, shadow, wall, windowView } from './parts';
import { d, type Svg } from './svg';

/** A bookshelf with coloured binders, standing on y. */
function bookshelf(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x, y - h, w, h, s.p.woodDark, { rx: s.u * 0.6 });
  const shelves = 3;
  const colors = [s.p.coral, s.p.teal, s.p.yellow, s.p.navy, s.p.purple, s.p.blue, s.p.orange];
  for (let i = 0; i < shelves; i++) {
    const top = y - h + s.u + (i * (h - s.u)) / shelves;
    const sh = (h - s.u) / shelves - s.u;
    s.rect(x + s.u, top, w - 2 * s.u, sh, s.p.wood, { stroke: false });
    let bx = x + s.u * 1.6;
    for (let k = 0; bx < x + w - s.u * 4; k++) {
      const bw = s.u * (1.6 + ((k * 7 + i * 3) % 3) * 0.5);
      const bh = sh * (0.7 + ((k * 5 + i) % 3) * 0.1);
      s.rect(bx, top + sh - bh, bw, bh, colors[(k + i * 2) % colors.length] as string, { rx: s.u * 0.2, strokeScale: 0.5 });
      bx += bw + s.u * 0.3;
    }
  }
}

/** A desk with a laptop and a mug; y is where its legs stand. */
function desk(s: Svg, x: number, y: number, w: number): void {
  const u = s.u;
  const top = y - u * 17;
  shadow(s, x, y, w * 0.55);
  s.rect(x - w / 2 + u, top, u * 1.6, y - top, s.p.woodDark, { stroke: false });
  s.rect(x + w / 2 - u * 2.6, top, u * 1.6, y - top, s.p.woodDark, { stroke: false });
  s.rect(x + w * 0.12, top + u * 2, w * 0.34, u * 11, s.p.wood, { rx: u * 0.5 });
  s.rect(x + w * 0.27, top + u * 6, u * 3, u * 0.8, s.p.woodDark, { stroke: false });
  s.rect(x - w / 2, top - u * 2, w, u * 2.4, s.p.wood, { rx: u * 0.6 });
  // Laptop.
  const lx = x - w * 0.12;
  s.path(d().M(lx - u * 7, top - u * 2).L(lx - u * 5.5, top - u * 12).H(lx + u * 5.5).L(lx + u * 7, top - u * 2).Z().toString(), s.p.metalDark);
  s.path(d().M(lx - u * 5.4, top - u * 3.2).L(lx - u * 4.4, top - u * 11).H(lx + u * 4.4).L(lx + u * 5.4, top - u * 3.2).Z().toString(), s.p.teal, { stroke: false });
  s.rect(lx - u * 3, top - u * 9, u * 4, u * 0.8, s.p.paper, { stroke: false, opacity: 0.8 });
  s.rect(lx - u * 3, top - u * 7, u * 6, u * 0.8, s.p.paper, { stroke: false, opacity: 0.6 });
  s.rect(lx - u * 8.5, top - u * 2.6, u * 17, u * 1, s.p.metal, { rx: u * 0.4 });
  // Mug.
  const mx = x + w * 0.32;
  s.rect(mx - u * 1.6, top - u * 4.4, u * 3.2, u * 4.2, s.p.coral, { rx: u * 0.6 });
  s.strokePath(d().M(mx + u * 1.5, top - u * 3.4).Q(mx + u * 3.2, top - u * 2.4, mx + u * 1.5, top - u * 1.4).toString(), s.p.coral, u * 0.6);
}

/** A poster with a rising bar chart. */
function chartPoster(s: Svg, x: number, y: number, w: number, h: number): void {
  s.rect(x, y, w, h, s.p.paper, { rx: s.u * 0.6 });
  const bars = [s.p.teal, s.p.yellow, s.p.coral];
  const bw = w / 5;
  bars.forEach((c, i) => {
    const bh = h * (0.25 + i * 0.2);
    s.rect(x + bw * (0.8 + i * 1.2), y + h * 0.88 - bh, bw * 0.9, bh, c, { stroke: false });
  });
  s.line(x + w * 0.12, y + h * 0.88, x + w * 0.88, y + h * 0.88, s.p.ink, Math.max(1, s.u * 0.3));
}

/** Office: window onto the city, bookshelf, chart, clock, desk with a laptop, plant. */
export function office(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY);
  floor(s, floorY);
  windowView(s, w * 0.42 - u * 14, floorY - u * 50, u * 28, u * 30, true);
  if (w > u * 70) chartPoster(s, w * 0.62, floorY - u * 50, u * 14, u * 18);
  if (floorY - u * 61 >= (f.top ?? 0)) clock(s, w * 0.66 + (w > u * 70 ? u * 20 : 0), floorY - u * 56, u * 4); // only where it shows whole
  bookshelf(s, w - u * 22, floorY + u * 4, u * 18, u * 38);
  desk(s, w * 0.56, floorY + u * 10, u * 34);
  plant(s, w * 0.3, floorY + u * 6, u * 12);
}

/** A pegboard with tools. */
function pegboard(s: Svg, x: number, y: number, w: number, h: number): void {
  const u = s.u;
  s.rect(x, y, w, h, '#e2c49a', { rx: u * 0.6 });
  for (let px = x + u * 2; px < x + w - u; px += u * 3) for (let py = y + u * 2; py < y + h - u; py += u * 3) s.circle(px, py, u * 0.25, s.p.woodDark, { stroke: false, opacity: 0.5 });
  // Hammer.
  s.rect(x + w * 0.12, y + h * 0.2, u * 1.2, h * 0.6, s.p.woodDark, { rx: u * 0.4 });
  s.rect(x + w * 0.12 - u * 2, y + h * 0.16, u * 5.2, u * 2.4, s.p.metalDark, { rx: u * 0.4 });
  // Wrench.
  const wx = x + w * 0.36;
  s.rect(wx - u * 0.7, y + h * 0.25, u * 1.4, h * 0.55, s.p.metal);
  s.circle(wx, y + h * 0.22, u * 2, s.p.metal);
  s.rect(wx - u * 0.6, y + h * 0.14, u * 1.2, u * 2.4, '#e2c49a', { stroke: false });
  // Saw.
  const sx = x + w * 0.55;
  s.path(d().M(sx, y + h * 0.25).H(sx + w * 0.3).L(sx + w * 0.3, y + h * 0.42).L(sx, y + h * 0.5).Z().toString(), s.p.metal);
  s.rect(sx - u * 3, y + h * 0.22, u * 4, u * 5, s.p.coral, { rx: u });
  // Measuring tape.
  s.circle(x + w * 0.72, y + h * 0.74, u * 2.6, s.p.yellow);
  s.circle(x + w * 0.72, y + h * 0.74, u * 0.9, s.p.ink, { stroke: false });
}

/** Workshop: pegboard of tools, workbench with work in progress, shelves of boxes, hanging lamp. */
export function workshop(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY, '#dfeee6', '#cfe3d8');
  floor(s, floorY, s.p.concrete, s.p.metal);
  const bw = Math.min(w * 0.5, u * 44);
  const bx = w * 0.6;
  pegboard(s, bx - bw / 2, floorY - u * 48, bw, u * 22);
  // Lamp.
  s.line(bx, 0, bx, floorY - u * 56, s.p.ink, Math.max(1, u * 0.3));
  s.path(d().M(bx - u * 5, floorY - u * 52).Q(bx, floorY - u * 59, bx + u * 5, floorY - u * 52).Z().toString(), s.p.teal);
  if (!s.p.outline) s.path(d().M(bx - u * 5, floorY - u * 52).L(bx - bw * 0.5, floorY - u * 14).H(bx + bw * 0.5).L(bx + u * 5, floorY - u * 52).Z().toString(), s.p.sun, { stroke: false, opacity: 0.16 });
  // Workbench.
  const top = floorY - u * 8;
  shadow(s, bx, floorY + u * 9, bw * 0.55);
  for (const lx of [-0.45, 0.42]) s.rect(bx + bw * lx, top, u * 2, u * 17, s.p.woodDark, { stroke: false });
  s.rect(bx - bw / 2, top + u * 10, bw, u * 1.4, s.p.woodDark, { stroke: false });
  s.rect(bx - bw / 2 - u, top - u * 2.5, bw + u * 2, u * 3, s.p.wood, { rx: u * 0.5 });
  // Work in progress: a vase and a basket.
  s.path(d().M(bx - u * 10, top - u * 2.5).Q(bx - u * 14, top - u * 8, bx - u * 11, top - u * 12).H(bx - u * 7).Q(bx - u * 4, top - u * 8, bx - u * 8, top - u * 2.5).Z().toString(), s.p.coral);
  s.path(d().M(bx + u * 2, top - u * 2.5).L(bx + u * 1, top - u * 8).H(bx + u * 11).L(bx + u * 10, top - u * 2.5).Z().toString(), s.p.yellow);
  for (let i = 0; i < 3; i++) s.line(bx + u * 1.6, top - u * (4 + i * 1.5), bx + u * 10.4, top - u * (4 + i * 1.5), s.p.woodDark, Math.max(1, u * 0.3), { opacity: 0.6 });
  // Shelves of boxes at the side.
  const sx = w * 0.06;
  for (let i = 0; i < 3; i++) {
    const y = floorY - u * (6 + i * 14);
    s.rect(sx - u, y, u * 20, u * 1.4, s.p.woodDark, { stroke: false });
    box(s, sx + u * 4, y, u * 7, u * 6);
    if (i !== 1) box(s, sx + u * 12, y, u * 7, u * 8, '#cf9a5e');
  }
  box(s, w * 0.9, floorY + u * 8, u * 10, u * 9);
  box(s, w * 0.9 - u * 3, floorY + u * 8 - u * 9, u * 8, u * 7, '#e0b57c');
}

/** Bank: columns, a counter with teller windows, a round vault door and a coin sign. */
export function bank(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  wall(s, floorY, '#eef0f6', '#dfe3ee');
  // Checkered marble floor.
  s.rect(0, floorY, w, h - floorY, '#e6e0d4', { stroke: false });
  const tile = u * 8;
  for (let y = floorY, r = 0; y < h; y += tile, r++) for (let x = (r % 2) * tile; x < w; x += tile * 2) s.rect(x, y, tile, tile, '#cfc6b6', { stroke: false });
  s.rect(0, floorY - u * 1.6, w, u * 1.8, s.p.navy, { stroke: false });
  // Columns.
  const cols = Math.max(2, Math.floor(w / (u * 26)));
  for (let i = 0; i < cols; i++) {
    const x = (w * (i + 0.5)) / cols;
    s.rect(x - u * 3.5, u * 5, u * 7, floorY - u * 6, s.p.paper);
    for (let k = -1; k <= 1; k++) s.line(x + k * u * 1.6, u * 8, x + k * u * 1.6, floorY - u * 4, s.p.metal, Math.max(1, u * 0.4), { opacity: 0.7 });
    s.rect(x - u * 4.5, u * 3.5, u * 9, u * 2.4, s.p.paper);
    s.rect(x - u * 4.5, floorY - u * 3.5, u * 9, u * 2.4, s.p.paper);
  }
  // Vault door.
  const vx = w * 0.84;
  const vy = floorY - u * 30;
  s.circle(vx, vy, u * 13, s.p.metalDark);
  s.circle(vx, vy, u * 10.5, s.p.metal);
  for (let a = 0; a < 6; a++) {
    const ang = (a * Math.PI) / 3;
    s.line(vx, vy, vx + Math.cos(ang) * u * 6, vy + Math.sin(ang) * u * 6, s.p.metalDark, u * 1.1);
  }
  s.circle(vx, vy, u * 2.4, s.p.yellow);
  // The bank sign: a pediment on columns in a gold disc.
  const cx = w * 0.3;
  const cy = floorY - u * 44;
  s.circle(cx, cy, u * 6.5, s.p.yellow);
  s.poly([cx - u * 4, cy - u * 1.6, cx, cy - u * 4.2, cx + u * 4, cy - u * 1.6], s.p.navy, { stroke: false });
  for (const k of [-2.6, 0, 2.6]) s.rect(cx + k * u - u * 0.6, cy - u * 1.2, u * 1.2, u * 4, s.p.navy, { stroke: false });
  s.rect(cx - u * 4, cy + u * 3, u * 8, u * 1.1, s.p.navy, { stroke: false });
  // Counter with teller windows.
  const cw = Math.min(w * 0.62, u * 60);
  const cl = w * 0.56 - cw / 2;
  const ct = floorY - u * 4;
  s.rect(cl, ct - u * 20, cw, u * 20, s.p.glass, { stroke: false, opacity: 0.55 });
  for (let k = 0; k <= 3; k++) s.rect(cl + (cw * k) / 3 - u * 0.6, ct - u * 20, u * 1.2, u * 20, s.p.woodDark, { stroke: false });
  s.rect(cl - u, ct - u * 21.5, cw + u * 2, u * 2, s.p.woodDark, { rx: u * 0.5 });
  shadow(s, cl + cw / 2, floorY + u * 12, cw * 0.55);
  s.rect(cl - u * 1.5, ct, cw + u * 3, u * 16, s.p.wood, { rx: u * 0.6 });
  s.rect(cl - u * 2, ct - u * 1.2, cw + u * 4, u * 2.4, s.p.woodDark, { rx: u * 0.6 });
  for (let k = 0; k < 3; k++) s.rect(cl + (cw * k) / 3 + u * 3, ct + u * 4, cw / 3 - u * 6, u * 8, s.p.woodDark, { rx: u * 0.6, opacity: 0.35, stroke: false });
}

/** Lab: bench with flasks and a microscope, a certificate with a seal, jars on a shelf, a window. */
export function lab(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY, '#e5f4f1', '#d3ebe6');
  floor(s, floorY, '#dfe4ea', '#c9d1da');
  windowView(s, w * 0.08, floorY - u * 48, u * 20, u * 24);
  // Certificate with a seal.
  const cx = w * 0.5;
  s.rect(cx - u * 9, floorY - u * 52, u * 18, u * 13, s.p.paper, { rx: u * 0.4 });
  s.strokePath(d().M(cx - u * 8, floorY - u * 51).H(cx + u * 8).V(floorY - u * 40).H(cx - u * 8).Z().toString(), s.p.yellow, Math.max(1, u * 0.4));
  for (let i = 0; i < 3; i++) s.line(cx - u * 6, floorY - u * (48 - i * 2.4), cx + u * (i === 2 ? 1 : 6), floorY - u * (48 - i * 2.4), s.p.metalDark, Math.max(1, u * 0.5));
  s.poly([cx + u * 4, floorY - u * 42, cx + u * 3, floorY - u * 37, cx + u * 5, floorY - u * 38.5, cx + u * 7, floorY - u * 37, cx + u * 6, floorY - u * 42], s.p.coral, { strokeScale: 0.5 });
  s.circle(cx + u * 5, floorY - u * 43, u * 2.4, s.p.yellow, { strokeScale: 0.6 });
  // Shelf of jars.
  const sx = w * 0.72;
  s.rect(sx - u * 12, floorY - u * 36, u * 24, u * 1.2, s.p.woodDark, { stroke: false });
  [s.p.teal, s.p.yellow, s.p.purple, s.p.coral].forEach((c, i) => {
    const jx = sx - u * 9 + i * u * 6;
    s.rect(jx - u * 2, floorY - u * 42, u * 4, u * 6, s.p.glass, { rx: u * 0.8 });
    s.rect(jx - u * 2, floorY - u * 39.5, u * 4, u * 3.5, c, { rx: u * 0.8, stroke: false, opacity: 0.85 });
    s.rect(jx - u * 2.2, floorY - u * 43, u * 4.4, u * 1.4, s.p.metalDark, { rx: u * 0.4, strokeScale: 0.5 });
  });
  // Bench.
  const bx = w * 0.62;
  const bw = Math.min(w * 0.6, u * 50);
  const top = floorY - u * 6;
  shadow(s, bx, floorY + u * 10, bw * 0.55);
  s.rect(bx - bw / 2, top, bw, u * 16, s.p.paper, { rx: u * 0.6 });
  for (let k = 0; k < 3; k++) s.rect(bx - bw / 2 + u * 2 + (k * (bw - u * 4)) / 3, top + u * 3, (bw - u * 4) / 3 - u * 1.5, u * 11, s.p.metal, { rx: u * 0.5, strokeScale: 0.5 });
  s.rect(bx - bw / 2 - u, top - u * 1.5, bw + u * 2, u * 2, s.p.navy, { rx: u * 0.5 });
  // Flasks.
  const flask = (x: number, size: number, liquid: string) => {
    const fy = top - u * 1.5;
    s.path(d().M(x - size * 0.2, fy - size).V(fy - size * 0.6).L(x - size * 0.5, fy).H(x + size * 0.5).L(x + size * 0.2, fy - size * 0.6).V(fy - size).Z().toString(), s.p.glass);
    s.path(d().M(x - size * 0.32, fy - size * 0.35).L(x - size * 0.5, fy).H(x + size * 0.5).L(x + size * 0.32, fy - size * 0.35).Z().toString(), liquid, { stroke: false });
  };
  flask(bx - bw * 0.32, u * 9, s.p.teal);
  flask(bx - bw * 0.16, u * 7, s.p.purple);
  // Test tubes.
  const tx = bx + bw * 0.02;
  s.rect(tx - u * 5, top - u * 4.5, u * 10, u * 3, s.p.wood, { rx: u * 0.4 });
  [s.p.coral, s.p.yellow, s.p.green].forEach((c, i) => {
    s.rect(tx - u * 3.6 + i * u * 3, top - u * 10, u * 1.6, u * 8, s.p.glass, { rx: u * 0.8, strokeScale: 0.5 });
    s.rect(tx - u * 3.6 + i * u * 3, top - u * 6.5, u * 1.6, u * 4.5, c, { rx: u * 0.8, stroke: false });
  });
  // Microscope.
  const mx = bx + bw * 0.3;
  s.rect(mx - u * 5, top - u * 3, u * 10, u * 1.6, s.p.metalDark, { rx: u * 0.5 });
  s.strokePath(d().M(mx + u * 2, top - u * 3).V(top - u * 12).Q(mx + u * 2, top - u * 15, mx - u * 1, top - u * 15).toString(), s.p.metalDark, u * 2);
  s.rect(mx - u * 3.5, top - u * 18, u * 3, u * 8, s.p.paper, { rx: u * 0.8, transform: `rotate(-25 ${mx - u * 2} ${top - u * 14})` });
  s.rect(mx - u * 3.5, top - u * 7, u * 5, u * 1, s.p.metal, { stroke: false });
  plant(s, w * 0.05 + u * 4, floorY + u * 8, u * 10);
}

/** Post office: wall of post boxes, a counter with a scale and parcels, a letterbox. */
export function post(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  wall(s, floorY, '#fbf0dc', '#f2e2c4');
  floor(s, floorY);
  // Post boxes.
  const gx = w * 0.5;
  const cols = Math.max(4, Math.min(10, Math.floor((w * 0.45) / (u * 5))));
  const gw = cols * u * 5;
  s.rect(gx - u, floorY - u * 52, gw + u * 2, u * 27, s.p.woodDark, { rx: u * 0.6 });
  for (let c = 0; c < cols; c++) for (let r = 0; r < 5; r++) {
    const x = gx + c * u * 5 + u * 0.4;
    const y = floorY - u * 51 + r * u * 5;
    s.rect(x, y, u * 4.2, u * 4.2, s.p.yellow, { rx: u * 0.4, strokeScale: 0.4 });
    s.rect(x + u * 1, y + u * 1, u * 2.2, u * 0.6, s.p.woodDark, { stroke: false, opacity: 0.6 });
  }
  // Envelope sign.
  const ex = w * 0.28;
  const ey = floorY - u * 46;
  s.rect(ex - u * 8, ey - u * 5, u * 16, u * 10, s.p.paper, { rx: u * 0.6 });
  s.strokePath(d().M(ex - u * 7.4, ey - u * 4.4).L(ex, ey + u * 1).L(ex + u * 7.4, ey - u * 4.4).toString(), s.p.red, u * 1);
  // Letterbox.
  const lx = w * 0.1;
  s.rect(lx - u * 0.9, floorY - u * 4, u * 1.8, u * 10, s.p.metalDark, { stroke: false });
  s.path(d().M(lx - u * 5, floorY - u * 4).V(floorY - u * 17).A(u * 5, 1, lx + u * 5, floorY - u * 17).V(floorY - u * 4).Z().toString(), s.p.red);
  s.rect(lx - u * 3, floorY - u * 16, u * 6, u * 1.2, s.p.ink, { rx: u * 0.4, stroke: false });
  // Counter with a scale and parcels.
  const cx = w * 0.6;
  const cw = Math.min(w * 0.6, u * 54);
  const top = floorY - u * 4;
  shadow(s, cx, floorY + u * 11, cw * 0.55);
  s.rect(cx - cw / 2, top, cw, u * 15, s.p.red, { rx: u * 0.6 });
  s.rect(cx - cw / 2, top + u * 4, cw, u * 2, s.p.yellow, { stroke: false });
  s.rect(cx - cw / 2 - u, top - u * 1.5, cw + u * 2, u * 2, s.p.wood, { rx: u * 0.5 });
  s.rect(cx - u * 6, top - u * 4, u * 12, u * 2.5, s.p.metal, { rx: u * 0.5 });
  s.rect(cx - u * 5, top - u * 5, u * 10, u * 1, s.p.metalDark, { rx: u * 0.4 });
  box(s, cx, top - u * 5, u * 8, u * 6);
  box(s, cx + cw * 0.3, top - u * 1.5, u * 10, u * 8, '#cf9a5e');
  box(s, cx + cw * 0.3 + u * 1, top - u * 9.5, u * 7, u * 5, '#e0b57c');
  s.rect(cx - cw * 0.38, top - u * 4, u * 9, u * 2.6, s.p.paper, { rx: u * 0.3, transform: `rotate(-6 ${cx - cw * 0.34} ${top - u * 3})` });
}
