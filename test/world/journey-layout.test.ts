import { describe, expect, it } from 'vitest';
import { MODES } from '../../src/scenario/index';
import { angleAt, pointAt, pointsUpTo, progressFor, ROUTE_ARCH, routeFor, routeParam } from '../../src/world/journey';
import { defaultInsets, frameFor, insetsFrom, layoutWorld } from '../../src/world/layout';

describe('journey route', () => {
  it('has a shape for every transport mode', () => {
    expect(Object.keys(ROUTE_ARCH).sort()).toEqual([...MODES].sort());
  });

  it('runs from the origin pin to the destination flag, left to right', () => {
    for (const mode of [...MODES, null]) {
      const r = routeFor(mode, 600, 100);
      expect(pointAt(r, 0)).toEqual(r.from);
      expect(pointAt(r, 1)).toEqual(r.to);
      let x = -Infinity;
      for (let t = 0; t <= 1; t += 0.05) {
        const p = pointAt(r, t);
        expect(p.x).toBeGreaterThan(x);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(100);
        x = p.x;
      }
    }
  });

  it('flies planes higher than lorries drive', () => {
    const top = (mode: string) => Math.min(...pointsUpTo(routeFor(mode, 600, 100), 1).map((p) => p.y));
    expect(top('air')).toBeLessThan(top('road'));
  });

  it('points the vehicle up at the start of an arch and down at its end', () => {
    const r = routeFor('air', 600, 100);
    expect(angleAt(r, 0)).toBeLessThan(0);
    expect(angleAt(r, 1)).toBeGreaterThan(0);
    expect(Math.abs(angleAt(r, 0.5))).toBeLessThan(1e-9);
  });

  it('draws the travelled part up to the shipment only', () => {
    const r = routeFor('sea', 600, 100);
    const pts = pointsUpTo(r, 0.5);
    expect(pts[0]).toEqual(r.from);
    expect(pts.at(-1)).toEqual(pointAt(r, 0.5));
    expect(pointsUpTo(r, 2).at(-1)).toEqual(r.to);
  });

  it('draws the shipment off the origin pin at the start and short of the flag at the end', () => {
    expect(routeParam(0)).toBeGreaterThan(0);
    expect(routeParam(1)).toBeLessThan(1);
    expect(routeParam(0.5)).toBeCloseTo(0.5);
    expect(routeParam(-1)).toBe(routeParam(0));
    expect(routeParam(0.3)).toBeLessThan(routeParam(0.6));
    expect(routeParam(0, 0.2)).toBeCloseTo(0.2);
    expect(routeParam(1, 0.2)).toBeCloseTo(0.8);
    expect(routeParam(1, 3)).toBeGreaterThanOrEqual(routeParam(0, 3));
  });

  it('turns day and deadline into progress, clamped, and survives nonsense', () => {
    expect(progressFor(0, 20)).toBe(0);
    expect(progressFor(5, 20)).toBe(0.25);
    expect(progressFor(20, 20)).toBe(1);
    expect(progressFor(31, 20)).toBe(1);
    expect(progressFor(-3, 20)).toBe(0);
    expect(progressFor(5, 0)).toBe(0);
    expect(progressFor(Number.NaN, 10)).toBe(0);
  });
});

describe('layout', () => {
  const screens: Array<[number, number, number]> = [[360, 640, 2], [360, 640, 1], [640, 360, 2], [768, 1024, 2], [1024, 768, 1], [1280, 800, 1], [1920, 1080, 1], [1024, 300, 1]];

  it('keeps the card and the character inside the canvas on phones, tablets and projectors', () => {
    for (const [cw, ch, dpr] of screens) {
      const { card, character, canvas, frame } = layoutWorld(cw, ch, dpr);
      const at = `${cw}x${ch}@${dpr}`;
      expect(canvas).toEqual({ w: cw * dpr, h: ch * dpr });
      expect(card.x, at).toBeGreaterThanOrEqual(0);
      expect(card.x + card.w, at).toBeLessThanOrEqual(canvas.w);
      expect(card.y + card.h, at).toBeLessThanOrEqual(Math.max(canvas.h / 2, defaultInsets(cw, ch).bottom * dpr));
      expect(character.footY - character.height, at).toBeGreaterThanOrEqual(0);
      expect(character.x - character.height * 0.3, at).toBeGreaterThanOrEqual(frame.left);
      expect(character.x + character.height * 0.3, at).toBeLessThanOrEqual(canvas.w);
      expect(frame.left + frame.w, at).toBe(canvas.w);
      const seen = layoutWorld(cw, ch, dpr).visible;
      expect(seen.x, at).toBe(frame.left);
      expect(seen.y + seen.h, at).toBeLessThanOrEqual(canvas.h);
      expect(card.y, at).toBeGreaterThanOrEqual(seen.y);
    }
  });

  it('puts the picture right of the story panel on wide screens, under the HUD on narrow ones', () => {
    const wide = layoutWorld(1280, 800, 1);
    expect(wide.frame.left).toBe(defaultInsets(1280, 800).left);
    expect(wide.card.y).toBeGreaterThanOrEqual(defaultInsets(1280, 800).top);
    expect(wide.character.x).toBeGreaterThan(wide.frame.left);
    const phone = layoutWorld(360, 640, 2);
    const band = defaultInsets(360, 640);
    expect(phone.frame.left).toBe(0);
    expect(phone.card.y).toBeGreaterThanOrEqual(band.top * 2);
    expect(phone.card.y + phone.card.h).toBeLessThanOrEqual(band.bottom * 2);
    // The speaker's head shows in the band, above the panel.
    expect(phone.character.footY - phone.character.height).toBeGreaterThanOrEqual(band.top * 2);
    expect(phone.character.footY - phone.character.height).toBeLessThan(band.bottom * 2);
    expect(phone.card.x + phone.card.w).toBeLessThanOrEqual(phone.character.x - phone.character.height * 0.2);
  });

  it('beside the story panel: the card lies on the floor below the wall, and wall fittings (60 units up) stay under the HUD', () => {
    for (const [cw, ch] of [[1024, 768], [1280, 800], [1920, 1080], [1280, 720]] as const) {
      const { card, frame, visible, character } = layoutWorld(cw, ch, 1);
      const at = `${cw}x${ch}`;
      expect(frame.top, at).toBe(visible.y);
      expect(card.y, at).toBeGreaterThanOrEqual(frame.floorY);
      expect(card.y + card.h, at).toBeLessThanOrEqual(ch);
      expect(frame.floorY - frame.u * 60, at).toBeGreaterThanOrEqual(visible.y);
      expect(character.footY, at).toBeLessThanOrEqual(card.y + card.h * 0.25);
    }
  });

  it('follows the insets the app states in CSS, and ignores values that are not numbers', () => {
    const css: Record<string, string> = { '--world-top': ' 90', '--world-left': 'wide', '--world-bottom': '300px' };
    const insets = insetsFrom((name) => css[name] ?? '', 400, 700);
    expect(insets).toEqual({ top: 90, left: defaultInsets(400, 700).left, bottom: 300 });
    const l = layoutWorld(400, 700, 1, insets);
    expect(l.card.y).toBeGreaterThanOrEqual(90);
  });

  it('measures drawings in a unit that fits the narrow side', () => {
    expect(frameFor(360, 640).tall).toBe(true);
    expect(frameFor(1280, 800).tall).toBe(false);
    expect(frameFor(360, 640).u * 62).toBeLessThanOrEqual(360);
    expect(frameFor(1920, 1080).u).toBeCloseTo(10.8);
  });
});
