/**
 * The journey map card: a soft panel with the route drawn in the style of the transport mode
 * (road, rails, sea lane, flight path, data link), an origin pin and a destination flag.
 */
import type { Palette } from '../palette';
import type { Route } from '../journey';
import { routeFor } from '../journey';
import { d, n, Svg } from './svg';
import type { Cargo } from '../../scenario/index';
import { cargo } from './cargo';
import { vehicle } from './vehicles';

/** The route as SVG path data. */
function routePath(r: Route): string {
  return `M${n(r.from.x)} ${n(r.from.y)}Q${n(r.control.x)} ${n(r.control.y)} ${n(r.to.x)} ${n(r.to.y)}`;
}

/** The card (w×h pixels) for a mode; the part already travelled and the vehicle are drawn on top. */
export function drawJourneyCard(p: Palette, mode: string | null, w: number, h: number): string {
  const u = h / 30;
  const s = new Svg(w, h, p, u * 0.7);
  const r = routeFor(mode, w, h);
  const inset = u * 0.6;
  if (!p.outline) s.rect(inset, inset * 2, w - inset * 2, h - inset * 2, 'rgba(45,58,74,0.18)', { rx: u * 4, stroke: false });
  s.rect(inset, inset, w - inset * 2, h - inset * 2.4, p.paper, { rx: u * 4, opacity: p.outline ? 1 : 0.94 });
  const path = routePath(r);
  switch (mode) {
    case 'sea':
      s.strokePath(path, p.water, u * 5, { opacity: 0.35 });
      s.strokePath(path, p.navy, u * 0.8, { dash: u * 2, opacity: 0.6 });
      break;
    case 'air':
      s.strokePath(path, p.blue, u * 0.8, { dash: u * 2.2, opacity: 0.7 });
      break;
    case 'rail':
      s.strokePath(path, p.woodDark, u * 3, { dash: u * 0.8, opacity: 0.6 });
      s.strokePath(path, p.metalDark, u * 0.7);
      break;
    case 'digital':
      s.strokePath(path, p.teal, u * 1.2, { dash: u * 0.6, opacity: 0.8 });
      break;
    case 'road': case 'post': case 'courier':
      s.strokePath(path, p.road, u * 3.6, { opacity: 0.85 });
      s.strokePath(path, p.roadLine, u * 0.5, { dash: u * 1.6 });
      break;
    default:
      s.strokePath(path, p.ink, u * 0.6, { dash: u * 1.4, opacity: 0.45 });
  }
  // Origin pin.
  const o = r.from;
  s.path(d().M(o.x, o.y).Q(o.x - u * 4.6, o.y - u * 6, o.x - u * 4.6, o.y - u * 9).A(u * 4.6, 1, o.x + u * 4.6, o.y - u * 9).Q(o.x + u * 4.6, o.y - u * 6, o.x, o.y).Z().toString(), p.coral);
  s.circle(o.x, o.y - u * 9, u * 1.8, p.paper, { stroke: false });
  // Destination flag.
  const t = r.to;
  s.rect(t.x - u * 0.5, t.y - u * 14, u, u * 14, p.ink, { stroke: false });
  s.path(d().M(t.x + u * 0.5, t.y - u * 14).H(t.x + u * 9).L(t.x + u * 7, t.y - u * 11).L(t.x + u * 9, t.y - u * 8).H(t.x + u * 0.5).Z().toString(), p.teal);
  s.ellipse(t.x, t.y, u * 2.6, u * 0.8, p.ink, { stroke: false, opacity: 0.3 });
  return s.toString();
}

/** The vehicle icon for the journey card: `len` wide; its base sits at `baseline` × its height. */
export const VEHICLE_BOX = { width: 1.15, height: 0.8, baseline: 0.62 };

/**
 * Draws what moves along the route, sized for the card: the cargo itself before a mode is chosen (a
 * data file for a service), the data file for a digital delivery, else the vehicle with a badge that
 * shows what it carries.
 */
export function drawJourneyVehicle(p: Palette, mode: string | null, len: number, what: Cargo = 'cartons'): string {
  const w = len * VEHICLE_BOX.width;
  const h = len * VEHICLE_BOX.height;
  const s = new Svg(w, h, p, len / 40);
  const base = h * VEHICLE_BOX.baseline;
  if (mode === null) {
    cargo(s, what, w / 2, base, len * 0.78);
    return s.toString();
  }
  if (mode === 'digital') {
    vehicle(s, 'digital', w / 2, base, len);
    return s.toString();
  }
  vehicle(s, mode, w / 2, base, len * 0.92);
  // The badge: a disc above the vehicle's back with the cargo in it.
  const r = len * 0.19;
  const bx = r + len * 0.02;
  const by = r + len * 0.02;
  s.circle(bx, by, r, p.paper, { strokeScale: 0.6 });
  cargo(s, what, bx, by + r * 0.6, r * 1.4);
  return s.toString();
}
