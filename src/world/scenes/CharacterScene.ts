/**
 * The character who speaks the scene's lines: pops in when the speaker changes, gives a small
 * "talking" bob after each new line, then rests so the render loop can sleep; while resting it blinks
 * now and then (a texture swap: a few frames every 5–9 s). Motion only when allowed and the
 * page is visible. Happy at a successful end, sad at a failure.
 */
import Phaser from 'phaser';
import { CHARACTER_ASPECT, drawCharacter, lookKey, resolveLook, type Mood } from '../art/character';
import type { WorldContext, WorldLayer } from '../context';
import { dropTextures, ensureTexture } from '../raster';

interface Shown { look: string; mood: Mood; name: string; height: number; palette: string }

export class CharacterScene extends Phaser.Scene implements WorldLayer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private figure: Phaser.GameObjects.Image | null = null;
  private shown: Shown | null = null;
  private request = 0;
  private base = '';
  private blinkTimer = 0;

  constructor() {
    super({ key: 'CharacterScene', active: true });
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  create(): void {
    this.events.once('destroy', () => window.clearTimeout(this.blinkTimer));
    this.resolveReady();
  }

  present(ctx: WorldContext): void {
    const speaker = ctx.view.speaker;
    const request = ++this.request;
    if (!speaker) {
      this.leave(ctx);
      return;
    }
    const full = resolveLook(speaker.look, speaker.name);
    const look = lookKey(full);
    const mood: Mood = ctx.view.ended === 'success' ? 'happy' : ctx.view.ended === 'failure' ? 'sad' : 'neutral';
    const height = Math.round(ctx.layout.character.height);
    const next: Shown = { look, mood, name: speaker.name, height, palette: ctx.palette.name };
    const base = `ch:${look}:${mood}:${ctx.palette.name}:${height}`;
    const draw = (eyes: 'open' | 'closed') => () => drawCharacter(ctx.palette, full, mood, eyes, height);
    const w = height * CHARACTER_ASPECT;
    void Promise.all([
      ensureTexture(this, `${base}:open`, w, height, draw('open')),
      ensureTexture(this, `${base}:closed`, w, height, draw('closed')),
    ]).then(([open]) => {
      if (!open || request !== this.request) return;
      this.showFigure(next, base, ctx);
    });
  }

  private showFigure(next: Shown, base: string, ctx: WorldContext): void {
    const { x, footY } = ctx.layout.character;
    const prev = this.shown;
    const samePerson = prev !== null && prev.look === next.look && prev.name === next.name;
    this.shown = next;
    let figure = this.figure;
    if (figure && !samePerson) {
      this.retire(figure, ctx);
      figure = null;
    }
    if (!figure) {
      figure = this.add.image(x, footY, `${base}:open`).setOrigin(0.5, 1);
      this.figure = figure;
      if (ctx.animate && !ctx.redraw) {
        figure.setAlpha(0).setScale(0.92).setY(footY + next.height * 0.04);
        this.tweens.add({ targets: figure, alpha: 1, scale: 1, y: footY, duration: 360, ease: 'Back.easeOut' });
      }
    } else {
      this.tweens.killTweensOf(figure);
      figure.setTexture(`${base}:open`).setPosition(x, footY).setAlpha(1).setScale(1);
    }
    dropTextures(this, 'ch:', new Set([`${base}:open`, `${base}:closed`]));
    this.base = base;
    if (ctx.animate && !ctx.redraw && document.visibilityState === 'visible') this.talk(figure, next, ctx);
    this.scheduleBlink(ctx);
    ctx.wake();
  }

  /** Blinks in 5–9 s, unless motion is off or the speaker is cheering. */
  private scheduleBlink(ctx: WorldContext): void {
    window.clearTimeout(this.blinkTimer);
    if (!ctx.animate || !this.figure || this.shown?.mood === 'happy') return;
    this.blinkTimer = window.setTimeout(() => this.blink(ctx), 5000 + Math.random() * 4000);
  }

  private blink(ctx: WorldContext): void {
    const figure = this.figure;
    const base = this.base;
    if (!figure?.active || !this.textures.exists(`${base}:closed`)) return;
    if (document.visibilityState !== 'visible' || this.tweens.getTweensOf(figure).length > 0) {
      this.scheduleBlink(ctx);
      return;
    }
    figure.setTexture(`${base}:closed`);
    ctx.wake();
    this.blinkTimer = window.setTimeout(() => {
      if (figure.active && this.base === base && this.textures.exists(`${base}:open`)) figure.setTexture(`${base}:open`);
      ctx.wake();
      this.scheduleBlink(ctx);
    }, 140);
  }

  /** A short talking bob, or a jump of joy at a success. */
  private talk(figure: Phaser.GameObjects.Image, shown: Shown, ctx: WorldContext): void {
    const footY = ctx.layout.character.footY;
    const hop = shown.mood === 'happy' ? shown.height * 0.08 : shown.mood === 'sad' ? 0 : shown.height * 0.012;
    if (hop > 0) this.tweens.add({ targets: figure, y: footY - hop, duration: shown.mood === 'happy' ? 260 : 220, yoyo: true, repeat: shown.mood === 'happy' ? 2 : 1, ease: 'Sine.easeOut', delay: 380 });
    this.tweens.add({ targets: figure, scaleY: 1.015, duration: 700, yoyo: true, ease: 'Sine.easeInOut', delay: 400 });
  }

  /** The speaker leaves: fade out (instantly without motion). */
  private leave(ctx: WorldContext): void {
    window.clearTimeout(this.blinkTimer);
    if (this.figure) this.retire(this.figure, ctx);
    this.figure = null;
    this.shown = null;
    ctx.wake();
  }

  private retire(figure: Phaser.GameObjects.Image, ctx: WorldContext): void {
    this.tweens.killTweensOf(figure);
    if (!ctx.animate || ctx.redraw) {
      figure.destroy();
      return;
    }
    this.tweens.add({ targets: figure, alpha: 0, x: figure.x - ctx.layout.character.height * 0.15, duration: 220, ease: 'Sine.easeIn', onComplete: () => figure.destroy() });
  }
}
