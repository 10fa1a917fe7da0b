/** The picker's and the title's pictures: well-formed SVG, distinct per scenario, no scenario text inside. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRODUCT_KINDS, ROUTE_MODES, scenarioCard, type CardArt } from '../../src/ui/art/card-model';
import { drawKeyArt } from '../../src/ui/art/key-art';
import { drawScenarioCard } from '../../src/ui/art/scenario-card-art';
import { FRIENDLY, HIGH_CONTRAST } from '../../src/world/palette';
import { readCatalog } from '../../tools/vite/scenarios';
import { svgProblems } from '../world/svg-check';

const catalog = readCatalog(fileURLToPath(new URL('../../scenarios', import.meta.url)));
const PALETTES = [FRIENDLY, HIGH_CONTRAST];

describe('scenario card art', () => {
  it('draws every product with every route mode (and none) as well-formed SVG in both palettes', () => {
    for (const product of PRODUCT_KINDS) {
      for (const mode of [...ROUTE_MODES, null]) {
        for (const palette of PALETTES) {
          const svg = drawScenarioCard(palette, { seed: 12345, product, mode });
          expect(svgProblems(svg), `${product} ${mode} ${palette.name}`).toEqual([]);
          expect(svg).toContain('viewBox="0 0 480 180"');
        }
      }
    }
  });

  it('gives every shipped scenario its own picture', () => {
    const pictures = catalog.map((e) => drawScenarioCard(FRIENDLY, scenarioCard(e).art));
    expect(new Set(pictures).size).toBe(catalog.length);
  });

  it('draws the route in the style of its transport', () => {
    const art = (mode: CardArt['mode']) => drawScenarioCard(FRIENDLY, { seed: 1, product: 'coffee', mode });
    expect(art('sea')).toContain(FRIENDLY.waterDeep); // the sea lane
    expect(art('air')).not.toContain(FRIENDLY.waterDeep);
    expect(art('post')).toContain(`stroke="${FRIENDLY.road}"`);
    expect(new Set(ROUTE_MODES.map(art)).size).toBe(ROUTE_MODES.length);
  });

  it('carries no text, so scenario data never reaches the markup, however hostile', () => {
    const hostile = scenarioCard({ id: '<script>alert(1)</script>"&', difficulty: '"><img onerror=x>', hs: '</svg><script>', modes: ['"><b>', 'sea'] });
    const svg = drawScenarioCard(FRIENDLY, hostile.art);
    expect(svgProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<text|<script|onerror|<img|<b>|alert/);
    for (const e of catalog) {
      const text = drawScenarioCard(FRIENDLY, scenarioCard(e).art);
      expect(text).not.toContain('<text');
      expect(text).not.toContain(e.id);
    }
  });

  it('outlines shapes in high contrast only', () => {
    const art = scenarioCard(catalog[0] ?? { id: 'x', difficulty: 'easy', hs: null }).art;
    expect(drawScenarioCard(HIGH_CONTRAST, art)).toContain(`stroke="${HIGH_CONTRAST.outline}"`);
    expect(drawScenarioCard(FRIENDLY, art)).not.toContain(`stroke="${HIGH_CONTRAST.outline}"`);
  });
});

describe('key art', () => {
  it('is well-formed SVG in both palettes, different in each, without text', () => {
    const [friendly, contrast] = PALETTES.map(drawKeyArt) as [string, string];
    for (const svg of [friendly, contrast]) {
      expect(svgProblems(svg)).toEqual([]);
      expect(svg).toContain('viewBox="0 0 1600 1000"');
      expect(svg).not.toContain('<text');
    }
    expect(friendly).not.toBe(contrast);
    expect(contrast).toContain(`stroke="${HIGH_CONTRAST.outline}"`);
  });

  it('stays small enough to draw on a phone without a wait (under 40 KB of markup)', () => {
    expect(drawKeyArt(FRIENDLY).length).toBeLessThan(40_000);
  });
});
