/**
 * The journey map's geometry (pure): a gentle curve from the origin pin to the destination flag,
 * shaped by the transport mode, and where the shipment is on it for a day and a deadline.
 */

/** A point in the card's own pixels. */
export interface Point { x: number; y: number }

/** The route of a card: a quadratic Bézier from origin to destination. */
export interface Route { from: Point; control: Point; to: Point }

/** How high the route arches for each mode, as a share of the card's height (planes fly high). */
export const ROUTE_ARCH: Record<string, number> = {
  sea: 0.1, air: 0.34, road: 0.06, rail: 0.04, post: 0.06, courier: 0.08, digital: 0.2,
};

/** The route inside a card of w×h pixels. */
export function routeFor(mode: string | null, w: number, h: number): Route {
  const pad = h * 0.38;
  const y = h * 0.6;
  const from = { x: pad, y };
  const to = { x: w - pad, y };
  const arch = (mode !== null ? ROUTE_ARCH[mode] : undefined) ?? 0.05;
  return { from, control: { x: (from.x + to.x) / 2, y: y - h * arch * 2 }, to };
}

/** The point at t ∈ [0, 1] along a route. */
export function pointAt(r: Route, t: number): Point {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const c = t * t;
  return { x: a * r.from.x + b * r.control.x + c * r.to.x, y: a * r.from.y + b * r.control.y + c * r.to.y };
}

/** The direction of travel at t, in radians. */
export function angleAt(r: Route, t: number): number {
  const dx = 2 * (1 - t) * (r.control.x - r.from.x) + 2 * t * (r.to.x - r.control.x);
  const dy = 2 * (1 - t) * (r.control.y - r.from.y) + 2 * t * (r.to.y - r.control.y);
  return Math.atan2(dy, dx);
}

/** Points along the route from 0 to t, for drawing the part already travelled. */
export function pointsUpTo(r: Route, t: number, steps = 32): Point[] {
  const out: Point[] = [];
  const end = clamp01(t);
  const n = Math.max(1, Math.ceil(steps * end));
  for (let i = 0; i <= n; i++) out.push(pointAt(r, (end * i) / n));
  return out;
}

/**
 * Where on the route (0…1) the shipment is drawn for a progress: `margin` off the pin at the start
 * and short of the flag at the end (a vehicle is wide; it should not hide either).
 */
export function routeParam(progress: number, margin = 0.08): number {
  const m = Math.min(0.4, Math.max(0, margin));
  return m + (1 - 2 * m) * clamp01(progress);
}

/** Shipment progress for a day and a deadline: 0 at the start, 1 at (or past) the deadline. */
export function progressFor(day: number, deadline: number): number {
  if (!Number.isFinite(day) || !Number.isFinite(deadline) || deadline <= 0) return 0;
  return clamp01(day / deadline);
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
