/** The phone HUD's one-line readiness summary: the mean of the dimensions a decision has touched, none before any. */
import { describe, expect, it } from 'vitest';
import type { DimensionScore } from '../../src/engine';
import { DIMENSIONS, type Dimension } from '../../src/scenario';
import { readinessSummary } from '../../src/ui/play/hud';

const scores = (percents: Partial<Record<Dimension, number>>) =>
  Object.fromEntries(DIMENSIONS.map((d) => [d, { earned: 0, possible: 0, percent: percents[d] ?? null } satisfies DimensionScore])) as Record<Dimension, DimensionScore>;

describe('readinessSummary', () => {
  it('is null before any decision touched a dimension', () => {
    expect(readinessSummary(scores({}))).toBeNull();
  });
  it('averages only the dimensions touched so far, rounded', () => {
    expect(readinessSummary(scores({ market: 100 }))).toBe(100);
    expect(readinessSummary(scores({ market: 100, finance: 0 }))).toBe(50);
    expect(readinessSummary(scores({ market: 67, finance: 0, customs: 0 }))).toBe(22);
    expect(readinessSummary(scores({ market: 0 }))).toBe(0);
  });
});
