/** Outdoor backdrops: farm, road, customs post, market and the neutral landscape. */
import type { Frame } from '../layout';
import { bunting, cloud, hills, shadow, sky, sun, tree } from './parts';
import { d, type Svg } from './svg';
import { truck } from './vehicles';

/** Sky, sun, clouds and two bands of hills down to the horizon. */
export function countryside(s: Svg, f: Frame): void {
  const { w, u, floorY } = f;
  sky(s, floorY + u * 2);
  sun(s, w * 0.82, floorY * 0.3, u * 7);
  cloud(s, w * 0.2, floorY * 0.32, u * 9);
  cloud(s, w * 0.62, floorY * 0.2, u * 6, 0.85);
  if (w > u * 80) cloud(s, w * 0.45, floorY * 0.45, u * 5, 0.8);
  hills(s, floorY - u * 12, u * 3, 3, 0.4, s.p.hillFar);
  hills(s, floorY - u * 5, u * 2.5, 4, 2.1, s.p.hillNear);
}

/** A landscape with a few trees, for scenes without a stage. */
export function neutral(s: Svg, f: Frame): void {
  countryside(s, f);
  s.rect(0, f.floorY - f.u * 2, f.w, f.h, s.p.grass, { stroke: false });
  for (const [x, k] of [[0.08, 1], [0.9, 1.2], [0.7, 0.8]] as const) tree(s, f.w * x, f.floorY + f.u * 4, f.u * 12 * k);
}

/** Fields in rows, a red barn, a silo and a fence. */
export function farm(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  countryside(s, f);
  s.rect(0, floorY - u * 2, w, h, s.p.grass, { stroke: false });
  // Crop rows converging towards the horizon.
  const rowTop = floorY + u * 2;
  for (let i = 0; i < 9; i++) {
    const y = rowTop + ((h - rowTop) * (i * i)) / 64;
    const th = Math.max(2, ((h - rowTop) * (2 * i + 1)) / 64 * 0.5);
    s.rect(0, y, w, th, i % 2 ? s.p.field : s.p.soil, { stroke: false, opacity: 0.85 });
  }
  // Barn.
  const bx = w * 0.72;
  const bw = u * 26;
  const bh = u * 18;
  const by = floorY + u * 2;
  s.path(d().M(bx - bw / 2 - u, by - bh).L(bx, by - bh - u * 11).L(bx + bw / 2 + u, by - bh).Z().toString(), s.p.woodDark);
  s.rect(bx - bw / 2, by - bh, bw, bh, s.p.red);
  s.rect(bx - u * 6, by - u * 12, u * 12, u * 12, s.p.paper);
  s.line(bx - u * 6, by - u * 12, bx + u * 6, by, s.p.red, u * 1.1);
  s.line(bx + u * 6, by - u * 12, bx - u * 6, by, s.p.red, u * 1.1);
  s.rect(bx - u * 3, by - bh - u * 6, u * 6, u * 4.5, s.p.paper);
  // Silo.
  const sx = bx + bw / 2 + u * 6;
  s.rect(sx - u * 4, by - u * 28, u * 8, u * 28, s.p.metal);
  s.path(d().M(sx - u * 4, by - u * 28).Q(sx, by - u * 34, sx + u * 4, by - u * 28).Z().toString(), s.p.metalDark);
  for (let i = 1; i < 4; i++) s.line(sx - u * 4, by - u * 7 * i, sx + u * 4, by - u * 7 * i, s.p.metalDark, Math.max(1, u * 0.3), { opacity: 0.6 });
  // Fence.
  const fy = floorY + u * 5;
  s.line(0, fy - u * 3, w * 0.55, fy - u * 3, s.p.paper, u * 0.8, { cap: 'butt' });
  s.line(0, fy - u * 5.5, w * 0.55, fy - u * 5.5, s.p.paper, u * 0.8, { cap: 'butt' });
  for (let x = u * 2; x < w * 0.55; x += u * 6) s.rect(x, fy - u * 7, u * 1.2, u * 7, s.p.paper, { rx: u * 0.4, strokeScale: 0.6 });
  tree(s, w * 0.08, floorY + u * 1, u * 13);
  tree(s, w * 0.46, floorY - u * 2, u * 8, s.p.hillNear);
}

/** A road through the hills with a passing lorry. */
export function road(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  countryside(s, f);
  s.rect(0, floorY - u * 2, w, h, s.p.grass, { stroke: false });
  const ry = floorY + u * 8;
  const rh = u * 16;
  s.rect(0, ry, w, rh, s.p.road, { stroke: false });
  s.rect(0, ry - u * 0.8, w, u * 0.8, s.p.concrete, { stroke: false });
  s.rect(0, ry + rh, w, u * 0.8, s.p.concrete, { stroke: false });
  for (let x = u * 2; x < w; x += u * 12) s.rect(x, ry + rh / 2 - u * 0.5, u * 6, u, s.p.roadLine, { stroke: false });
  tree(s, w * 0.1, floorY + u * 4, u * 11);
  tree(s, w * 0.9, floorY + u * 3, u * 13);
  // A road sign with an arrow.
  const sx = w * 0.62;
  s.rect(sx - u * 0.6, ry - u * 14, u * 1.2, u * 14, s.p.metalDark, { stroke: false });
  s.rect(sx - u * 5, ry - u * 19, u * 10, u * 6, s.p.green, { rx: u });
  s.path(d().M(sx - u * 3, ry - u * 16).H(sx + u * 1.5).V(ry - u * 17.6).L(sx + u * 3.6, ry - u * 16).L(sx + u * 1.5, ry - u * 14.4).V(ry - u * 16).Z().toString(), s.p.paper, { stroke: false });
  shadow(s, w * 0.4, ry + rh * 0.62, u * 16);
  truck(s, w * 0.4, ry + rh * 0.62, u * 34, s.p.teal);
}

/** A customs post: booth with canopy, striped barrier, cones and a waiting lorry. */
export function customs(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  countryside(s, f);
  s.rect(0, floorY - u * 2, w, h, s.p.concrete, { stroke: false });
  const ry = floorY + u * 6;
  s.rect(0, ry, w, h - ry, s.p.road, { stroke: false });
  for (let x = u; x < w; x += u * 10) s.rect(x, ry + (h - ry) * 0.45, u * 5, u * 0.9, s.p.roadLine, { stroke: false });
  // Canopy over the lane.
  const cx = w * 0.6;
  const cw = Math.min(w * 0.7, u * 70);
  s.rect(cx - cw / 2, floorY - u * 34, cw, u * 5, s.p.navy, { rx: u });
  s.rect(cx - cw / 2, floorY - u * 29.5, cw, u * 1.2, s.p.yellow, { stroke: false });
  for (const px of [-0.45, 0.45]) s.rect(cx + cw * px - u, floorY - u * 29, u * 2, u * 33, s.p.metalDark);
  // Booth at the right of the lane.
  const bx = cx + cw * 0.3;
  s.rect(bx - u * 8, floorY - u * 20, u * 16, u * 24, s.p.paper, { rx: u });
  s.rect(bx - u * 6, floorY - u * 17, u * 12, u * 8, s.p.glass, { rx: u * 0.6 });
  s.rect(bx - u * 8, floorY - u * 3, u * 16, u * 2, s.p.navy, { stroke: false });
  // Stamp badge above the booth window.
  s.circle(bx, floorY - u * 24.5, u * 3.2, s.p.yellow);
  s.rect(bx - u * 1.2, floorY - u * 26.5, u * 2.4, u * 2.6, s.p.navy, { rx: u * 0.6, stroke: false });
  s.rect(bx - u * 2, floorY - u * 24, u * 4, u * 1.1, s.p.navy, { stroke: false });
  // Barrier: its arm reaches left across the lane.
  const gx = bx - u * 12;
  const gy = ry + u * 1;
  const armLen = Math.min(gx - u * 4, u * 26);
  s.rect(gx - armLen, gy - u * 8, armLen, u * 2, s.p.paper, { rx: u });
  for (let x = gx - armLen + u * 2; x < gx - u * 2; x += u * 6) s.rect(x, gy - u * 8, u * 3, u * 2, s.p.red, { stroke: false });
  s.circle(gx - armLen, gy - u * 7, u * 1.4, s.p.red);
  s.rect(gx - u * 1.6, gy - u * 9, u * 3.2, u * 9, s.p.metalDark);
  // Cones.
  for (const kx of [0.08, 0.16]) {
    const x = w * kx;
    s.path(d().M(x - u * 2.5, ry + u * 3).L(x, ry - u * 5).L(x + u * 2.5, ry + u * 3).Z().toString(), s.p.orange);
    s.rect(x - u * 1.6, ry - u * 1.5, u * 3.2, u * 1.2, s.p.paper, { stroke: false });
  }
  // A lorry waits at the barrier, in the near lane (below where people stand).
  const tx = Math.max(u * 16, gx - armLen - u * 8);
  shadow(s, tx, ry + u * 19, u * 15);
  truck(s, tx, ry + u * 19, u * 30, s.p.coral);
}

/** An open-air market: striped awnings, fruit crates, bunting and shop fronts. */
export function market(s: Svg, f: Frame): void {
  const { w, h, u, floorY } = f;
  sky(s, floorY);
  sun(s, w * 0.85, floorY * 0.18, u * 5);
  cloud(s, w * 0.3, floorY * 0.2, u * 7);
  // Shop facades.
  const tones = [s.p.wallShade, '#f3c9a8', '#cfe3d3', '#f7dfa0', '#d9d3ec'];
  const fw = u * 22;
  for (let i = 0, x = -u * 4; x < w; i++, x += fw) {
    const top = floorY - u * (34 + ((i * 7) % 3) * 5);
    s.rect(x, top, fw, floorY - top, tones[i % tones.length] as string);
    for (let r = 0; r < 2; r++) s.rect(x + u * 4, top + u * (4 + r * 10), u * 5, u * 6, s.p.glass, { rx: u * 0.5, strokeScale: 0.6 });
    s.rect(x + u * 12, top + u * 4, u * 5, u * 6, s.p.glass, { rx: u * 0.5, strokeScale: 0.6 });
  }
  s.rect(0, floorY, w, h - floorY, s.p.concrete, { stroke: false });
  for (let x = 0; x < w; x += u * 8) s.line(x, floorY, x - u * 6, h, s.p.floorShade, Math.max(1, u * 0.2), { opacity: 0.5 });
  bunting(s, 0, w, floorY - u * 44, u * 3);
  // Stalls.
  const stallW = u * 30;
  const count = Math.max(1, Math.floor((w - u * 8) / (stallW + u * 6)));
  const gap = (w - count * stallW) / (count + 1);
  const awnings: Array<[string, string]> = [[s.p.coral, s.p.paper], [s.p.teal, s.p.paper], [s.p.yellow, s.p.paper]];
  const fruit = [s.p.orange, s.p.red, s.p.green, s.p.yellow, s.p.purple];
  for (let i = 0; i < count; i++) {
    const x = gap + i * (stallW + gap);
    const top = floorY - u * 26;
    const [a, b] = awnings[i % awnings.length] as [string, string];
    for (const px of [0.04, 0.92]) s.rect(x + stallW * px, top, u * 1.4, floorY + u * 10 - top, s.p.woodDark, { stroke: false });
    const stripes = 6;
    for (let k = 0; k < stripes; k++) {
      const sx = x + (stallW * k) / stripes;
      s.path(d().M(sx, top).H(sx + stallW / stripes).V(top + u * 6).Q(sx + stallW / stripes / 2, top + u * 9, sx, top + u * 6).Z().toString(), k % 2 ? b : a, { strokeScale: 0.5 });
    }
    const tableY = floorY + u * 2;
    s.rect(x - u, tableY, stallW + u * 2, u * 9, s.p.wood, { rx: u * 0.6 });
    for (let c = 0; c < 3; c++) {
      const crateX = x + u * 2 + c * (stallW / 3);
      s.rect(crateX, tableY - u * 4, stallW / 3 - u * 3, u * 4, s.p.woodDark, { rx: u * 0.4 });
      const col = fruit[(i * 3 + c) % fruit.length] as string;
      for (let k = 0; k < 4; k++) s.circle(crateX + u * 2 + k * ((stallW / 3 - u * 7) / 3), tableY - u * 4.5, u * 1.6, col, { strokeScale: 0.5 });
    }
  }
}
