/**
 * Where things go, for any canvas from a 360×640 phone to a 1920×1080 projector (pure maths).
 *
 * The world sits behind the DOM, so it composes its picture in the part the DOM leaves visible:
 * on wide screens the column right of the story panel, on narrow screens the band between the HUD
 * and the panel. The defaults match the app's stylesheet; the app can state them exactly with the
 * CSS custom properties --world-top, --world-left and --world-bottom (CSS pixels) on the parent.
 */

/** The drawing frame of a backdrop, in canvas pixels. */
export interface Frame {
  /** Width of the composed (visible) area, and where it starts; the picture bleeds to the left of it. */
  w: number;
  left: number;
  h: number;
  /** Drawing unit: sizes of things are multiples of it. */
  u: number;
  /** Where walls meet the floor, or the horizon outdoors. */
  floorY: number;
  /** Portrait composition (phones). */
  tall: boolean;
  /** The top of the visible part (below the HUD): wall fittings drawn above it would be cut off. */
  top?: number;
}

/** A frame without insets (tests, previews). */
export function frameFor(w: number, h: number): Frame {
  const tall = w / h < 0.9;
  const u = Math.max(1, Math.min(h / 100, w / 62));
  return { w, left: 0, h, u, floorY: Math.round(h * (tall ? 0.62 : 0.7)), tall };
}

/** A rectangle in canvas pixels. */
export interface Box { x: number; y: number; w: number; h: number }

/** What the DOM covers, in CSS pixels: the top (HUD), the left (story panel) and where covering starts below. */
export interface Insets { top: number; left: number; bottom: number }

/** Positions of the world's layers, in canvas pixels. */
export interface WorldLayout {
  canvas: { w: number; h: number };
  /** The part of the canvas the DOM leaves visible. */
  visible: Box;
  frame: Frame;
  /** The journey map card. */
  card: Box;
  /** The speaker: horizontal centre, where the feet are, and the figure's height. */
  character: { x: number; footY: number; height: number };
}

/** The app's layout: a story panel on the left from 64rem (1024 px), a band under the HUD below that. */
export function defaultInsets(cssW: number, cssH: number): Insets {
  if (cssW >= 1024) return { top: 120, left: Math.min(cssW - 220, 784), bottom: cssH };
  return { top: 128, left: 0, bottom: Math.min(cssH, 128 + Math.min(cssH * 0.3, 224)) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Lays out the world for a canvas of cssW×cssH CSS pixels at a device pixel ratio. */
export function layoutWorld(cssW: number, cssH: number, dpr: number, insets: Insets = defaultInsets(cssW, cssH)): WorldLayout {
  const w = cssW * dpr;
  const h = cssH * dpr;
  const top = clamp(insets.top, 0, cssH * 0.6) * dpr;
  const left = clamp(insets.left, 0, cssW * 0.8) * dpr;
  const bottom = clamp(insets.bottom, insets.top + 40, cssH) * dpr;
  const areaW = w - left;
  const m = 12 * dpr;
  if (bottom >= h - 1) {
    // A column: the whole height right of the panel (or the whole screen with no panel).
    const tall = areaW / h < 0.9;
    const floorY = Math.round(h * (tall ? 0.66 : 0.7));
    // Small enough that the tallest wall fittings (about 60 units above the floor) stay below the HUD.
    const u = Math.max(1, Math.min(h / 100, areaW / 62, (floorY - top - m) / 60));
    const cardH = clamp(h * 0.13, 64 * dpr, 104 * dpr);
    const cardW = Math.min(areaW - 2 * m, 560 * dpr);
    const height = Math.min(u * 52, (h - top - cardH) * 0.62, (areaW / 0.6) * 0.7);
    return {
      canvas: { w, h },
      visible: { x: left, y: top, w: areaW, h: h - top },
      frame: { w: areaW, left, h, u, floorY, tall, top },
      // On the floor at the bottom, clear of the wall and its window (the character stands above it).
      card: { x: left + (areaW - cardW) / 2, y: h - cardH - m, w: cardW, h: cardH },
      character: { x: left + clamp(areaW * 0.26, height * 0.33 + m, areaW * 0.5), footY: Math.min(h - u * 2, floorY + height * 0.16), height },
    };
  }
  // A band between the HUD and the panel: the card on the left, the speaker's upper half on the right.
  const band = bottom - top;
  const u = Math.max(1, Math.min(h / 100, areaW / 62));
  const height = Math.min(u * 52, band * 1.3, areaW * 0.7);
  const figureW = height * 0.6;
  const cardH = clamp(band * 0.45, 56 * dpr, 96 * dpr);
  const cardW = Math.min(areaW - 2 * m - figureW * 0.85, 560 * dpr);
  return {
    canvas: { w, h },
    visible: { x: left, y: top, w: areaW, h: band },
    frame: { w: areaW, left, h, u, floorY: Math.round(bottom - band * 0.1), tall: areaW / h < 0.9, top },
    card: { x: left + m, y: top + m * 0.8, w: Math.max(cardW, 120 * dpr), h: cardH },
    character: { x: w - figureW / 2 - m * 0.5, footY: bottom + height * 0.3, height },
  };
}

/** Reads the app's optional --world-top/--world-left/--world-bottom (CSS px) over the defaults. */
export function insetsFrom(read: (name: string) => string, cssW: number, cssH: number): Insets {
  const base = defaultInsets(cssW, cssH);
  const num = (name: string, fallback: number) => {
    const v = Number.parseFloat(read(name));
    return Number.isFinite(v) ? v : fallback;
  };
  return { top: num('--world-top', base.top), left: num('--world-left', base.left), bottom: num('--world-bottom', base.bottom) };
}

/** Where a story event's picture goes (centre and size, canvas pixels): beside the speaker, under the card when there is room. */
export function propPlace(l: WorldLayout, scale = 1): { x: number; y: number; size: number } {
  const v = l.visible;
  const m = l.frame.u * 2;
  if (v.y + v.h < l.canvas.h - 1) {
    // The band between HUD and panel: under the card when there is room, else over its right part; left of the speaker.
    const free = v.y + v.h - (l.card.y + l.card.h) - m * 0.5;
    const right = l.character.x - l.character.height * 0.3;
    if (free >= 40) {
      const size = Math.max(24, Math.min(free, v.w * 0.42, (v.h * 0.86) * scale));
      const x = Math.min(right - size / 2, l.card.x + l.card.w * 0.5);
      return { x: Math.max(v.x + size / 2, x), y: v.y + v.h - m * 0.25 - size / 2, size };
    }
    const size = Math.max(24, Math.min(v.h * 0.86, v.w * 0.42) * scale);
    const x = Math.min(l.card.x + l.card.w * 0.66, right - size * 0.3);
    return { x: Math.max(v.x + size / 2, x), y: v.y + v.h / 2, size };
  }
  // The larger free stretch above or below the journey card.
  const above = l.card.y - v.y;
  const beneath = v.y + v.h - (l.card.y + l.card.h);
  const [r0, r1] = above >= beneath ? [v.y, l.card.y] : [l.card.y + l.card.h, v.y + v.h];
  const size = Math.max(32, Math.min(v.w * 0.4, (r1 - r0) * 0.5, l.character.height * 0.75) * scale);
  const x = Math.min(v.x + v.w - size / 2 - m, Math.max(l.character.x + l.character.height * 0.34 + size / 2, v.x + v.w * 0.66));
  const y = Math.min(r1 - size / 2 - m, Math.max(r0 + size / 2 + m, l.character.footY - l.character.height * 0.5));
  return { x, y, size };
}
