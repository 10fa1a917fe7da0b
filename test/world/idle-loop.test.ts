import { describe, expect, it } from 'vitest';
import { RenderOnDemand, shouldSleep, type SleepableLoop } from '../../src/world/idle-loop';

/** A stand-in for Phaser's TimeStep: wake() renders one frame at once, like the real one (wake → tick). */
class FakeLoop implements SleepableLoop {
  running = true;
  wakes = 0;
  resets = 0;
  onFrame: () => void = () => {};
  sleep(): void { this.running = false; }
  wake(): void { this.running = true; this.wakes += 1; this.onFrame(); }
  resetDelta(): void { this.resets += 1; }
  /** One requestAnimationFrame tick while running. */
  frame(): void { if (this.running) this.onFrame(); }
}

function setup(minFrames = 2) {
  const loop = new FakeLoop();
  const state = { now: 0, busy: false };
  const rod = new RenderOnDemand(loop, { now: () => state.now, isBusy: () => state.busy, minFrames });
  loop.onFrame = () => rod.afterFrame();
  return { loop, state, rod };
}

describe('shouldSleep', () => {
  const idle = { framesSinceWake: 2, minFrames: 2, now: 100, holdUntil: 0, busy: false };
  it('sleeps once the change was drawn and nothing moves', () => expect(shouldSleep(idle)).toBe(true));
  it('stays awake while something moves', () => expect(shouldSleep({ ...idle, busy: true })).toBe(false));
  it('stays awake until the change had its frames', () => expect(shouldSleep({ ...idle, framesSinceWake: 1 })).toBe(false));
  it('stays awake while held', () => expect(shouldSleep({ ...idle, holdUntil: 101 })).toBe(false));
});

describe('RenderOnDemand', () => {
  it('puts a running loop to sleep after the minimum frames when nothing moves', () => {
    const { loop, rod } = setup();
    loop.frame();
    expect(loop.running).toBe(true);
    loop.frame();
    expect(loop.running).toBe(false);
    expect(rod.asleep).toBe(true);
    expect(rod.sleeps).toBe(1);
  });

  it('wakes a sleeping loop on request, forgetting the time asleep, then sleeps again', () => {
    const { loop, rod } = setup();
    loop.frame(); loop.frame();
    rod.wake();
    expect(loop.wakes).toBe(1);
    expect(loop.resets).toBe(1);
    expect(loop.running).toBe(true);
    loop.frame();
    expect(loop.running).toBe(false);
    expect(rod.sleeps).toBe(2);
  });

  it('does not restart a loop that is already running', () => {
    const { loop, rod } = setup();
    rod.wake();
    rod.wake();
    expect(loop.wakes).toBe(0);
  });

  it('keeps rendering while an animation runs and sleeps when it ends', () => {
    const { loop, state, rod } = setup();
    state.busy = true;
    for (let i = 0; i < 30; i++) loop.frame();
    expect(loop.running).toBe(true);
    state.busy = false;
    loop.frame();
    expect(loop.running).toBe(false);
    expect(rod.sleeps).toBe(1);
  });

  it('keeps rendering for the held time', () => {
    const { loop, state, rod } = setup();
    loop.frame(); loop.frame();
    state.now = 1000;
    rod.wake(500);
    for (let i = 0; i < 10; i++) { state.now += 16; loop.frame(); }
    expect(loop.running).toBe(true);
    state.now = 1500;
    loop.frame();
    expect(loop.running).toBe(false);
  });

  it('a wake request during frames restarts the frame count', () => {
    const { loop, rod } = setup(3);
    loop.frame(); loop.frame();
    rod.wake();
    loop.frame(); loop.frame();
    expect(loop.running).toBe(true);
    loop.frame();
    expect(loop.running).toBe(false);
  });
});
