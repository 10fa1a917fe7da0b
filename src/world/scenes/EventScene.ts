/**
 * What just happened in the story, played out in the world: a storm rolls in with rain and lightning, a
 * stamp comes down (released, rejected, held), coins drop in, a clock hand races, an inspector's magnifier
 * scans the cargo, prices move. Each plays once, for a second or two, then rests as a still picture
 * while the player reads; with reduced motion the still picture is shown at once.
 */
import Phaser from 'phaser';
import type { Visual } from '../../scenario/index';
import { drawProp, type Prop } from '../art/events';
import { drawRaindrop } from '../art/ending';
import type { WorldContext, WorldLayer } from '../context';
import { propPlace } from '../layout';
import { hexToInt } from '../palette';
import { dropTextures, ensureTexture } from '../raster';

/** How each visual enters. */
type Entrance = 'stamp' | 'drop' | 'scan' | 'spin' | 'grow' | 'pop' | 'storm';

const ENTRANCE: Record<Exclude<Visual, 'none'>, Entrance> = {
  storm: 'storm', inspection: 'scan', held: 'stamp', cleared: 'stamp', rejected: 'stamp', payment: 'drop', unpaid: 'drop',
  damage: 'drop', delay: 'spin', 'market-up': 'grow', 'market-down': 'grow', progress: 'pop', alert: 'pop',
};

export class EventScene extends Phaser.Scene implements WorldLayer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private shown = '';
  private request = 0;

  constructor() {
    super({ key: 'EventScene', active: true });
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  create(): void {
    this.resolveReady();
  }

  present(ctx: WorldContext): void {
    const event = ctx.view.ended ? null : ctx.view.event;
    const visual = event && event.visual !== 'none' ? event.visual : null;
    const key = event && visual ? `${event.id}|${visual}` : '';
    if (key === this.shown && !ctx.redraw) return;
    const fresh = key !== this.shown;
    this.shown = key;
    const request = ++this.request;
    if (!visual) {
      this.leave(ctx);
      return;
    }
    const place = propPlace(ctx.layout);
    const size = Math.round(place.size);
    const texture = `ev:${visual}:${ctx.view.cargo}:${ctx.palette.name}:${size}`;
    const drop = Math.max(8, Math.round(ctx.layout.frame.u * 3));
    const dropKey = `ev:drop:${ctx.palette.name}:${drop}`;
    void Promise.all([
      ensureTexture(this, texture, size, size, () => drawProp(ctx.palette, visual as Prop, ctx.view.cargo, size)),
      visual === 'storm' ? ensureTexture(this, dropKey, drop / 2, drop, () => drawRaindrop(ctx.palette, drop)) : Promise.resolve(''),
    ]).then(([ready, rain]) => {
      if (!ready || request !== this.request) return;
      this.clear();
      dropTextures(this, 'ev:', new Set([texture, dropKey]));
      this.play(ctx, visual, texture, rain ?? '', place, ctx.animate && fresh && !ctx.redraw);
      ctx.wake();
    });
  }

  private clear(): void {
    this.tweens.killAll();
    this.children.removeAll(true);
  }

  /** The event is over (a new screen): fade it out. */
  private leave(ctx: WorldContext): void {
    const list = [...this.children.list];
    if (list.length === 0) return;
    if (!ctx.animate || ctx.redraw) {
      this.clear();
      ctx.wake();
      return;
    }
    this.tweens.killAll();
    this.tweens.add({ targets: list, alpha: 0, duration: 260, onComplete: () => { for (const o of list) o.destroy(); } });
    ctx.wake();
  }

  private play(ctx: WorldContext, visual: Exclude<Visual, 'none'>, texture: string, rain: string, at: { x: number; y: number; size: number }, animate: boolean): void {
    const entrance = ENTRANCE[visual];
    if (entrance === 'storm') this.storm(ctx, rain, animate);
    const image = this.add.image(at.x, at.y, texture);
    if (!animate) return;
    const size = at.size;
    switch (entrance) {
      case 'stamp':
        image.setScale(1.9).setAlpha(0).setAngle(-10);
        this.tweens.add({ targets: image, scale: 1, alpha: 1, angle: 0, duration: 360, ease: 'Back.easeOut' });
        this.tweens.add({ targets: image, x: at.x + size * 0.02, duration: 60, yoyo: true, repeat: 3, delay: 360 });
        break;
      case 'drop':
        image.setY(at.y - size * 1.2).setAlpha(0);
        this.tweens.add({ targets: image, y: at.y, alpha: 1, duration: 800, ease: 'Bounce.easeOut' });
        break;
      case 'scan':
        image.setAlpha(0).setX(at.x + size * 0.3);
        this.tweens.add({ targets: image, x: at.x, alpha: 1, duration: 420, ease: 'Sine.easeOut' });
        this.tweens.add({ targets: image, angle: { from: -6, to: 6 }, duration: 380, yoyo: true, repeat: 2, delay: 420, ease: 'Sine.easeInOut', onComplete: () => image.setAngle(0) });
        break;
      case 'spin': {
        image.setScale(0.4).setAlpha(0);
        this.tweens.add({ targets: image, scale: 1, alpha: 1, duration: 320, ease: 'Back.easeOut' });
        const hand = this.add.graphics({ x: at.x, y: at.y });
        hand.lineStyle(Math.max(2, size * 0.045), hexToInt(ctx.palette.ink), 1).lineBetween(0, 0, 0, -size * 0.26);
        hand.lineStyle(Math.max(2, size * 0.035), hexToInt(ctx.palette.red), 1).lineBetween(0, 0, size * 0.18, 0);
        this.tweens.add({ targets: hand, angle: 720, duration: 1600, ease: 'Cubic.easeOut', delay: 200 });
        break;
      }
      case 'grow':
        image.setScale(0.2, 1).setAlpha(0);
        this.tweens.add({ targets: image, scaleX: 1, alpha: 1, duration: 600, ease: 'Cubic.easeOut' });
        break;
      case 'pop':
        image.setScale(0.3).setAlpha(0);
        this.tweens.add({ targets: image, scale: 1, alpha: 1, duration: 420, ease: 'Back.easeOut' });
        this.tweens.add({ targets: image, scale: 1.08, duration: 240, yoyo: true, repeat: 1, delay: 480 });
        break;
      case 'storm':
        image.setY(at.y - size * 0.5).setAlpha(0);
        this.tweens.add({ targets: image, y: at.y, alpha: 1, duration: 700, ease: 'Sine.easeOut' });
        this.tweens.add({ targets: image, x: at.x + size * 0.03, duration: 90, yoyo: true, repeat: 5, delay: 900 });
        break;
    }
  }

  /** A darker sky over the visible part, rain falling across it and two flashes of lightning. */
  private storm(ctx: WorldContext, rain: string, animate: boolean): void {
    const v = ctx.layout.visible;
    const p = ctx.palette;
    const veil = this.add.graphics();
    veil.fillStyle(hexToInt(p.outline ? '#000000' : '#24344d'), p.outline ? 0.1 : 0.32).fillRect(0, 0, ctx.layout.canvas.w, ctx.layout.canvas.h);
    const drops: Phaser.GameObjects.Image[] = [];
    if (rain) {
      const n = Math.min(60, Math.round((v.w * v.h) / (ctx.layout.frame.u * ctx.layout.frame.u * 60)));
      for (let i = 0; i < n; i++) {
        // A fixed, even scatter (the R2 sequence), so the still picture is the same every time.
        const fx = (0.5 + i * 0.7548776662) % 1;
        const fy = (0.5 + i * 0.5698402910) % 1;
        drops.push(this.add.image(v.x + fx * v.w, v.y + fy * v.h, rain).setAngle(12).setAlpha(0.8));
      }
    }
    if (!animate) return;
    veil.setAlpha(0);
    this.tweens.add({ targets: veil, alpha: 1, duration: 600 });
    drops.forEach((d, i) => {
      const y = d.y;
      d.setY(v.y - ctx.layout.frame.u * 4).setAlpha(0);
      this.tweens.add({ targets: d, y: { from: v.y - ctx.layout.frame.u * 4, to: v.y + v.h }, alpha: { from: 0.9, to: 0.9 }, duration: 650, delay: 300 + (i % 12) * 55, repeat: 2, onComplete: () => d.setY(y).setAlpha(0.8) });
    });
    const flash = this.add.graphics();
    flash.fillStyle(0xffffff, 1).fillRect(v.x, v.y, v.w, v.h).setAlpha(0);
    this.tweens.add({ targets: flash, alpha: { from: 0, to: 0.55 }, duration: 70, yoyo: true, repeat: 1, delay: 850, onComplete: () => flash.destroy() });
  }
}
