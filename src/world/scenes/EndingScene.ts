/**
 * The end of a game: a warm glow, falling confetti and sparkles around the speaker on success; a
 * dim veil and a little rain cloud on failure. Without motion the final picture is shown at once.
 */
import Phaser from 'phaser';
import { drawConfetti, drawGlow, drawRainCloud, drawRaindrop, drawSparkle } from '../art/ending';
import type { WorldContext, WorldLayer } from '../context';
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
    const key = ended ? `${ended}:${ctx.palette.name}:${w}x${h}` : '';
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
    const keys = await Promise.all([
      ensureTexture(this, `end:glow:${p.name}:${glowW}x${glowH}`, glowW, glowH, () => drawGlow(p, glowW, glowH)),
      ensureTexture(this, `end:spark:${p.name}:${unit * 2}`, unit * 2, unit * 2, () => drawSparkle(p, unit * 2)),
      ...colors.map((c) => ensureTexture(this, `end:cf:${c}:${unit}`, unit, unit / 2, () => drawConfetti(p, c, unit))),
    ]);
    if (request !== this.request || keys.some((k) => !k)) return;
    dropTextures(this, 'end:', new Set(keys as string[]));
    const [glow = '', spark = '', ...confetti] = keys as string[];
    const { x: cx, footY, height } = ctx.layout.character;
    this.add.image(cx, footY - height * 0.5, glow).setAlpha(p.outline ? 0 : 0.9);
    const rnd = sequence(w * 31 + h);
    for (let i = 0; i < 46; i++) {
      const piece = this.add.image(left + rnd() * (w - left), 0, confetti[i % confetti.length] as string).setRotation(rnd() * Math.PI * 2);
      // Confetti comes to rest scattered over the visible part, below the journey card.
      const from = Math.max(seen.y, ctx.layout.card.y + ctx.layout.card.h);
      const restY = from + rnd() * Math.max(unit, seen.y + seen.h - from - unit);
      if (!animate) { piece.setY(restY); continue; }
      piece.setY(-unit * (1 + rnd() * 8));
      this.tweens.add({ targets: piece, y: restY, x: piece.x + (rnd() - 0.5) * w * 0.15, rotation: piece.rotation + (rnd() - 0.5) * 12, duration: 1500 + rnd() * 1400, delay: rnd() * 500, ease: 'Sine.easeIn' });
    }
    for (const [dx, dy] of [[-0.42, 0.85], [0.45, 0.75], [-0.3, 0.35], [0.38, 0.2]] as const) {
      const s = this.add.image(cx + dx * height, footY - dy * height, spark);
      if (animate) this.tweens.add({ targets: s, scale: { from: 0.2, to: 1 }, duration: 380, yoyo: true, repeat: 2, delay: 200 + dy * 300, ease: 'Sine.easeInOut', onComplete: () => s.setScale(1) });
    }
  }

  private async gloom(ctx: WorldContext, animate: boolean): Promise<void> {
    const { w, h } = ctx.layout.canvas;
    const p = ctx.palette;
    const request = this.request;
    const { x: cx, footY, height } = ctx.layout.character;
    const cloudW = Math.round(height * 0.6);
    const drop = Math.max(10, Math.round(height * 0.06));
    const keys = await Promise.all([
      ensureTexture(this, `end:cloud:${p.name}:${cloudW}`, cloudW, cloudW / 2, () => drawRainCloud(p, cloudW)),
      ensureTexture(this, `end:drop:${p.name}:${drop}`, drop / 2, drop, () => drawRaindrop(p, drop)),
    ]);
    if (request !== this.request || keys.some((k) => !k)) return;
    dropTextures(this, 'end:', new Set(keys as string[]));
    const [cloudKey = '', dropKey = ''] = keys as string[];
    const g = this.add.graphics();
    g.fillStyle(hexToInt(p.outline ? '#000000' : '#2f3d52'), p.outline ? 0.12 : 0.28).fillRect(0, 0, w, h);
    // Over the speaker's head, but below the journey card.
    const card = ctx.layout.card;
    // Above the speaker's head if there is room below the card, else beside the head on the roomier side.
    const seen = ctx.layout.visible;
    const room = footY - height * 1.05 > card.y + card.h + cloudW * 0.22;
    const side = seen.x + seen.w - cx > cx - seen.x ? 1 : -1;
    const top = room ? footY - height * 1.05 : Math.max(card.y + card.h + cloudW * 0.25, footY - height * 0.95);
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
