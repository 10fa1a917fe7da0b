import { describe, expect, it } from 'vitest';
import { MODES, STAGES } from '../../src/scenario/index';
import { BACKDROP_STAGES, BACKDROPS, drawBackdrop, isStage } from '../../src/world/art/backdrops';
import { drawConfetti, drawGlow, drawRainCloud, drawRaindrop, drawSparkle } from '../../src/world/art/ending';
import { drawJourneyCard, drawJourneyVehicle } from '../../src/world/art/journey-card';
import { CARGO } from '../../src/scenario/index';
import { frameFor, layoutWorld } from '../../src/world/layout';
import { FRIENDLY, HIGH_CONTRAST } from '../../src/world/palette';
import { svgProblems } from './svg-check';

const SIZES: Array<[number, number]> = [[360, 640], [720, 1280], [1280, 800], [1920, 1080], [360, 200], [2400, 400]];
const PALETTES = [FRIENDLY, HIGH_CONTRAST];

describe('backdrops', () => {
  it('has a drawing for every stage of the scenario format, and nothing else', () => {
    expect([...BACKDROP_STAGES].sort()).toEqual([...STAGES].sort());
    for (const stage of STAGES) expect(typeof BACKDROPS[stage]).toBe('function');
  });

  it('draws every stage as well-formed SVG of the requested size, on phones, projectors and odd shapes, in both palettes', () => {
    for (const stage of [...STAGES, null]) {
      for (const [w, h] of SIZES) {
        for (const palette of PALETTES) {
          const svg = drawBackdrop(stage, frameFor(w, h), palette);
          expect(svgProblems(svg), `${stage} ${w}x${h} ${palette.name}`).toEqual([]);
          expect(svg).toContain(`viewBox="0 0 ${w} ${h}"`);
        }
      }
    }
  });

  it('composes in the area the DOM leaves visible and bleeds under the story panel', () => {
    const { frame, canvas } = layoutWorld(1280, 800, 1);
    expect(frame.left).toBeGreaterThan(0);
    for (const stage of STAGES) {
      const svg = drawBackdrop(stage, frame, FRIENDLY);
      expect(svgProblems(svg), stage).toEqual([]);
      expect(svg).toContain(`width="${canvas.w}" height="${canvas.h}" viewBox="${-frame.left} 0 ${canvas.w} ${canvas.h}"`);
      expect(svg, `${stage} fills the covered part too`).toMatch(new RegExp(`<rect x="${-frame.left}" y="0"`));
    }
  });

  it('gives different stages different pictures', () => {
    const pictures = new Set(STAGES.map((s) => drawBackdrop(s, frameFor(800, 500), FRIENDLY)));
    expect(pictures.size).toBe(STAGES.length);
  });

  it('outlines shapes in high contrast only', () => {
    for (const stage of STAGES) {
      expect(drawBackdrop(stage, frameFor(800, 500), HIGH_CONTRAST)).toContain(`stroke="${HIGH_CONTRAST.outline}"`);
      expect(drawBackdrop(stage, frameFor(800, 500), FRIENDLY)).not.toContain('stroke="#111111"');
    }
  });

  it('falls back to a neutral landscape for no stage or an unknown one', () => {
    expect(isStage('office')).toBe(true);
    expect(isStage('moon')).toBe(false);
    expect(isStage(null)).toBe(false);
    expect(isStage('toString')).toBe(false);
    expect(drawBackdrop('moon', frameFor(640, 400), FRIENDLY)).toBe(drawBackdrop(null, frameFor(640, 400), FRIENDLY));
  });
});

describe('journey and ending art', () => {
  it('draws a journey card and a vehicle for every transport mode and for none yet', () => {
    const vehicles = new Set<string>();
    for (const mode of [...MODES, null]) {
      for (const palette of PALETTES) {
        expect(svgProblems(drawJourneyCard(palette, mode, 620, 112)), `${mode}`).toEqual([]);
        const v = drawJourneyVehicle(palette, mode, 80);
        expect(svgProblems(v), `${mode}`).toEqual([]);
        if (palette === FRIENDLY) vehicles.add(v);
      }
    }
    expect(vehicles.size).toBe(MODES.length + 1);
  });

  it('carries what really travels: the cargo itself before a mode, a data file for a digital delivery, a badge on vehicles', () => {
    const before = new Set(CARGO.map((c) => drawJourneyVehicle(FRIENDLY, null, 80, c)));
    expect(before.size).toBe(CARGO.length);
    const onTruck = new Set(CARGO.map((c) => drawJourneyVehicle(FRIENDLY, 'road', 80, c)));
    expect(onTruck.size).toBe(CARGO.length);
    for (const c of CARGO) {
      for (const palette of PALETTES) expect(svgProblems(drawJourneyVehicle(palette, null, 80, c)), c).toEqual([]);
      expect(drawJourneyVehicle(FRIENDLY, 'digital', 80, c)).toBe(drawJourneyVehicle(FRIENDLY, 'digital', 80, 'data'));
    }
    expect(drawJourneyVehicle(FRIENDLY, null, 80, 'data')).not.toBe(drawJourneyVehicle(FRIENDLY, null, 80, 'cartons'));
  });

  it('draws the ending pieces', () => {
    for (const svg of [drawGlow(FRIENDLY, 400, 300), drawConfetti(FRIENDLY, FRIENDLY.coral, 20), drawSparkle(HIGH_CONTRAST, 30), drawRainCloud(FRIENDLY, 200), drawRaindrop(FRIENDLY, 16)]) {
      expect(svgProblems(svg)).toEqual([]);
    }
  });
});
