/**
 * A tiny SVG writer for the project's illustrations. Pure string building (no DOM), so art can be
 * tested in Node. Shapes get the palette's outline automatically in high contrast.
 */
import type { Palette } from '../palette';

/** Rounds to one decimal place to keep the markup short. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

/** Common options of a shape. */
export interface ShapeOptions {
  /** Corner radius of a rect. */
  rx?: number;
  opacity?: number;
  /** false: never outline (backgrounds); true: outline in high contrast (default). */
  stroke?: boolean;
  /** Outline width multiplier. */
  strokeScale?: number;
  transform?: string;
  /** "evenodd": inner sub-paths cut holes (a ring, a headscarf around the face). */
  fillRule?: 'evenodd';
}

/** Builds one SVG document of a given pixel size. */
export class Svg {
  private readonly defs: string[] = [];
  private readonly body: string[] = [];
  private nextId = 0;

  constructor(
    readonly w: number,
    readonly h: number,
    readonly p: Palette,
    /** The drawing unit in pixels (sizes of things are multiples of it). */
    readonly u: number,
    /** Extra width left of x = 0 that full-width shapes bleed into (the part the DOM covers). */
    readonly left = 0,
  ) {}

  /** Outline attributes in high contrast. */
  private outline(o: ShapeOptions = {}): string {
    if (!this.p.outline || o.stroke === false) return '';
    const width = Math.max(1.5, this.u * 0.32) * (o.strokeScale ?? 1);
    return ` stroke="${this.p.outline}" stroke-width="${n(width)}" stroke-linejoin="round"`;
  }

  private extra(o: ShapeOptions = {}): string {
    return (o.opacity !== undefined ? ` opacity="${Math.round(o.opacity * 100) / 100}"` : '') +
      (o.transform ? ` transform="${o.transform}"` : '') + (o.fillRule ? ` fill-rule="${o.fillRule}"` : '') + this.outline(o);
  }

  rect(x: number, y: number, w: number, h: number, fill: string, o: ShapeOptions = {}): this {
    if (this.left > 0 && x <= 0 && x + w >= this.w - 0.5) { w += x + this.left; x = -this.left; }
    const r = o.rx ? ` rx="${n(o.rx)}"` : '';
    this.body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}"${r} fill="${fill}"${this.extra(o)}/>`);
    return this;
  }

  circle(cx: number, cy: number, r: number, fill: string, o: ShapeOptions = {}): this {
    this.body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(Math.max(0, r))}" fill="${fill}"${this.extra(o)}/>`);
    return this;
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, o: ShapeOptions = {}): this {
    this.body.push(`<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(Math.max(0, rx))}" ry="${n(Math.max(0, ry))}" fill="${fill}"${this.extra(o)}/>`);
    return this;
  }

  /** A path from SVG path data (build it with {@link d}). */
  path(data: string, fill: string, o: ShapeOptions = {}): this {
    this.body.push(`<path d="${data}" fill="${fill}"${this.extra(o)}/>`);
    return this;
  }

  /** A closed polygon from x,y pairs. */
  poly(points: number[], fill: string, o: ShapeOptions = {}): this {
    const pts: string[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) pts.push(`${n(points[i] as number)},${n(points[i + 1] as number)}`);
    this.body.push(`<polygon points="${pts.join(' ')}" fill="${fill}"${this.extra(o)}/>`);
    return this;
  }

  /** A stroked line (never filled); dash is a dash length in pixels. */
  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number, o: { dash?: number; opacity?: number; cap?: 'round' | 'butt' } = {}): this {
    if (this.left > 0 && x1 <= 0 && x2 >= this.w - 0.5 && y1 === y2) x1 = -this.left;
    const dash = o.dash ? ` stroke-dasharray="${n(o.dash)} ${n(o.dash)}"` : '';
    const op = o.opacity !== undefined ? ` opacity="${Math.round(o.opacity * 100) / 100}"` : '';
    this.body.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="${o.cap ?? 'round'}"${dash}${op}/>`);
    return this;
  }

  /** A stroked open path. */
  strokePath(data: string, color: string, width: number, o: { dash?: number; opacity?: number } = {}): this {
    const dash = o.dash ? ` stroke-dasharray="${n(o.dash)} ${n(o.dash * 0.8)}"` : '';
    const op = o.opacity !== undefined ? ` opacity="${Math.round(o.opacity * 100) / 100}"` : '';
    this.body.push(`<path d="${data}" fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"${dash}${op}/>`);
    return this;
  }

  /** A vertical (or horizontal) linear gradient; returns the fill reference. */
  gradient(stops: Array<[number, string]>, vertical = true): string {
    const id = `g${this.nextId++}`;
    const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
    const s = stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('');
    this.defs.push(`<linearGradient id="${id}" ${dir}>${s}</linearGradient>`);
    return `url(#${id})`;
  }

  /** A radial gradient (soft glows); returns the fill reference. */
  radial(stops: Array<[number, string, number?]>): string {
    const id = `g${this.nextId++}`;
    const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a !== undefined ? ` stop-opacity="${a}"` : ''}/>`).join('');
    this.defs.push(`<radialGradient id="${id}">${s}</radialGradient>`);
    return `url(#${id})`;
  }

  /** Draws `draw` inside a group with a transform and/or opacity. */
  group(draw: () => void, o: { transform?: string; opacity?: number } = {}): this {
    const t = o.transform ? ` transform="${o.transform}"` : '';
    const op = o.opacity !== undefined ? ` opacity="${Math.round(o.opacity * 100) / 100}"` : '';
    this.body.push(`<g${t}${op}>`);
    draw();
    this.body.push('</g>');
    return this;
  }

  /** The finished document. */
  toString(): string {
    const defs = this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '';
    const fullW = this.w + this.left;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(fullW)}" height="${n(this.h)}" viewBox="${n(-this.left)} 0 ${n(fullW)} ${n(this.h)}">${defs}${this.body.join('')}</svg>`;
  }
}

/** Path data builder: d().M(0,0).L(10,0).Q(…).Z().toString(). */
export function d(): PathData {
  return new PathData();
}

/** Fluent SVG path data. */
export class PathData {
  private readonly parts: string[] = [];
  M(x: number, y: number): this { this.parts.push(`M${n(x)} ${n(y)}`); return this; }
  L(x: number, y: number): this { this.parts.push(`L${n(x)} ${n(y)}`); return this; }
  H(x: number): this { this.parts.push(`H${n(x)}`); return this; }
  V(y: number): this { this.parts.push(`V${n(y)}`); return this; }
  Q(cx: number, cy: number, x: number, y: number): this { this.parts.push(`Q${n(cx)} ${n(cy)} ${n(x)} ${n(y)}`); return this; }
  C(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this {
    this.parts.push(`C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(x)} ${n(y)}`);
    return this;
  }
  A(r: number, sweep: 0 | 1, x: number, y: number, large: 0 | 1 = 0): this { this.parts.push(`A${n(r)} ${n(r)} 0 ${large} ${sweep} ${n(x)} ${n(y)}`); return this; }
  Z(): this { this.parts.push('Z'); return this; }
  toString(): string { return this.parts.join(''); }
}
