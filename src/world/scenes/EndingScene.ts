/**
 * The end of a game. Success: a warm glow behind the team, a trophy dropping in, fireworks bursting over
 * the scene and confetti raining down. Failure: the light dims, a rain cloud gathers over the speaker
 * and what went wrong is shown (a clock run out, a rejected lot, an unpaid invoice, an empty cash box).
 * Without motion the final picture is shown at once.
 */
import Phaser from 'phaser';
import { drawConfetti, drawGlow, drawRainCloud, drawRaindrop, drawSparkle } from '../art/ending';
import { drawProp, endingProp } from '../art/events';
import type { WorldContext, WorldLayer } from '../context';
import { propPlace } from '../layout';
import { hexToInt } from '../palette';
import { dropTextures, ensureTexture } from '../raster';

/** A small deterministic sequence, so the confetti looks the same on every screen of the same size. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export class EndingScene extends Phaser.Scene implements WorldLayer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private shown = '';
  private request = 0;

  constructor() {
    super({ key: 'EndingScene', active: true });
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  create(): void {
    this.resolveReady();
  }

  present(ctx: WorldContext): void {
    const ended = ctx.view.ended;
    const { w, h } = ctx.layout.canvas;
    const key = ended ? `${ended}:${ctx.view.endingKind ?? ''}:${ctx.palette.name}:${w}x${h}` : '';
    if (key === this.shown) return;
    const animate = ctx.animate && !ctx.redraw && !this.shown.startsWith(ended ?? '-');
    this.shown = key;
    const request = ++this.request;
    this.clear();
    if (!ended) { ctx.wake(); return; }
    const build = ended === 'success' ? this.celebrate(ctx, animate) : this.gloom(ctx, animate);
    void build.then(() => { if (request === this.request) ctx.wake(); });
  }

  private clear(): void {
    this.tweens.killAll();
    this.children.removeAll(true);
  }

  private async celebrate(ctx: WorldContext, animate: boolean): Promise<void> {
    const { w, h } = ctx.layout.canvas;
    const { left } = ctx.layout.frame;
    const seen = ctx.layout.visible;
    const p = ctx.palette;
    const request = this.request;
    const unit = Math.max(8, Math.round(ctx.layout.frame.u * 2.2));
    const colors = [p.coral, p.yellow, p.teal, p.purple, p.blue, p.green];
    const glowW = Math.round(Math.min(w - left, ctx.layout.character.height * 2));
    const glowH = Math.round(ctx.layout.character.height * 1.4);
    const place = propPlace(ctx.layout, 1.25);
    const trophySize = Math.round(place.size);
    const keys = await Promise.all([
      ensureTexture(this, `end:glow:${p.name}:${glowW}x${glowH}`, glowW, glowH, () => drawGlow(p, glowW, glowH)),
      ensureTexture(this, `end:spark:${p.name}:${unit * 2}`, unit * 2, unit * 2, () => drawSparkle(p, unit * 2)),
      ensureTexture(this, `end:prop:trophy:${p.name}:${trophySize}`, trophySize, trophySize, () => drawProp(p, 'trophy', ctx.view.cargo, trophySize)),
      ...colors.map((c) => ensureTexture(this, `end:cf:${c}:${unit}`, unit, unit / 2, () => drawConfetti(p, c, unit))),
    ]);
    if (request !== this.request || keys.some((k) => !k)) return;
    dropTextures(this, 'end:', new Set(keys as string[]));
    const [glow = '', spark = '', trophy = '', ...confetti] = keys as string[];
    const { x: cx, footY, height } = ctx.layout.character;
    this.add.image(cx, footY - height * 0.5, glow).setAlpha(p.outline ? 0 : 0.9);
    this.add.image(place.x, place.y, glow).setAlpha(p.outline ? 0 : 0.8).setScale(place.size / glowW * 1.6);
    const cup = this.add.image(place.x, place.y, trophy);
    if (animate) {
      cup.setY(place.y - place.size).setAlpha(0).setScale(0.6);
      this.tweens.add({ targets: cup, y: place.y, alpha: 1, scale: 1, duration: 900, ease: 'Bounce.easeOut', delay: 250 });
    }
    this.fireworks(ctx, spark, confetti, animate);
    const rnd = sequence(w * 31 + h);
    for (let i = 0; i < 90; i++) {
      const piece = this.add.image(left + rnd() * (w - left), 0, confetti[i % confetti.length] as string).setRotation(rnd() * Math.PI * 2);
      // Confetti comes to rest scattered over the visible part.
      const restY = seen.y + unit + rnd() * Math.max(unit, seen.h - unit * 2);
      if (!animate) { piece.setY(restY); continue; }
      piece.setY(-unit * (1 + rnd() * 8));
      this.tweens.add({ targets: piece, y: restY, x: piece.x + (rnd() - 0.5) * w * 0.15, rotation: piece.rotation + (rnd() - 0.5) * 12, duration: 1500 + rnd() * 1400, delay: rnd() * 500, ease: 'Sine.easeIn' });
    }
    for (const [dx, dy] of [[-0.42, 0.85], [0.45, 0.75], [-0.3, 0.35], [0.38, 0.2]] as const) {
      const s = this.add.image(cx + dx * height, footY - dy * height, spark);
      if (animate) this.tweens.add({ targets: s, scale: { from: 0.2, to: 1 }, duration: 380, yoyo: true, repeat: 2, delay: 200 + dy * 300, ease: 'Sine.easeInOut', onComplete: () => s.setScale(1) });
    }
  }

  /** Three bursts of sparks over the visible part (still: the bursts frozen at their widest). */
  private fireworks(ctx: WorldContext, spark: string, confetti: string[], animate: boolean): void {
    const v = ctx.layout.visible;
    const top = v.y;
    const r = Math.min(v.w, v.h) * 0.13;
    const centres = [[0.2, 0.25], [0.78, 0.18], [0.52, 0.4]] as const;
    centres.forEach(([fx, fy], b) => {
      const x = v.x + v.w * fx;
      const y = top + v.h * fy * 0.8;
      for (let i = 0; i < 14; i++) {
        const a = (i / 14) * Math.PI * 2;
        const tex = i % 2 ? spark : (confetti[(i + b) % confetti.length] as string);
        const piece = this.add.image(x, y, tex).setScale(i % 2 ? 0.5 : 0.8).setRotation(a);
        const tx = x + Math.cos(a) * r;
        const ty = y + Math.sin(a) * r;
        if (!animate) { piece.setPosition(tx, ty).setAlpha(0.9); continue; }
        piece.setAlpha(0);
        this.tweens.add({ targets: piece, x: tx, y: ty + r * 0.25, alpha: { from: 1, to: 0 }, duration: 1100, delay: 500 + b * 550, ease: 'Cubic.easeOut' });
      }
    });
  }

  private async gloom(ctx: WorldContext, animate: boolean): Promise<void> {
    const { w, h } = ctx.layout.canvas;
    const p = ctx.palette;
    const request = this.request;
    const { x: cx, footY, height } = ctx.layout.character;
    const cloudW = Math.round(height * 0.6);
    const drop = Math.max(10, Math.round(height * 0.06));
    const place = propPlace(ctx.layout, 1.15);
    const propSize = Math.round(place.size);
    const prop = endingProp(ctx.view.endingKind);
    const keys = await Promise.all([
      ensureTexture(this, `end:cloud:${p.name}:${cloudW}`, cloudW, cloudW / 2, () => drawRainCloud(p, cloudW)),
      ensureTexture(this, `end:drop:${p.name}:${drop}`, drop / 2, drop, () => drawRaindrop(p, drop)),
      ensureTexture(this, `end:prop:${prop}:${p.name}:${propSize}`, propSize, propSize, () => drawProp(p, prop, ctx.view.cargo, propSize)),
    ]);
    if (request !== this.request || keys.some((k) => !k)) return;
    dropTextures(this, 'end:', new Set(keys as string[]));
    const [cloudKey = '', dropKey = '', propKey = ''] = keys as string[];
    const g = this.add.graphics();
    g.fillStyle(hexToInt(p.outline ? '#000000' : '#2f3d52'), p.outline ? 0.12 : 0.36).fillRect(0, 0, w, h);
    const what = this.add.image(place.x, place.y, propKey);
    if (animate) {
      what.setScale(1.7).setAlpha(0).setAngle(-8);
      this.tweens.add({ targets: what, scale: 1, alpha: 1, angle: 0, duration: 420, delay: 500, ease: 'Back.easeOut' });
    }
    // Over the speaker's head, clear of the journey card and below the top of the visible part; beside the head when the card is in the way.
    const card = ctx.layout.card;
    const seen = ctx.layout.visible;
    const above = footY - height * 1.14;
    const cardAbove = card.y < footY - height && card.y + card.h > above - cloudW * 0.3;
    const room = above - cloudW * 0.3 > seen.y && !cardAbove;
    const side = seen.x + seen.w - cx > cx - seen.x ? 1 : -1;
    const top = room ? above : Math.max(seen.y + cloudW * 0.3, footY - height * 0.95);
    const x = room ? cx : Math.min(seen.x + seen.w - cloudW * 0.5, Math.max(seen.x + cloudW * 0.5, cx + side * height * 0.45));
    const cloudImg = this.add.image(x, top, cloudKey);
    const drops: Phaser.GameObjects.Image[] = [];
    for (let i = 0; i < 7; i++) drops.push(this.add.image(x - cloudW * 0.3 + (i * cloudW * 0.6) / 6, top + cloudW * 0.28 + (i % 2) * drop, dropKey));
    if (!animate) return;
    g.setAlpha(0);
    this.tweens.add({ targets: g, alpha: 1, duration: 700 });
    cloudImg.setY(top - height * 0.3).setAlpha(0);
    this.tweens.add({ targets: cloudImg, y: top, alpha: 1, duration: 700, ease: 'Sine.easeOut' });
    drops.forEach((d, i) => {
      const y0 = d.y;
      this.tweens.add({ targets: d, y: { from: y0, to: y0 + height * 0.2 }, alpha: { from: 1, to: 0.2 }, duration: 650, delay: 700 + i * 90, repeat: 2, onComplete: () => d.setY(y0).setAlpha(1) });
    });
  }
}
