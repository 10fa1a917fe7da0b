/** "Did you mean …?": the closest known name by edit distance. */

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (inputs capped at 100 characters). */
export function editDistance(a: string, b: string): number {
  const s = a.slice(0, 100);
  const t = b.slice(0, 100);
  const rows: number[][] = [Array.from({ length: t.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = d;
    }
    rows.push(row);
  }
  return rows[s.length]?.[t.length] ?? 0;
}

/** The candidate closest to `word`, if it is close enough to be a plausible typo (case-insensitive). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined || best === word) return undefined;
  const allowed = Math.max(1, Math.floor(Math.min(w.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** A hint sentence: "Did you mean "x"?" plus, when short enough, the list of what is allowed. */
export function didYouMean(word: string, candidates: readonly string[], noun = 'Known'): string | undefined {
  const best = closest(word, candidates);
  const list = candidates.length === 0 ? '' : candidates.length <= 12 ? `${noun}: ${candidates.map((c) => JSON.stringify(c)).join(', ')}.` : `${noun}: ${candidates.slice(0, 10).map((c) => JSON.stringify(c)).join(', ')} and ${candidates.length - 10} more.`;
  const parts = [best ? `Did you mean ${JSON.stringify(best)}?` : '', list].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
