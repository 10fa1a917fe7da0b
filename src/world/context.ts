/** What every scene of the world is given when the view or the size changes. */
import type { WorldLayout } from './layout';
import type { Palette } from './palette';
import type { WorldView } from './types';

/** The state a scene draws from. */
export interface WorldContext {
  view: WorldView;
  layout: WorldLayout;
  palette: Palette;
  /** Canvas pixels per CSS pixel. */
  dpr: number;
  /** False when the player asked for reduced motion: changes are shown without animation. */
  animate: boolean;
  /** True when the canvas size or palette changed since the last call (textures must be redrawn). */
  redraw: boolean;
  /** Ask the render loop to run (at least `holdMs` milliseconds). */
  wake(holdMs?: number): void;
}

/** A scene of the world. */
export interface WorldLayer {
  /** Resolves once the scene has been created. */
  readonly ready: Promise<void>;
  /** Show the context's view (diffing against what the scene shows now). */
  present(ctx: WorldContext): void;
}

/** The font stack of the world's few labels (the page's font first). */
export const WORLD_FONT = "'Atkinson Hyperlegible', system-ui, -apple-system, 'Segoe UI', sans-serif";
