/**
 * Where things go, for any canvas from a 360×640 phone to a 1920×1080 projector (pure maths).
 * Sizes are in canvas pixels; `u` is the drawing unit that illustrations are measured in.
 */

/** The drawing frame of a backdrop. */
export interface Frame {
  w: number;
  h: number;
  /** Drawing unit: 1/100 of the height, limited so wide-narrow and tall-narrow screens both fit. */
  u: number;
  /** Where walls meet the floor, or the horizon outdoors. */
  floorY: number;
  /** A portrait screen (phones). */
  tall: boolean;
}

/** The frame for a canvas size. */
export function frameFor(w: number, h: number): Frame {
  const tall = w / h < 0.9;
  const u = Math.max(1, Math.min(h / 100, w / 62));
  return { w, h, u, floorY: Math.round(h * (tall ? 0.62 : 0.7)), tall };
}

/** A rectangle in canvas pixels. */
export interface Box { x: number; y: number; w: number; h: number }

/** Positions of the world's layers. */
export interface WorldLayout {
  frame: Frame;
  /** The journey map card. */
  card: Box;
  /** The speaker: horizontal centre, where the feet are, and the figure's height. */
  character: { x: number; footY: number; height: number };
}

/** Lays out the world for a canvas of w×h pixels at a device pixel ratio (css px = px / dpr). */
export function layoutWorld(w: number, h: number, dpr: number): WorldLayout {
  const frame = frameFor(w, h);
  const margin = 12 * dpr;
  const cardW = Math.min(w - 2 * margin, 620 * dpr);
  const cardH = Math.max(64 * dpr, Math.min(112 * dpr, h * 0.2));
  const card = { x: (w - cardW) / 2, y: margin, w: cardW, h: cardH };
  const height = Math.min(frame.u * 52, h * 0.5);
  const x = frame.tall ? w * 0.5 : Math.max(w * 0.16, height * 0.4);
  const footY = Math.min(h - frame.u * 2, frame.floorY + height * 0.16);
  return { frame, card, character: { x, footY, height } };
}
