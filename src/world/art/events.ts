/**
 * The pictures of what happens in the story (drawn in a 100×100 design box, scaled to `size`): a storm
 * cloud, an inspector's magnifier over the cargo, a padlocked container, a green release stamp, coins
 * arriving, an unpaid invoice, a rejected lot, a clock running late, damaged goods, prices moving, a
 * progress tick, a warning; and for the ending a trophy or an empty cash box.
 */
import type { Cargo, Visual } from '../../scenario/index';
import type { Palette } from '../palette';
import { cargo } from './cargo';
import { container } from './parts';
import { d, Svg } from './svg';

/** What an ending or event prop can show. */
export type Prop = Exclude<Visual, 'none'> | 'trophy' | 'broke' | 'abandoned';

/** Whether a prop tells good news, bad news or neither (its halo colour). */
export function propTone(prop: Prop): 'good' | 'bad' | 'neutral' {
  if (prop === 'cleared' || prop === 'payment' || prop === 'market-up' || prop === 'progress' || prop === 'trophy') return 'good';
  if (prop === 'inspection' || prop === 'alert' || prop === 'delay') return 'neutral';
  return 'bad';
}

function halo(s: Svg, tone: 'good' | 'bad' | 'neutral'): void {
  const c = tone === 'good' ? s.p.green : tone === 'bad' ? s.p.red : s.p.yellow;
  if (s.p.outline) {
    s.circle(50, 52, 46, s.p.paper, { strokeScale: 0.6 });
    return;
  }
  s.circle(50, 52, 50, s.radial([[0, '#ffffff', 0.95], [0.62, '#ffffff', 0.85], [0.8, c, 0.35], [1, c, 0]]), { stroke: false });
}

/** A rubber-stamp ring with a mark inside. */
function stamp(s: Svg, colour: string, mark: 'check' | 'cross'): void {
  s.strokePath('M20 50A30 30 0 1 0 80 50A30 30 0 1 0 20 50', colour, 6);
  s.strokePath('M28 50A22 22 0 1 0 72 50A22 22 0 1 0 28 50', colour, 2, { opacity: 0.7 });
  if (mark === 'check') s.strokePath(d().M(36, 51).L(46, 61).L(65, 39).toString(), colour, 8);
  else s.strokePath(d().M(38, 38).L(62, 62).M(62, 38).L(38, 62).toString(), colour, 8);
}

function coin(s: Svg, x: number, y: number, r: number): void {
  s.ellipse(x, y + r * 0.25, r, r * 0.45, '#d9a21b', { strokeScale: 0.5 });
  s.ellipse(x, y, r, r * 0.45, s.p.yellow, { strokeScale: 0.5 });
  s.ellipse(x, y, r * 0.55, r * 0.22, '#ffe08a', { stroke: false });
}

function draw(s: Svg, prop: Prop, what: Cargo): void {
  const p = s.p;
  switch (prop) {
    case 'storm':
      s.path(d().M(18, 56).Q(10, 36, 30, 34).Q(34, 16, 54, 22).Q(70, 12, 80, 30).Q(96, 34, 88, 56).Z().toString(), p.outline ? '#b9c2cc' : '#7f8ea3');
      s.path(d().M(52, 56).L(42, 74).H(52).L(46, 92).L(66, 66).H(55).L(62, 56).Z().toString(), p.yellow, { strokeScale: 0.6 });
      for (const [x, y] of [[28, 66], [34, 80], [74, 66], [80, 80]] as const) s.line(x, y, x - 4, y + 9, p.blue, 3);
      return;
    case 'inspection':
      cargo(s, what, 44, 82, 56);
      s.circle(62, 40, 17, 'rgba(191,230,247,0.55)', { strokeScale: 0.6 });
      s.strokePath('M45 40A17 17 0 1 0 79 40A17 17 0 1 0 45 40', p.ink, 5);
      s.line(74, 53, 88, 70, p.ink, 8);
      s.rect(10, 18, 24, 30, p.paper, { rx: 2, transform: 'rotate(-10 22 33)' });
      for (const y of [26, 33, 40]) s.strokePath(d().M(14, y).L(17, y + 3).L(22, y - 2).toString(), p.green, 2.4);
      return;
    case 'held':
      container(s, 8, 80, 84, 40, p.orange);
      s.line(8, 52, 92, 68, p.ink, 4);
      s.line(8, 68, 92, 52, p.ink, 4);
      s.rect(38, 50, 24, 20, p.yellow, { rx: 3 });
      s.strokePath('M42 50V44A8 8 0 0 1 58 44V50', p.ink, 4);
      s.circle(50, 59, 2.6, p.ink, { stroke: false });
      s.rect(49, 60, 2, 5, p.ink, { stroke: false });
      return;
    case 'cleared':
      stamp(s, p.green, 'check');
      return;
    case 'rejected':
      cargo(s, what, 50, 82, 60);
      s.group(() => stamp(s, p.red, 'cross'), { transform: 'rotate(-12 50 50)', opacity: 0.92 });
      return;
    case 'payment':
      s.rect(16, 22, 52, 28, p.green, { rx: 4, transform: 'rotate(-8 42 36)' });
      s.circle(42, 36, 8, '#9fdc8a', { stroke: false, transform: 'rotate(-8 42 36)' });
      for (let i = 0; i < 4; i++) coin(s, 62, 80 - i * 7, 16);
      coin(s, 34, 80, 14);
      coin(s, 34, 73, 14);
      return;
    case 'unpaid':
    case 'broke':
      if (prop === 'unpaid') {
        s.rect(24, 14, 48, 64, p.paper, { rx: 3 });
        for (let i = 0; i < 5; i++) s.rect(30, 24 + i * 8, i === 4 ? 18 : 34, 3, p.metalDark, { stroke: false, opacity: 0.6 });
        s.strokePath(d().M(54, 56).L(82, 86).M(82, 56).L(54, 86).toString(), p.red, 8);
      } else {
        // An open, empty wallet with a moth flying out.
        s.rect(12, 40, 76, 44, '#8a5a32', { rx: 8 });
        s.rect(16, 46, 68, 32, '#6f4526', { rx: 5, stroke: false });
        s.path(d().M(12, 48).Q(50, 30, 88, 48).V(40).Q(50, 20, 12, 40).Z().toString(), '#a86f3f');
        s.rect(70, 56, 22, 14, '#a86f3f', { rx: 4 });
        s.circle(78, 63, 3, p.yellow, { strokeScale: 0.5 });
        s.strokePath(d().M(30, 62).Q(40, 56, 50, 62).toString(), '#4a2e19', 2, { opacity: 0.6 });
        for (const [x, y, k] of [[44, 18, 1], [60, 10, 0.7]] as const) {
          s.ellipse(x - 5 * k, y, 6 * k, 4 * k, '#d9d2c5', { strokeScale: 0.4, transform: `rotate(-25 ${x - 5 * k} ${y})` });
          s.ellipse(x + 5 * k, y, 6 * k, 4 * k, '#d9d2c5', { strokeScale: 0.4, transform: `rotate(25 ${x + 5 * k} ${y})` });
          s.ellipse(x, y + 1, 1.6 * k, 4 * k, '#7d7466', { stroke: false });
        }
      }
      return;
    case 'delay':
      s.circle(50, 50, 36, p.paper);
      s.strokePath('M14 50A36 36 0 1 0 86 50A36 36 0 1 0 14 50', p.red, 5);
      for (let i = 0; i < 12; i++) {
        const a = (i * Math.PI) / 6;
        s.line(50 + Math.cos(a) * 28, 50 + Math.sin(a) * 28, 50 + Math.cos(a) * 32, 50 + Math.sin(a) * 32, p.ink, i % 3 ? 1.6 : 3);
      }
      s.circle(50, 50, 3.4, p.ink, { stroke: false });
      s.path(d().M(74, 10).L(96, 14).L(84, 30).Z().toString(), p.red, { strokeScale: 0.5 });
      return;
    case 'damage':
      cargo(s, what, 50, 84, 66);
      s.strokePath(d().M(40, 44).L(48, 56).L(42, 64).L(52, 80).toString(), p.ink, 3);
      for (const [x, y] of [[70, 26], [80, 40], [26, 34]] as const) s.path(d().M(x, y - 7).Q(x + 5, y + 2, x, y + 4).Q(x - 5, y + 2, x, y - 7).Z().toString(), p.blue, { strokeScale: 0.5 });
      return;
    case 'market-up':
    case 'market-down': {
      const up = prop === 'market-up';
      const c = up ? p.green : p.red;
      s.rect(14, 16, 72, 68, p.paper, { rx: 4 });
      for (const y of [34, 50, 66]) s.line(20, y, 80, y, p.metal, 1.2);
      const pts: Array<[number, number]> = up ? [[36, 62], [50, 66], [66, 44], [78, 30]] : [[36, 40], [50, 36], [66, 58], [78, 72]];
      const path = d().M(20, up ? 74 : 30);
      for (const [x, y] of pts) path.L(x, y);
      s.strokePath(path.toString(), c, 5);
      s.poly(up ? [70, 26, 86, 22, 82, 38] : [70, 76, 86, 80, 82, 64], c, { strokeScale: 0.5 });
      return;
    }
    case 'progress':
      s.circle(50, 50, 32, p.green);
      s.strokePath(d().M(34, 51).L(46, 63).L(67, 39).toString(), p.paper, 8);
      return;
    case 'alert':
      s.path(d().M(50, 12).L(90, 82).H(10).Z().toString(), p.yellow);
      s.rect(46, 34, 8, 28, p.ink, { rx: 3, stroke: false });
      s.circle(50, 72, 4.5, p.ink, { stroke: false });
      return;
    case 'trophy':
      s.path(d().M(28, 18).H(72).V(40).Q(72, 62, 50, 64).Q(28, 62, 28, 40).Z().toString(), p.yellow);
      s.strokePath('M28 26H16Q14 44 30 46M72 26H84Q86 44 70 46', p.yellow, 4);
      s.rect(44, 62, 12, 12, '#d9a21b', { stroke: false });
      s.rect(32, 74, 36, 10, p.woodDark, { rx: 2 });
      s.path(d().M(50, 28).L(53, 35).L(60, 35.5).L(54.5, 40).L(56.5, 47).L(50, 43).L(43.5, 47).L(45.5, 40).L(40, 35.5).L(47, 35).Z().toString(), '#fff3c4', { stroke: false });
      return;
    case 'abandoned':
      s.rect(20, 30, 60, 40, p.wood, { rx: 3 });
      s.line(50, 10, 36, 30, p.ink, 2.4);
      s.line(50, 10, 64, 30, p.ink, 2.4);
      s.circle(50, 10, 3, p.ink, { stroke: false });
      s.rect(28, 44, 44, 12, p.paper, { rx: 2, stroke: false });
      s.strokePath(d().M(32, 50).H(68).toString(), p.red, 4);
      return;
  }
}

/** The prop as an SVG document, size×size pixels, with a soft halo in its tone. */
export function drawProp(p: Palette, prop: Prop, what: Cargo, size: number): string {
  const k = size / 100;
  const s = new Svg(size, size, p, 3);
  s.group(() => {
    halo(s, propTone(prop));
    draw(s, prop, what);
  }, { transform: `scale(${Math.round(k * 1000) / 1000})` });
  return s.toString();
}

/** The prop an ending shows: a trophy for a success; for a failure, what went wrong. */
export function endingProp(kind: string | null): Prop {
  switch (kind) {
    case 'success': return 'trophy';
    case 'late': return 'delay';
    case 'refused': return 'rejected';
    case 'unpaid': return 'unpaid';
    case 'over-budget': return 'broke';
    case 'abandoned': return 'abandoned';
    default: return 'market-down';
  }
}
