/** The world's public types: what the app tells the world to show (no Phaser import, safe to use anywhere). */

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
  /** Who speaks the scene's lines: a look a–f (null: derived from the name) and a name. */
  speaker: { look: string | null; name: string } | null;
  ended: null | 'success' | 'failure';
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
