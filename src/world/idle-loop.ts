/**
 * Render on demand: Phaser redraws at 60 fps even when nothing changes, and only `game.loop.sleep()`
 * stops requestAnimationFrame. This helper sleeps the loop once nothing moves and wakes it when asked
 * (a new view, a resize, an animation), so the page idles near 0 % CPU while the player reads.
 * Pure logic: the loop, the clock and the "is anything moving?" probe are injected.
 */

/** The part of Phaser's TimeStep this helper drives. */
export interface SleepableLoop {
  readonly running: boolean;
  sleep(): void;
  wake(seamless?: boolean): void;
  /** Forget the time spent asleep so the first frame after waking has a small delta. */
  resetDelta?(): void;
}

/** The facts the sleep decision depends on. */
export interface IdleFacts {
  /** Frames rendered since the last wake request. */
  framesSinceWake: number;
  /** Frames to render after a wake request before sleeping is allowed (a change needs ≥ 1 frame to show). */
  minFrames: number;
  now: number;
  /** Stay awake until this time (ms), e.g. while a hand-driven animation runs. */
  holdUntil: number;
  /** Whether anything is moving (tweens, camera effects, pending textures). */
  busy: boolean;
}

/** The decision: sleep after a frame only when nothing moves, nothing is held and the change was drawn. */
export function shouldSleep(f: IdleFacts): boolean {
  return !f.busy && f.framesSinceWake >= f.minFrames && f.now >= f.holdUntil;
}

/** Options of {@link RenderOnDemand}. */
export interface RenderOnDemandOptions {
  isBusy(): boolean;
  now(): number;
  minFrames?: number;
}

/** Sleeps and wakes a game loop; call {@link RenderOnDemand.afterFrame} after every rendered frame. */
export class RenderOnDemand {
  private framesSinceWake = 0;
  private holdUntil = 0;
  private readonly minFrames: number;
  /** How many times the loop was put to sleep (for diagnostics and tests). */
  sleeps = 0;

  constructor(
    private readonly loop: SleepableLoop,
    private readonly options: RenderOnDemandOptions,
  ) {
    this.minFrames = options.minFrames ?? 2;
  }

  /** Something changed: render again, and keep rendering for at least `holdMs` milliseconds. */
  wake(holdMs = 0): void {
    this.framesSinceWake = 0;
    this.holdUntil = Math.max(this.holdUntil, this.options.now() + holdMs);
    if (!this.loop.running) {
      this.loop.resetDelta?.();
      this.loop.wake();
    }
  }

  /** Called after each rendered frame: sleep when nothing moves any more. */
  afterFrame(): void {
    this.framesSinceWake += 1;
    if (!this.loop.running) return;
    const facts: IdleFacts = {
      framesSinceWake: this.framesSinceWake,
      minFrames: this.minFrames,
      now: this.options.now(),
      holdUntil: this.holdUntil,
      busy: this.options.isBusy(),
    };
    if (shouldSleep(facts)) {
      this.loop.sleep();
      this.sleeps += 1;
    }
  }

  /** Whether the loop is asleep. */
  get asleep(): boolean {
    return !this.loop.running;
  }
}
