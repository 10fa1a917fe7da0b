/** Pieces of the ending: a warm glow, confetti, sparkles (success); a dim veil and a rain cloud (failure). */
import type { Palette } from '../palette';
import { cloud } from './parts';
import { d, Svg } from './svg';

/** A soft radial glow, w×h. */
export function drawGlow(p: Palette, w: number, h: number): string {
  const s = new Svg(w, h, p, 1);
  s.ellipse(w / 2, h / 2, w / 2, h / 2, s.radial([[0, p.sun, 0.55], [0.6, p.sun, 0.18], [1, p.sun, 0]]), { stroke: false });
  return s.toString();
}

/** One confetti piece (a rounded strip) of a colour, size×size/2. */
export function drawConfetti(p: Palette, color: string, size: number): string {
  const s = new Svg(size, size / 2, p, size / 12);
  s.rect(0.5, 0.5, size - 1, size / 2 - 1, color, { rx: size * 0.1, strokeScale: 0.4 });
  return s.toString();
}

/** A four-pointed sparkle, size×size. */
export function drawSparkle(p: Palette, size: number): string {
  const s = new Svg(size, size, p, size / 14);
  const c = size / 2;
  s.path(d().M(c, 0).Q(c, c, size, c).Q(c, c, c, size).Q(c, c, 0, c).Q(c, c, c, 0).Z().toString(), p.yellow, { strokeScale: 0.5 });
  return s.toString();
}

/** A grey rain cloud, w wide (height w/2). */
export function drawRainCloud(p: Palette, w: number): string {
  const h = w / 2;
  const s = new Svg(w, h, { ...p, cloud: p.outline ? '#b9c2cc' : '#9aa7b6' }, w / 40);
  cloud(s, w / 2, h * 0.82, w * 0.44, 1);
  return s.toString();
}

/** A raindrop, size tall. */
export function drawRaindrop(p: Palette, size: number): string {
  const w = size / 2;
  const s = new Svg(w, size, p, size / 20);
  s.path(d().M(w / 2, 1).Q(w - 1, size * 0.6, w / 2, size - 1).Q(1, size * 0.6, w / 2, 1).Z().toString(), p.blue, { strokeScale: 0.4 });
  return s.toString();
}
