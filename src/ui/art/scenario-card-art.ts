/**
 * The picture on a scenario card (480×180 units): the product in front of the place it comes from,
 * an origin pin, the route drawn in the style of its transport (ship at sea, plane in the sky, van on
 * the road, data arcs) and the destination's skyline with a flag. Small variations follow the
 * scenario's seed. No text: the card says it all in the DOM.
 */
import type { Palette } from '../../world/palette';
import { cloud, hills, sun } from '../../world/art/parts';
import { d, Svg } from '../../world/art/svg';
import { digital, parcel, plane, ship, train, truck, van } from '../../world/art/vehicles';
import type { CardArt } from './card-model';
import { drawOrigin, drawProduct } from './products';

export const CARD_ART = { width: 480, height: 180 } as const;

const HORIZON = 112;
/** Warm tints for the sky near the horizon, one per seed. */
const SKY_TINTS = ['#ffe7c7', '#fde3d8', '#e9f4dc', '#f1e6f6', '#dff3fb'];

/** The seed's i-th choice among `count`. */
const pick = (seed: number, i: number, count: number): number => Math.floor(seed / 7 ** i) % count;

/** The origin pin: a drop-shaped marker whose point is at (x, y). */
function pin(s: Svg, x: number, y: number, u: number): void {
  s.path(d().M(x, y).Q(x - u * 2.3, y - u * 3, x - u * 2.3, y - u * 4.5).A(u * 2.3, 1, x + u * 2.3, y - u * 4.5).Q(x + u * 2.3, y - u * 3, x, y).Z().toString(), s.p.coral);
  s.circle(x, y - u * 4.5, u * 0.9, s.p.paper, { stroke: false });
}

/** The destination flag on its pole, standing at (x, y). */
function flag(s: Svg, x: number, y: number, u: number): void {
  s.rect(x - u * 0.25, y - u * 7, u * 0.5, u * 7, s.p.ink, { stroke: false });
  s.path(d().M(x + u * 0.25, y - u * 7).H(x + u * 4.5).L(x + u * 3.5, y - u * 5.5).L(x + u * 4.5, y - u * 4).H(x + u * 0.25).Z().toString(), s.p.teal);
}

/** The destination: a small city skyline around x on the horizon. */
function skyline(s: Svg, x: number, seed: number): void {
  const colors = [s.p.navy, s.p.blue, s.p.metalDark, s.p.purple];
  for (let i = 0; i < 6; i++) {
    const bw = 13 + ((seed >>> i) & 3) * 2;
    const bh = 22 + ((seed >>> (i + 3)) % 5) * 6 + (i === 2 ? 12 : 0);
    const bx = x - 45 + i * 15;
    s.rect(bx, HORIZON - bh, bw, bh + 2, colors[(i + seed) % colors.length] as string, { strokeScale: 0.5 });
    for (let r = 0; r < Math.floor(bh / 9); r++) s.rect(bx + 3, HORIZON - bh + 4 + r * 8, bw - 6, 3, s.p.glass, { stroke: false, opacity: 0.6 });
  }
}

/** Draws the card art as an SVG document (CARD_ART units; scale it with CSS). */
export function drawScenarioCard(p: Palette, art: CardArt): string {
  const s = new Svg(CARD_ART.width, CARD_ART.height, p, 5);
  const { seed, product, mode } = art;
  const u = 5;
  const tint = p.outline ? p.skyBottom : (SKY_TINTS[pick(seed, 0, SKY_TINTS.length)] as string);
  const dry = product === 'oil' || product === 'nuts';
  s.rect(0, 0, s.w, s.h, s.gradient([[0, p.skyTop], [0.62, tint]]), { stroke: false });
  sun(s, 250 + pick(seed, 1, 5) * 20, HORIZON - 14, 13);
  cloud(s, 60 + pick(seed, 2, 4) * 30, 40, 18 + pick(seed, 3, 3) * 4, 0.9);
  cloud(s, 330 + pick(seed, 4, 4) * 25, 30, 14, 0.85);
  hills(s, HORIZON - 6, 5, 4 + pick(seed, 5, 3), (seed % 628) / 100, p.hillFar, s.h);
  hills(s, HORIZON + 4, 3, 5, ((seed >>> 8) % 628) / 100, dry ? p.field : p.grass, s.h);

  skyline(s, 418, seed);
  flag(s, 452, HORIZON - 2, u);

  // The route: a dashed arc from the origin pin to the destination flag.
  const route = d().M(150, 82).Q(290, 4 + pick(seed, 6, 3) * 6, 446, 72).toString();
  s.strokePath(route, p.paper, 4.5, { opacity: p.outline ? 1 : 0.75 });
  s.strokePath(route, p.ink, 1.6, { dash: 6, opacity: 0.7 });

  // The transport, where it travels: at sea, on the road or rails, or along the arc.
  switch (mode) {
    case 'sea':
      s.path(d().M(170, s.h).Q(190, HORIZON + 14, 240, HORIZON + 10).H(340).Q(388, HORIZON + 14, 396, s.h).Z().toString(), s.gradient([[0, p.water], [1, p.waterDeep]]), { stroke: false });
      for (const [x1, y1] of [[215, 146], [300, 160], [350, 136]] as const) s.line(x1, y1, x1 + 18, y1, p.foam, 1.6, { opacity: 0.8 });
      ship(s, 292, 145, 112);
      break;
    case 'road': case 'post': case 'courier': case 'rail': {
      const road = d().M(150, s.h - 6).Q(290, HORIZON + 8, 470, HORIZON + 20).toString();
      if (mode === 'rail') {
        s.strokePath(road, p.woodDark, 9, { dash: 2, opacity: 0.6 });
        s.strokePath(road, p.metalDark, 2.2);
        train(s, 318, 142, 96);
      } else {
        s.strokePath(road, p.road, 13);
        s.strokePath(road, p.roadLine, 1.6, { dash: 6 });
        if (mode === 'road') truck(s, 312, 142, 84);
        else van(s, 312, 142, 64, mode);
      }
      break;
    }
    case 'air':
      plane(s, 292, 44, 96);
      break;
    case 'digital':
      digital(s, 292, 52, 62);
      break;
    default:
      parcel(s, 292, 48, 40);
  }

  drawOrigin(s, product, product === 'nuts' ? 136 : 116, HORIZON + 10, 56);
  pin(s, 150, 82, u);
  s.ellipse(72, s.h - 8, 60, 7, '#000000', { stroke: false, opacity: p.outline ? 0 : 0.12 });
  drawProduct(s, product, 70, s.h - 8, 80);
  return s.toString();
}
