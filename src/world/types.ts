/** The world's public types: what the app tells the world to show (no Phaser import, safe to use anywhere). */
import type { Cargo, LookData, Visual } from '../scenario/index';

/** Something that just happened in the story, played out in the world (once per id). */
export interface WorldEvent {
  /** Unique per occurrence (the same event is not played twice). */
  id: string;
  visual: Visual;
  /** Where it happened (a chance node's stage, e.g. "ship" for a storm at sea), when the scenario says. */
  stage?: string;
}

/** What the world shows; the app sends a new one after every step. */
export interface WorldView {
  /** A STAGES value from src/scenario (the scene's backdrop), or null for a neutral landscape. */
  stage: string | null;
  /** A MODES value (sea, air, road, rail, post, courier, digital), or null before a mode is chosen. */
  mode: string | null;
  /** Shipment progress along the journey map: day of deadline. */
  day: number;
  deadline: number;
  /** Place names, already translated. */
  origin: string;
  destination: string;
  /** Who speaks the scene's lines: the scenario's look (null: derived from the name) and a name. */
  speaker: { look: LookData | null; name: string } | null;
  /** What travels (drawn on the journey card). */
  cargo: Cargo;
  /** The chance outcome or consequence that just landed, or null. */
  event: WorldEvent | null;
  ended: null | 'success' | 'failure';
  /** The ending's kind (success, late, refused, unpaid, over-budget, abandoned, other) when ended. */
  endingKind: string | null;
  highContrast: boolean;
  reducedMotion: boolean;
}

/** A mounted world. */
export interface World {
  /** Show a new view; animates the differences (instantly when reducedMotion). */
  show(view: WorldView): void;
  /** Re-layout after the parent changed size (also done automatically by a ResizeObserver). */
  resize(): void;
  /** Stop everything and remove the canvas. */
  destroy(): void;
}
