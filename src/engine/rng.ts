/**
 * Seeded PRNG (mulberry32). Its whole state is one uint32 that lives in the
 * game state, so a saved or replayed game draws exactly the same numbers.
 */
export interface Draw {
  readonly state: number;
  readonly value: number; // in [0, 1)
}

/** Normalises any number to a uint32 seed. */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** The next number and the next state. */
export function nextRandom(state: number): Draw {
  const t = (state + 0x6d2b79f5) >>> 0;
  let r = Math.imul(t ^ (t >>> 15), t | 1);
  r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
  return { state: t, value: ((r ^ (r >>> 14)) >>> 0) / 4294967296 };
}

/** Picks an index by weight (weights ≥ 0, some > 0) with one draw. */
export function pickWeighted(state: number, weights: readonly number[]): { index: number; state: number } {
  const total = weights.reduce((a, b) => a + b, 0);
  const draw = nextRandom(state);
  let x = draw.value * total;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w <= 0) continue;
    if (x < w) return { index: i, state: draw.state };
    x -= w;
  }
  // Floating point edge: the last positive weight.
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return { index: i, state: draw.state };
  throw new Error('pickWeighted: no positive weight');
}
