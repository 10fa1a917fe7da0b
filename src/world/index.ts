/**
 * The world behind the DOM: a decorative Phaser canvas (aria-hidden, no focus, no pointer events)
 * with the stage backdrop, the speaking character, the journey map and the ending. Loaded lazily
 * after the first choice is on screen. The render loop sleeps whenever nothing moves.
 */
import Phaser from 'phaser';
import { BackdropScene } from './scenes/BackdropScene';
import { CharacterScene } from './scenes/CharacterScene';
import { EndingScene } from './scenes/EndingScene';
import { EventScene } from './scenes/EventScene';
import { JourneyScene } from './scenes/JourneyScene';
import type { WorldContext, WorldLayer } from './context';
import { RenderOnDemand } from './idle-loop';
import { insetsFrom, layoutWorld } from './layout';
import { paletteFor } from './palette';
import type { World, WorldView } from './types';

export type { World, WorldView } from './types';

/** Canvas pixels per CSS pixel: sharp on phones, capped so big screens stay cheap. */
function pixelRatio(): number {
  return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
}

/** The parent's size in CSS pixels (at least 1×1). */
function cssSize(parent: HTMLElement): { w: number; h: number } {
  return { w: Math.max(1, Math.round(parent.clientWidth)), h: Math.max(1, Math.round(parent.clientHeight)) };
}

/** Mounts the world into `parent`, sized to it, showing `initial`. */
export async function mountWorld(parent: HTMLElement, initial: WorldView): Promise<World> {
  let dpr = pixelRatio();
  let size = cssSize(parent);
  // Back to front: the ending's glow, confetti and veil and the story's events sit between the backdrop and the speaker.
  const layers = [new BackdropScene(), new EndingScene(), new EventScene(), new CharacterScene(), new JourneyScene()];
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    width: size.w * dpr,
    height: size.h * dpr,
    transparent: true,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
    render: { antialias: true, roundPixels: false },
    scene: layers,
  });
  await Promise.all(layers.map((l) => l.ready));
  decorate(game.canvas);
  fitCanvas(game.canvas, size);

  const loop = new RenderOnDemand(game.loop, {
    now: () => performance.now(),
    isBusy: () => layers.some((l) => l.tweens.getTweens().length > 0),
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => loop.afterFrame());

  let view = initial;
  let destroyed = false;
  let lastPalette = '';
  let lastSize = '';
  const present = (next: WorldView) => {
    if (destroyed) return;
    view = next;
    const palette = paletteFor(view.highContrast);
    const sizeKey = `${size.w}x${size.h}@${dpr}`;
    const ctx: WorldContext = {
      view,
      layout: layoutWorld(size.w, size.h, dpr, insetsFrom((name) => getComputedStyle(parent).getPropertyValue(name), size.w, size.h)),
      palette,
      dpr,
      animate: !view.reducedMotion,
      redraw: (lastSize !== '' && lastSize !== sizeKey) || (lastPalette !== '' && lastPalette !== palette.name),
      wake: (holdMs) => loop.wake(holdMs),
    };
    lastSize = sizeKey;
    lastPalette = palette.name;
    for (const layer of layers as WorldLayer[]) layer.present(ctx);
    loop.wake();
  };

  const resize = () => {
    if (destroyed) return;
    const next = cssSize(parent);
    const nextDpr = pixelRatio();
    if (next.w === size.w && next.h === size.h && nextDpr === dpr) return;
    size = next;
    dpr = nextDpr;
    game.scale.resize(size.w * dpr, size.h * dpr);
    game.scale.setZoom(1 / dpr);
    fitCanvas(game.canvas, size);
    present(view);
  };
  let pending = 0;
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => { window.clearTimeout(pending); pending = window.setTimeout(resize, 120); })
    : null;
  observer?.observe(parent);

  present(initial);
  return {
    show: present,
    resize,
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      window.clearTimeout(pending);
      game.destroy(true);
      loop.wake();
    },
  };
}

/** Shows the canvas (drawn at device pixels) at the parent's CSS size. */
function fitCanvas(canvas: HTMLCanvasElement, size: { w: number; h: number }): void {
  canvas.style.width = `${size.w}px`;
  canvas.style.height = `${size.h}px`;
}

/** The canvas is decoration: hidden from assistive tech, never focused, clicks go to the DOM above. */
function decorate(canvas: HTMLCanvasElement): void {
  canvas.setAttribute('aria-hidden', 'true');
  canvas.removeAttribute('tabindex');
  canvas.style.pointerEvents = 'none';
  canvas.style.display = 'block';
}
