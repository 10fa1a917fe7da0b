/** Small statistics for the debrief: distributions and averages. */
import type { Distribution } from './model';

/** Min, median (mean of the two middle values for an even count) and max; null for no values. */
export function distribution(values: readonly number[]): Distribution | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number, count: sorted.length };
}

/** The mean rounded to one decimal; null for no values. */
export function average(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** Adds one to a counter in a map. */
export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
