/**
 * The journey map card: origin pin, destination flag, the route in the style of the transport mode,
 * the part already travelled, and the vehicle (or a parcel before a mode is chosen) that moves
 * along as days pass against the deadline.
 */
import Phaser from 'phaser';
import { drawJourneyCard, drawJourneyVehicle, VEHICLE_BOX } from '../art/journey-card';
import { WORLD_FONT, type WorldContext, type WorldLayer } from '../context';
import { angleAt, pointAt, pointsUpTo, progressFor, routeFor, routeParam, type Route } from '../journey';
import { hexToInt } from '../palette';
import { dropTextures, ensureTexture } from '../raster';

/** The vehicle's length as a share of the card's height. */
const VEHICLE_SHARE = 0.72;

export class JourneyScene extends Phaser.Scene implements WorldLayer {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private card: Phaser.GameObjects.Image | null = null;
  private vehicle: Phaser.GameObjects.Image | null = null;
  private trail!: Phaser.GameObjects.Graphics;
  private originLabel!: Phaser.GameObjects.Text;
  private destinationLabel!: Phaser.GameObjects.Text;
  private shownKey = '';
  private progress = 0;
  private route: Route | null = null;
  private request = 0;
  private mover: Phaser.Tweens.Tween | null = null;
  private lastWake: (() => void) | null = null;

  constructor() {
    super({ key: 'JourneyScene', active: true });
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  create(): void {
    this.trail = this.add.graphics();
    const style = { fontFamily: WORLD_FONT, fontSize: '14px', color: '#2d3a4a' };
    this.originLabel = this.add.text(0, 0, '', style).setOrigin(0, 0.5);
    this.destinationLabel = this.add.text(0, 0, '', style).setOrigin(1, 0.5);
    // Labels drawn before the page's font arrived are redrawn with it.
    void document.fonts?.ready.then(() => {
      if (!this.sys.isActive()) return;
      this.originLabel.updateText();
      this.destinationLabel.updateText();
      this.lastWake?.();
    });
    this.resolveReady();
  }

  present(ctx: WorldContext): void {
    const box = ctx.layout.card;
    const w = Math.round(box.w);
    const h = Math.round(box.h);
    const mode = ctx.view.mode;
    const len = Math.round(h * VEHICLE_SHARE);
    const cardKey = `jc:${mode ?? 'none'}:${ctx.palette.name}:${w}x${h}`;
    const vehicleKey = `jv:${mode ?? 'none'}:${ctx.view.cargo}:${ctx.palette.name}:${len}`;
    const request = ++this.request;
    this.lastWake = () => ctx.wake();
    const target = progressFor(ctx.view.day, ctx.view.deadline);
    this.route = routeFor(mode, w, h);
    this.labels(ctx, w, h);
    void Promise.all([
      ensureTexture(this, cardKey, w, h, () => drawJourneyCard(ctx.palette, mode, w, h)),
      ensureTexture(this, vehicleKey, len * VEHICLE_BOX.width, len * VEHICLE_BOX.height, () => drawJourneyVehicle(ctx.palette, mode, len, ctx.view.cargo)),
    ]).then(([card, vehicle]) => {
      if (!card || !vehicle || request !== this.request) return;
      this.show(ctx, cardKey, vehicleKey, target);
    });
  }

  private show(ctx: WorldContext, cardKey: string, vehicleKey: string, target: number): void {
    const box = ctx.layout.card;
    const key = `${cardKey}|${vehicleKey}`;
    const modeChanged = this.shownKey !== '' && this.shownKey.split(':')[1] !== cardKey.split(':')[1];
    if (!this.card) this.card = this.add.image(0, 0, cardKey).setOrigin(0, 0).setDepth(-1);
    this.card.setTexture(cardKey).setPosition(box.x, box.y);
    if (!this.vehicle) this.vehicle = this.add.image(0, 0, vehicleKey).setOrigin(0.5, VEHICLE_BOX.baseline / VEHICLE_BOX.height).setDepth(2);
    this.vehicle.setTexture(vehicleKey);
    this.trail.setPosition(box.x, box.y).setDepth(1);
    this.shownKey = key;
    dropTextures(this, 'jc:', new Set([cardKey]));
    dropTextures(this, 'jv:', new Set([vehicleKey]));
    this.mover?.stop();
    this.mover = null;
    const from = ctx.redraw ? target : this.progress;
    if (!ctx.animate || Math.abs(target - from) < 0.001) {
      this.place(target, ctx);
    } else {
      this.place(from, ctx);
      this.mover = this.tweens.addCounter({
        from, to: target, duration: 900, ease: 'Sine.easeInOut',
        onUpdate: (tw) => this.place(tw.getValue() ?? target, ctx),
      });
    }
    if (modeChanged && ctx.animate && this.vehicle) {
      this.vehicle.setScale(0.4);
      this.tweens.add({ targets: this.vehicle, scale: 1, duration: 420, ease: 'Back.easeOut' });
    }
    ctx.wake();
  }

  /** Puts the vehicle at progress t and redraws the travelled part of the route. */
  private place(t: number, ctx: WorldContext): void {
    const route = this.route;
    if (!route || !this.vehicle) return;
    this.progress = t;
    const box = ctx.layout.card;
    const vehicleLen = box.h * VEHICLE_SHARE;
    const at = routeParam(t, (vehicleLen * 0.6) / Math.max(1, route.to.x - route.from.x));
    const p = pointAt(route, at);
    const tilt = angleAt(route, at) * (ctx.view.mode === 'air' || ctx.view.mode === 'digital' ? 0.6 : 0.3);
    this.vehicle.setPosition(box.x + p.x, box.y + p.y - box.h * 0.05).setRotation(tilt);
    this.trail.clear();
    if (t > 0.001) {
      this.trail.lineStyle(Math.max(2, box.h * 0.045), hexToInt(ctx.palette.teal), 0.95);
      this.trail.strokePoints(pointsUpTo(route, at) as Phaser.Math.Vector2[], false, false);
    }
  }

  /** Place names under the pin and the flag, shortened to fit their half of the card. */
  private labels(ctx: WorldContext, w: number, h: number): void {
    const box = ctx.layout.card;
    const size = Math.round(Math.max(11, Math.min(15, h / ctx.dpr / 7)) * ctx.dpr);
    const color = ctx.palette.ink;
    const y = box.y + h * 0.82;
    const maxChars = Math.max(6, Math.floor((w * 0.45) / (size * 0.55)));
    const fit = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
    for (const [label, text, x] of [
      [this.originLabel, ctx.view.origin, box.x + h * 0.2],
      [this.destinationLabel, ctx.view.destination, box.x + w - h * 0.2],
    ] as const) {
      label.setText(fit(text)).setFontSize(size).setColor(color).setPosition(x, y).setDepth(3);
    }
  }
}
