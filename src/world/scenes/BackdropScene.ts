/** The illustrated backdrop of the current stage, cross-fading (and sliding) from one stage to the next. */
import Phaser from 'phaser';
import { drawBackdrop } from '../art/backdrops';
import type { WorldContext, WorldLayer } from '../context';
import { dropTextures, ensureTexture } from '../raster';

export class BackdropScene extends Phaser.Scene implements WorldLayer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private current: Phaser.GameObjects.Image | null = null;
  private currentKey = '';
  private request = 0;

  constructor() {
    super({ key: 'BackdropScene', active: true });
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  create(): void {
    this.resolveReady();
  }

  present(ctx: WorldContext): void {
    const frame = ctx.layout.frame;
    const { w, h } = ctx.layout.canvas;
    const stage = ctx.view.stage ?? 'none';
    const key = `bd:${stage}:${ctx.palette.name}:${w}x${h}:${frame.left}:${frame.floorY}`;
    if (key === this.currentKey) return;
    const request = ++this.request;
    void ensureTexture(this, key, w, h, () => drawBackdrop(ctx.view.stage, frame, ctx.palette)).then((ready) => {
      if (!ready || request !== this.request) return;
      this.swapTo(key, ctx);
    });
  }

  /** Puts the new backdrop on top and fades it in; a stage change also slides it a little. */
  private swapTo(key: string, ctx: WorldContext): void {
    const old = this.current;
    const stageChanged = this.currentKey.split(':')[1] !== key.split(':')[1];
    const image = this.add.image(0, 0, key).setOrigin(0, 0);
    this.current = image;
    this.currentKey = key;
    const finish = () => {
      old?.destroy();
      dropTextures(this, 'bd:', new Set([this.currentKey]));
    };
    if (!old || !ctx.animate || !stageChanged || ctx.redraw) {
      finish();
      ctx.wake();
      return;
    }
    image.setAlpha(0).setX(ctx.layout.canvas.w * 0.04);
    this.tweens.add({ targets: image, alpha: 1, x: 0, duration: 520, ease: 'Sine.easeOut', onComplete: finish });
    this.tweens.add({ targets: old, x: -ctx.layout.canvas.w * 0.03, duration: 520, ease: 'Sine.easeIn' });
    ctx.wake();
  }
}
