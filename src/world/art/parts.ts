/** Reusable pieces of scenery in the project's flat style (sky, clouds, hills, windows, plants, boxes…). */
import { d, n, type Svg } from './svg';

/** A semicircle-ish bump from (x1,y1) to (x2,y2), bulging to the left of the direction of travel. */
function bump(path: ReturnType<typeof d>, x1: number, y1: number, x2: number, y2: number): void {
  const r = (Math.hypot(x2 - x1, y2 - y1) / 2) * 1.04;
  path.A(r, 1, x2, y2);
}

/** A sky gradient from the top of the canvas down to y. */
export function sky(s: Svg, y: number, top = s.p.skyTop, bottom = s.p.skyBottom): void {
  s.rect(0, 0, s.w, y, s.gradient([[0, top], [1, bottom]]), { stroke: false });
}

/** The sun with a soft glow. */
export function sun(s: Svg, x: number, y: number, r: number): void {
  if (!s.p.outline) s.circle(x, y, r * 2.2, s.radial([[0, s.p.sun, 0.55], [1, s.p.sun, 0]]), { stroke: false });
  s.circle(x, y, r, s.p.sun);
}

/** A puffy cloud whose flat bottom is centred at (x, y); size is half its width. */
export function cloud(s: Svg, x: number, y: number, size: number, opacity = 0.95): void {
  const p = d().M(x - size, y);
  const pts: Array<[number, number]> = [[x - 0.5 * size, y - 0.42 * size], [x + 0.22 * size, y - 0.62 * size], [x + size, y]];
  let [px, py] = [x - size, y];
  for (const [qx, qy] of pts) { bump(p, px, py, qx, qy); [px, py] = [qx, qy]; }
  p.Z();
  s.path(p.toString(), s.p.cloud, { opacity, strokeScale: 0.7 });
}

/** A band of rolling hills whose crests sit around y, filled down to `bottom`. */
export function hills(s: Svg, y: number, amp: number, waves: number, phase: number, fill: string, bottom = s.h): void {
  const p = d().M(-s.left, bottom).L(-s.left, y + Math.sin(phase) * amp).L(0, y + Math.sin(phase) * amp);
  const step = s.w / waves;
  for (let i = 0; i < waves; i++) {
    const x0 = i * step;
    const cy = y + Math.sin(phase + i * 1.7 + 0.9) * amp * 2 - amp;
    p.Q(x0 + step / 2, cy, x0 + step, y + Math.sin(phase + (i + 1) * 1.7) * amp);
  }
  p.L(s.w, bottom).Z();
  s.path(p.toString(), fill, { stroke: false });
}

/** A round tree standing at (x, groundY). */
export function tree(s: Svg, x: number, groundY: number, size: number, leaf = s.p.green): void {
  s.rect(x - size * 0.09, groundY - size * 0.9, size * 0.18, size * 0.9, s.p.woodDark, { rx: size * 0.05 });
  s.circle(x, groundY - size * 1.05, size * 0.5, leaf);
  s.circle(x - size * 0.3, groundY - size * 0.8, size * 0.32, leaf);
  s.circle(x + size * 0.32, groundY - size * 0.82, size * 0.3, leaf);
  if (!s.p.outline) s.circle(x - size * 0.15, groundY - size * 1.2, size * 0.16, '#ffffff', { opacity: 0.18 });
}

/** A window onto a sunny sky, optionally with a city skyline. */
export function windowView(s: Svg, x: number, y: number, w: number, h: number, city = false): void {
  const f = Math.max(2, s.u * 0.9);
  s.rect(x - f, y - f, w + 2 * f, h + 2 * f, s.p.paper, { rx: f });
  s.rect(x, y, w, h, s.gradient([[0, s.p.skyTop], [1, s.p.skyBottom]]), { stroke: false });
  cloud(s, x + w * 0.32, y + h * 0.38, w * 0.16);
  if (city) {
    const cols = [s.p.metalDark, s.p.navy, s.p.metal, s.p.blue];
    for (let i = 0; i < 5; i++) {
      const bw = w / 5;
      const bh = h * (0.25 + ((i * 37) % 5) * 0.08);
      s.rect(x + i * bw, y + h - bh, bw * 0.86, bh, cols[i % cols.length] as string, { stroke: false, opacity: 0.55 });
    }
  }
  s.line(x + w / 2, y, x + w / 2, y + h, s.p.paper, f, { cap: 'butt' });
  s.line(x, y + h * 0.55, x + w, y + h * 0.55, s.p.paper, f * 0.8, { cap: 'butt' });
  s.rect(x - f * 1.6, y + h + f * 0.6, w + 3.2 * f, f * 1.4, s.p.paper, { rx: f * 0.5 });
}

/** A potted plant standing at (x, floorY). */
export function plant(s: Svg, x: number, floorY: number, size: number): void {
  const leaf = s.p.green;
  for (const [dx, dy, rot] of [[-0.28, -0.95, -35], [0.3, -0.95, 35], [0, -1.15, 0], [-0.42, -0.65, -60], [0.44, -0.68, 60]] as const) {
    s.ellipse(x + dx * size, floorY + dy * size, size * 0.16, size * 0.34, leaf, { transform: `rotate(${rot} ${n(x + dx * size)} ${n(floorY + dy * size)})`, strokeScale: 0.7 });
  }
  s.path(d().M(x - size * 0.3, floorY - size * 0.5).L(x + size * 0.3, floorY - size * 0.5).L(x + size * 0.22, floorY).L(x - size * 0.22, floorY).Z().toString(), s.p.coral);
  s.rect(x - size * 0.34, floorY - size * 0.56, size * 0.68, size * 0.12, s.p.coral, { rx: size * 0.04 });
}

/** A cardboard box (its bottom centre at x, y). */
export function box(s: Svg, x: number, y: number, w: number, h: number, tone = '#d9a86c'): void {
  s.rect(x - w / 2, y - h, w, h, tone, { rx: w * 0.03 });
  s.rect(x - w * 0.08, y - h, w * 0.16, h * 0.45, '#f2d6a6', { stroke: false, opacity: 0.9 });
  s.rect(x + w * 0.12, y - h * 0.4, w * 0.26, h * 0.22, s.p.paper, { strokeScale: 0.6 });
  if (!s.p.outline) s.rect(x - w / 2, y - h, w, h * 0.12, '#000000', { stroke: false, opacity: 0.06 });
}

/** A shipping container seen from the side (bottom-left corner at x, y). */
export function container(s: Svg, x: number, y: number, w: number, h: number, color: string): void {
  s.rect(x, y - h, w, h, color, { rx: h * 0.04 });
  const ribs = Math.max(4, Math.round(w / (h * 0.22)));
  for (let i = 1; i < ribs; i++) s.line(x + (w * i) / ribs, y - h * 0.92, x + (w * i) / ribs, y - h * 0.08, '#000000', Math.max(1, h * 0.035), { opacity: 0.14 });
  s.rect(x, y - h, w, h * 0.08, '#ffffff', { stroke: false, opacity: 0.18 });
}

/** A wooden pallet with stacked boxes (bottom centre at x, y). */
export function palletLoad(s: Svg, x: number, y: number, w: number): void {
  const ph = w * 0.1;
  s.rect(x - w / 2, y - ph, w, ph, s.p.wood, { rx: ph * 0.2 });
  for (const fx of [-0.4, -0.05, 0.3]) s.rect(x + fx * w, y - ph * 0.55, w * 0.1, ph * 0.55, s.p.woodDark, { stroke: false });
  const bw = w * 0.46;
  box(s, x - bw / 2 - w * 0.01, y - ph, bw, bw * 0.8);
  box(s, x + bw / 2 + w * 0.01, y - ph, bw, bw * 0.8, '#cf9a5e');
  box(s, x, y - ph - bw * 0.8, bw, bw * 0.75, '#e0b57c');
}

/** Floor with a skirting board from floorY to the bottom of the canvas. */
export function floor(s: Svg, floorY: number, tone = s.p.floor, shade = s.p.floorShade): void {
  s.rect(0, floorY, s.w, s.h - floorY, tone, { stroke: false });
  const rows = 4;
  for (let i = 1; i <= rows; i++) {
    const y = floorY + ((s.h - floorY) * i * i) / (rows * rows + 2);
    s.line(0, y, s.w, y, shade, Math.max(1, s.u * 0.3), { opacity: 0.7 });
  }
  s.rect(0, floorY - s.u * 1.6, s.w, s.u * 1.8, s.p.skirting, { stroke: false });
}

/** A wall from the top to floorY with a soft band of shade near the ceiling. */
export function wall(s: Svg, floorY: number, tone = s.p.wall, shade = s.p.wallShade): void {
  s.rect(0, 0, s.w, floorY, tone, { stroke: false });
  s.rect(0, 0, s.w, s.u * 5, shade, { stroke: false });
}

/** A soft shadow ellipse on the floor. */
export function shadow(s: Svg, x: number, y: number, rx: number): void {
  if (!s.p.outline) s.ellipse(x, y, rx, rx * 0.12, s.p.shadow, { stroke: false });
}

/** A wall clock. */
export function clock(s: Svg, x: number, y: number, r: number): void {
  s.circle(x, y, r, s.p.navy);
  s.circle(x, y, r * 0.8, s.p.paper, { stroke: false });
  s.line(x, y, x, y - r * 0.55, s.p.ink, r * 0.12);
  s.line(x, y, x + r * 0.4, y + r * 0.1, s.p.ink, r * 0.12);
  s.circle(x, y, r * 0.1, s.p.coral, { stroke: false });
}

/** A string of triangular flags from x1 to x2 hanging from y. */
export function bunting(s: Svg, x1: number, x2: number, y: number, size: number): void {
  const sag = size * 0.8;
  s.strokePath(d().M(x1, y).Q((x1 + x2) / 2, y + sag * 2, x2, y).toString(), s.p.ink, Math.max(1, size * 0.06), { opacity: 0.6 });
  const count = Math.max(3, Math.floor((x2 - x1) / (size * 1.5)));
  const colors = [s.p.coral, s.p.yellow, s.p.teal, s.p.purple, s.p.orange, s.p.blue];
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    const fx = x1 + (x2 - x1) * t;
    const fy = y + 4 * sag * t * (1 - t);
    s.poly([fx - size * 0.45, fy, fx + size * 0.45, fy, fx, fy + size], colors[i % colors.length] as string, { strokeScale: 0.6 });
  }
}
