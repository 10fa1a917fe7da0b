/**
 * The products of the scenario cards, drawn in the world's flat style: each stands with its bottom
 * centre at (x, y) and is about `size` tall. Also the place each comes from (orchard, highland farm,
 * greenhouse, savannah, weaving workshop, factory, studio).
 */
import { box, palletLoad, tree } from '../../world/art/parts';
import { d, n, type Svg } from '../../world/art/svg';
import type { ProductKind } from './card-model';

const CREAM = '#f3e1b6';
const CREAM_DARK = '#e2c58c';
const JUTE = '#c9a36b';
const ROSE = '#d8344a';
const ROSE_DARK = '#9e1f36';

/** A cashew kernel: a plump crescent centred at (x, y), r its half-width, turned by rot degrees. */
function kernel(s: Svg, x: number, y: number, r: number, rot: number, fill: string): void {
  const p = d().M(-r, 0).Q(-r, r * 1.25, 0, r * 1.2).Q(r, r * 1.25, r, 0).Q(r * 0.75, -r * 0.45, r * 0.4, 0).Q(0, r * 0.55, -r * 0.4, 0).Q(-r * 0.75, -r * 0.45, -r, 0).Z();
  s.path(p.toString(), fill, { transform: `translate(${n(x)} ${n(y)}) rotate(${rot})`, strokeScale: 0.5 });
}

/** A bowl of cashew kernels with a cashew apple beside it. */
function nuts(s: Svg, x: number, y: number, k: number): void {
  const top = y - k * 0.42;
  const heap: Array<[number, number, number]> = [[-0.4, 0, -20], [-0.2, -0.04, 15], [0, -0.05, -10], [0.2, -0.03, 20], [0.4, 0, -25], [-0.3, -0.16, 35], [-0.1, -0.2, -30], [0.1, -0.19, 10], [0.3, -0.14, -15], [0, -0.32, 25]];
  heap.forEach(([dx, dy, rot], i) => kernel(s, x + dx * k, top + dy * k, k * 0.15, rot, i % 3 === 1 ? CREAM_DARK : CREAM));
  s.path(d().M(x - k * 0.6, top).Q(x - k * 0.56, y, x, y).Q(x + k * 0.56, y, x + k * 0.6, top).Z().toString(), s.p.wood);
  s.ellipse(x, top, k * 0.6, k * 0.06, s.p.woodDark, { strokeScale: 0.6 });
  s.line(x - k * 0.45, top + k * 0.16, x + k * 0.45, top + k * 0.16, s.p.woodDark, Math.max(1, k * 0.025), { opacity: 0.5 });
  // The cashew apple, with its nut hanging below.
  const ax = x + k * 0.82;
  const ay = y - k * 0.3;
  s.path(d().M(ax - k * 0.13, ay - k * 0.28).Q(ax, ay - k * 0.34, ax + k * 0.13, ay - k * 0.28).Q(ax + k * 0.2, ay, ax + k * 0.12, ay + k * 0.14).H(ax - k * 0.12).Q(ax - k * 0.2, ay, ax - k * 0.13, ay - k * 0.28).Z().toString(), s.p.coral);
  s.ellipse(ax - k * 0.04, ay - k * 0.12, k * 0.04, k * 0.09, '#ffffff', { stroke: false, opacity: 0.3 });
  kernel(s, ax, ay + k * 0.19, k * 0.11, 180, '#8a9a6b');
  s.line(ax, ay - k * 0.33, ax + k * 0.04, ay - k * 0.42, s.p.woodDark, Math.max(1, k * 0.03));
}

/** A jute sack of green coffee with beans spilled in front. */
function coffee(s: Svg, x: number, y: number, k: number): void {
  const w = k * 0.78;
  s.path(d().M(x - w / 2, y).Q(x - w * 0.62, y - k * 0.45, x - w * 0.4, y - k * 0.8).H(x + w * 0.4).Q(x + w * 0.62, y - k * 0.45, x + w / 2, y).Z().toString(), JUTE);
  s.poly([x - w * 0.4, y - k * 0.8, x - w * 0.3, y - k * 0.98, x - w * 0.06, y - k * 0.86, x, y - k * 0.98, x + w * 0.08, y - k * 0.86, x + w * 0.32, y - k * 0.98, x + w * 0.4, y - k * 0.8], JUTE, { strokeScale: 0.6 });
  s.rect(x - w * 0.42, y - k * 0.84, w * 0.84, k * 0.07, s.p.woodDark, { rx: k * 0.03 });
  s.rect(x - w * 0.52, y - k * 0.44, w * 1.04, k * 0.1, s.p.teal, { stroke: false });
  s.circle(x, y - k * 0.3, k * 0.12, s.p.paper, { strokeScale: 0.5 });
  s.ellipse(x, y - k * 0.3, k * 0.05, k * 0.075, s.p.green, { stroke: false });
  for (let i = 0; i < 7; i++) {
    const bx = x - w * 0.55 + i * w * 0.19;
    const by = y - (i % 2) * k * 0.05;
    s.ellipse(bx, by, k * 0.055, k * 0.04, '#8fae64', { strokeScale: 0.4 });
    s.line(bx - k * 0.03, by, bx + k * 0.03, by, '#5d7a3e', Math.max(0.8, k * 0.012));
  }
}

/** A rose head: a red circle with a spiral of petals. */
function rose(s: Svg, x: number, y: number, r: number): void {
  s.circle(x, y, r, ROSE, { strokeScale: 0.5 });
  s.strokePath(d().M(x - r * 0.55, y + r * 0.1).Q(x - r * 0.5, y - r * 0.6, x + r * 0.1, y - r * 0.55).Q(x + r * 0.6, y - r * 0.4, x + r * 0.45, y + r * 0.15).Q(x + r * 0.2, y + r * 0.45, x - r * 0.1, y + r * 0.2).toString(), ROSE_DARK, Math.max(1, r * 0.16));
}

/** A bouquet of red roses in a paper cone. */
function flowers(s: Svg, x: number, y: number, k: number): void {
  for (const [dx, dy, rot] of [[-0.3, -0.62, -40], [0.3, -0.6, 40], [-0.05, -0.9, -10], [0.16, -0.88, 20]] as const) {
    s.ellipse(x + dx * k, y + dy * k, k * 0.06, k * 0.15, s.p.green, { transform: `rotate(${rot} ${n(x + dx * k)} ${n(y + dy * k)})`, strokeScale: 0.5 });
  }
  for (const [dx, dy] of [[-0.2, -0.72], [0.02, -0.8], [0.22, -0.7], [-0.09, -0.6], [0.12, -0.58]] as const) rose(s, x + dx * k, y + dy * k, k * 0.12);
  s.poly([x - k * 0.38, y - k * 0.62, x + k * 0.38, y - k * 0.62, x + k * 0.06, y, x - k * 0.06, y], '#efd7b2');
  s.poly([x - k * 0.38, y - k * 0.62, x - k * 0.1, y - k * 0.55, x - k * 0.02, y], '#e0c08f', { stroke: false });
  s.path(d().M(x - k * 0.2, y - k * 0.3).Q(x - k * 0.3, y - k * 0.42, x - k * 0.04, y - k * 0.3).Q(x + k * 0.3, y - k * 0.42, x + k * 0.2, y - k * 0.3).Q(x, y - k * 0.24, x - k * 0.2, y - k * 0.3).Z().toString(), s.p.coral, { strokeScale: 0.5 });
}

/** A calabash of shea butter and a jar of balm. */
function oil(s: Svg, x: number, y: number, k: number): void {
  const top = y - k * 0.4;
  s.path(d().M(x - k * 0.5, top).Q(x - k * 0.4, top - k * 0.38, x, top - k * 0.36).Q(x + k * 0.4, top - k * 0.38, x + k * 0.5, top).Z().toString(), '#f6e8c0');
  s.strokePath(d().M(x - k * 0.22, top - k * 0.14).Q(x, top - k * 0.3, x + k * 0.2, top - k * 0.16).Q(x + k * 0.02, top - k * 0.08, x - k * 0.06, top - k * 0.2).toString(), CREAM_DARK, Math.max(1, k * 0.03));
  s.path(d().M(x - k * 0.55, top).Q(x - k * 0.5, y, x, y).Q(x + k * 0.5, y, x + k * 0.55, top).Z().toString(), s.p.orange);
  s.strokePath(d().M(x - k * 0.48, top + k * 0.1).Q(x, top + k * 0.2, x + k * 0.48, top + k * 0.1).toString(), s.p.woodDark, Math.max(1, k * 0.03), { opacity: 0.5 });
  const jx = x + k * 0.78;
  s.rect(jx - k * 0.18, y - k * 0.3, k * 0.36, k * 0.3, s.p.paper, { rx: k * 0.06 });
  s.rect(jx - k * 0.2, y - k * 0.4, k * 0.4, k * 0.11, s.p.teal, { rx: k * 0.04 });
  s.rect(jx - k * 0.12, y - k * 0.22, k * 0.24, k * 0.1, s.p.yellow, { stroke: false });
}

/** A stack of folded, striped, fringed scarves. */
function textile(s: Svg, x: number, y: number, k: number): void {
  const colors = [s.p.teal, s.p.coral, s.p.yellow, s.p.purple];
  const lh = k * 0.17;
  colors.forEach((c, i) => {
    const ly = y - (i + 1) * lh;
    const lw = k * (1.1 - (i % 2) * 0.06);
    const lx = x - lw / 2 + (i % 2 ? k * 0.05 : 0);
    s.rect(lx, ly, lw, lh * 0.94, c, { rx: lh * 0.35 });
    s.line(lx + lh * 0.4, ly + lh * 0.32, lx + lw - lh * 0.4, ly + lh * 0.32, '#ffffff', Math.max(1, k * 0.02), { opacity: 0.55 });
    s.line(lx + lh * 0.4, ly + lh * 0.62, lx + lw - lh * 0.4, ly + lh * 0.62, '#000000', Math.max(1, k * 0.015), { opacity: 0.18 });
    for (let f = 0; f < 4; f++) s.line(lx + lw, ly + lh * (0.2 + f * 0.2), lx + lw + k * 0.07, ly + lh * (0.25 + f * 0.2), c, Math.max(1, k * 0.02));
  });
}

/** An electric centrifugal pump on its base plate. */
function machinery(s: Svg, x: number, y: number, k: number): void {
  s.rect(x - k * 0.62, y - k * 0.08, k * 1.24, k * 0.08, s.p.metalDark, { rx: k * 0.02 });
  const mx = x - k * 0.55;
  s.rect(mx, y - k * 0.46, k * 0.62, k * 0.36, s.p.blue, { rx: k * 0.08 });
  for (let i = 1; i < 6; i++) s.line(mx + k * 0.1 * i, y - k * 0.43, mx + k * 0.1 * i, y - k * 0.13, s.p.navy, Math.max(1, k * 0.02), { opacity: 0.45 });
  s.rect(mx - k * 0.06, y - k * 0.4, k * 0.08, k * 0.24, s.p.navy, { rx: k * 0.03 });
  s.rect(mx + k * 0.2, y - k * 0.54, k * 0.18, k * 0.09, s.p.metal, { rx: k * 0.02 });
  const px = x + k * 0.28;
  s.rect(px - k * 0.08, y - k * 0.9, k * 0.16, k * 0.4, s.p.metal, { rx: k * 0.02 });
  s.rect(px - k * 0.13, y - k * 0.94, k * 0.26, k * 0.07, s.p.metalDark, { rx: k * 0.02 });
  s.circle(px, y - k * 0.32, k * 0.25, s.p.navy);
  s.circle(px, y - k * 0.32, k * 0.1, s.p.metal, { strokeScale: 0.5 });
  s.rect(px + k * 0.2, y - k * 0.4, k * 0.16, k * 0.15, s.p.metal, { rx: k * 0.02 });
}

/** A laptop with code on its screen, and a phone showing a booking calendar. */
function service(s: Svg, x: number, y: number, k: number): void {
  const sw = k * 0.95;
  const sh = k * 0.62;
  s.rect(x - sw / 2, y - k * 0.08 - sh, sw, sh, s.p.navy, { rx: k * 0.05 });
  s.rect(x - sw / 2 + k * 0.05, y - k * 0.08 - sh + k * 0.05, sw - k * 0.1, sh - k * 0.1, '#1e2b3d', { stroke: false });
  const lines: Array<[number, number, string]> = [[0, 0.4, s.p.teal], [1, 0.3, s.p.yellow], [1, 0.42, s.p.coral], [2, 0.25, s.p.blue], [1, 0.35, s.p.teal], [0, 0.2, s.p.yellow]];
  lines.forEach(([indent, len, c], i) => {
    const lx = x - sw / 2 + k * (0.1 + indent * 0.07);
    const ly = y - k * 0.08 - sh + k * (0.12 + i * 0.078);
    s.line(lx, ly, lx + len * sw, ly, c, Math.max(1, k * 0.035));
  });
  s.path(d().M(x - sw * 0.62, y).L(x - sw * 0.5, y - k * 0.09).H(x + sw * 0.5).L(x + sw * 0.62, y).Z().toString(), s.p.metal);
  const fx = x + k * 0.68;
  s.rect(fx - k * 0.14, y - k * 0.5, k * 0.28, k * 0.5, s.p.ink, { rx: k * 0.05 });
  s.rect(fx - k * 0.11, y - k * 0.45, k * 0.22, k * 0.4, s.p.paper, { stroke: false });
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) s.rect(fx - k * 0.09 + c * k * 0.065, y - k * 0.38 + r * k * 0.1, k * 0.05, k * 0.07, r === 1 && c === 1 ? s.p.coral : s.p.glass, { stroke: false });
}

/** A crate of oranges. */
function produce(s: Svg, x: number, y: number, k: number): void {
  for (const [dx, dy] of [[-0.3, -0.5], [0, -0.54], [0.3, -0.5], [-0.15, -0.68], [0.15, -0.68]] as const) s.circle(x + dx * k, y + dy * k, k * 0.15, s.p.orange, { strokeScale: 0.5 });
  s.rect(x - k * 0.52, y - k * 0.46, k * 1.04, k * 0.46, s.p.wood, { rx: k * 0.03 });
  for (const ly of [0.3, 0.15]) s.line(x - k * 0.5, y - k * ly, x + k * 0.5, y - k * ly, s.p.woodDark, Math.max(1, k * 0.03), { opacity: 0.6 });
}

/** Draws a product. */
export function drawProduct(s: Svg, kind: ProductKind, x: number, y: number, size: number): void {
  switch (kind) {
    case 'nuts': return nuts(s, x, y, size);
    case 'coffee': return coffee(s, x, y, size);
    case 'flowers': return flowers(s, x, y, size);
    case 'oil': return oil(s, x, y, size);
    case 'textile': return textile(s, x, y, size);
    case 'machinery': return machinery(s, x, y, size);
    case 'service': return service(s, x, y, size);
    case 'produce': return produce(s, x, y, size);
    case 'goods': return palletLoad(s, x, y, size * 1.1);
  }
}

/** A tree with fruit dots in its crown. */
function fruitTree(s: Svg, x: number, groundY: number, size: number, fruit: string, leaf: string): void {
  tree(s, x, groundY, size, leaf);
  for (const [dx, dy] of [[-0.3, -0.85], [0.2, -1.15], [0.34, -0.78], [-0.1, -1.0]] as const) s.circle(x + dx * size, groundY + dy * size, size * 0.07, fruit, { strokeScale: 0.4 });
}

/** A flat-crowned savannah tree (shea). */
function savannahTree(s: Svg, x: number, groundY: number, size: number): void {
  s.path(d().M(x - size * 0.08, groundY).L(x - size * 0.05, groundY - size * 0.6).L(x - size * 0.25, groundY - size * 0.85).L(x, groundY - size * 0.7).L(x + size * 0.22, groundY - size * 0.88).L(x + size * 0.06, groundY - size * 0.6).L(x + size * 0.08, groundY).Z().toString(), s.p.woodDark);
  s.ellipse(x, groundY - size * 0.95, size * 0.55, size * 0.24, '#5f9e4a');
  s.ellipse(x - size * 0.12, groundY - size * 1.02, size * 0.3, size * 0.12, s.p.green, { stroke: false, opacity: 0.8 });
}

/** The place the product comes from, standing on groundY around x (about size tall). */
export function drawOrigin(s: Svg, kind: ProductKind, x: number, groundY: number, size: number): void {
  const k = size;
  switch (kind) {
    case 'nuts':
      fruitTree(s, x - k * 0.5, groundY, k * 0.8, s.p.orange, '#4f9a4f');
      fruitTree(s, x + k * 0.35, groundY, k * 0.95, s.p.coral, s.p.green);
      return;
    case 'produce':
      fruitTree(s, x - k * 0.45, groundY, k * 0.85, s.p.orange, s.p.green);
      fruitTree(s, x + k * 0.4, groundY, k * 0.75, s.p.orange, '#4f9a4f');
      return;
    case 'coffee':
      s.poly([x - k * 1.2, groundY, x - k * 0.2, groundY - k * 1.25, x + k * 0.9, groundY], s.p.purple, { opacity: 0.75 });
      s.poly([x - k * 0.4, groundY - k * 0.85, x - k * 0.2, groundY - k * 1.25, x + k * 0.02, groundY - k * 0.88, x - k * 0.12, groundY - k * 0.82], '#ffffff', { opacity: 0.85, strokeScale: 0.5 });
      s.path(d().M(x - k * 1.1, groundY).Q(x - k * 0.2, groundY - k * 0.7, x + k * 1.0, groundY).Z().toString(), s.p.hillNear);
      for (let r = 0; r < 3; r++) for (let c = 0; c < 6 - r * 2; c++) s.circle(x - k * 0.62 + r * k * 0.2 + c * k * 0.24, groundY - k * (0.12 + r * 0.17), k * 0.08, '#3f8a4a', { strokeScale: 0.4 });
      return;
    case 'flowers': {
      const w = k * 1.5;
      s.path(d().M(x - w / 2, groundY).V(groundY - k * 0.4).Q(x - w / 2, groundY - k * 0.75, x, groundY - k * 0.75).Q(x + w / 2, groundY - k * 0.75, x + w / 2, groundY - k * 0.4).V(groundY).Z().toString(), s.p.glass, { opacity: s.p.outline ? 1 : 0.9 });
      for (let i = 1; i < 6; i++) s.line(x - w / 2 + (w * i) / 6, groundY, x - w / 2 + (w * i) / 6, groundY - k * 0.6, '#ffffff', Math.max(1, k * 0.03), { opacity: 0.8 });
      for (let i = 0; i < 9; i++) s.circle(x - w * 0.42 + i * w * 0.105, groundY - k * (0.12 + (i % 2) * 0.08), k * 0.05, ROSE, { stroke: false });
      return;
    }
    case 'oil':
      savannahTree(s, x - k * 0.55, groundY, k * 0.85);
      savannahTree(s, x + k * 0.45, groundY, k * 1.05);
      return;
    case 'textile': {
      s.rect(x - k * 0.5, groundY - k * 0.6, k * 1.0, k * 0.6, s.p.wall);
      s.poly([x - k * 0.6, groundY - k * 0.58, x, groundY - k * 0.95, x + k * 0.6, groundY - k * 0.58], s.p.coral);
      s.rect(x - k * 0.12, groundY - k * 0.38, k * 0.24, k * 0.38, s.p.woodDark);
      s.strokePath(d().M(x + k * 0.55, groundY - k * 0.5).Q(x + k * 0.95, groundY - k * 0.38, x + k * 1.35, groundY - k * 0.52).toString(), s.p.ink, Math.max(1, k * 0.02), { opacity: 0.6 });
      [s.p.teal, s.p.yellow, s.p.purple].forEach((c, i) => s.rect(x + k * (0.65 + i * 0.22), groundY - k * 0.46 + (i === 1 ? k * 0.03 : 0), k * 0.16, k * 0.32, c, { strokeScale: 0.5 }));
      return;
    }
    case 'machinery':
      s.rect(x - k * 0.7, groundY - k * 0.55, k * 1.4, k * 0.55, s.p.metal);
      for (let i = 0; i < 4; i++) s.poly([x - k * 0.7 + i * k * 0.35, groundY - k * 0.55, x - k * 0.7 + i * k * 0.35, groundY - k * 0.8, x - k * 0.35 + i * k * 0.35, groundY - k * 0.55], s.p.metalDark);
      s.rect(x + k * 0.45, groundY - k * 1.15, k * 0.14, k * 0.6, s.p.coral);
      for (let i = 0; i < 4; i++) s.rect(x - k * 0.6 + i * k * 0.32, groundY - k * 0.38, k * 0.2, k * 0.16, s.p.glass, { strokeScale: 0.5 });
      return;
    case 'service':
      s.rect(x - k * 0.45, groundY - k * 1.1, k * 0.9, k * 1.1, s.p.navy, { rx: k * 0.04 });
      for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) s.rect(x - k * 0.35 + c * k * 0.26, groundY - k * 1.0 + r * k * 0.19, k * 0.18, k * 0.12, (r + c) % 3 === 0 ? s.p.yellow : s.p.glass, { stroke: false });
      tree(s, x + k * 0.75, groundY, k * 0.5);
      return;
    case 'goods':
      s.rect(x - k * 0.7, groundY - k * 0.6, k * 1.4, k * 0.6, s.p.concrete);
      s.poly([x - k * 0.78, groundY - k * 0.58, x, groundY - k * 0.85, x + k * 0.78, groundY - k * 0.58], s.p.metalDark);
      s.rect(x - k * 0.3, groundY - k * 0.42, k * 0.6, k * 0.42, s.p.metal);
      box(s, x, groundY, k * 0.3, k * 0.22);
  }
}
