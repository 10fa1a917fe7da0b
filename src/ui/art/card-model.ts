/**
 * What a scenario card shows, read from the scenario's catalog entry: its difficulty (as written in the
 * scenario file, never guessed), the kind of product to draw (from its HS chapter), the transport the
 * route is drawn with (the mode the scenario's choices set most often), and a short pitch (the summary's
 * first sentence) with the rest of the summary. Pure: no DOM.
 */

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The products the card art can draw. */
export const PRODUCT_KINDS = ['flowers', 'nuts', 'produce', 'coffee', 'oil', 'textile', 'machinery', 'service', 'goods'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** Transport modes the card art can draw a route for. */
export const ROUTE_MODES = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'digital'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

/** Extra catalog facts for the art (tools/vite/scenarios.ts adds them to each entry). */
export interface CatalogArtFacts {
  /** The transport modes the scenario's choices can set, the most frequent first. */
  readonly modes?: readonly string[];
}

/** The catalog fields the card reads. */
export interface CardSource extends CatalogArtFacts {
  readonly id: string;
  readonly difficulty: string;
  readonly hs: string | null;
}

/** What the card art draws. */
export interface CardArt {
  /** A number derived from the scenario id: small variations (sky, hills, clouds) per scenario. */
  readonly seed: number;
  readonly product: ProductKind;
  readonly mode: RouteMode | null;
}

/** Everything a card shows besides the catalog texts. */
export interface ScenarioCard {
  readonly id: string;
  /** null when the scenario file names no known difficulty (the card then shows none). */
  readonly difficulty: Difficulty | null;
  /** 1 (easy) to 3 (hard); 0 when unknown. */
  readonly level: 0 | 1 | 2 | 3;
  readonly art: CardArt;
}

/** The scenario's difficulty, if it is one the game knows. */
export function difficultyOf(raw: unknown): Difficulty | null {
  return typeof raw === 'string' && (DIFFICULTIES as readonly string[]).includes(raw) ? (raw as Difficulty) : null;
}

/** The product to draw for an HS code (null: a service, which has no HS code). */
export function productKindOf(hs: string | null): ProductKind {
  if (hs === null) return 'service';
  const code = hs.replace(/\D/g, '');
  const chapter = Number(code.slice(0, 2));
  if (code.length < 2 || !Number.isFinite(chapter)) return 'goods';
  if (chapter === 6) return 'flowers';
  if (code.startsWith('0801') || code.startsWith('0802')) return 'nuts';
  if (chapter === 7 || chapter === 8) return 'produce';
  if (chapter === 9) return 'coffee';
  if (chapter === 15) return 'oil';
  if (chapter >= 50 && chapter <= 63) return 'textile';
  if (chapter === 84 || chapter === 85) return 'machinery';
  return 'goods';
}

/** The mode the route is drawn with: the scenario's most frequent known mode; a service without one travels as data. */
export function routeModeOf(modes: unknown, product: ProductKind): RouteMode | null {
  const known = Array.isArray(modes) ? modes.filter((m): m is RouteMode => (ROUTE_MODES as readonly unknown[]).includes(m)) : [];
  return known[0] ?? (product === 'service' ? 'digital' : null);
}

/** A stable 32-bit number from a text (FNV-1a). */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

/** The card of a catalog entry. */
export function scenarioCard(entry: CardSource): ScenarioCard {
  const difficulty = difficultyOf(entry.difficulty);
  const product = productKindOf(entry.hs);
  return {
    id: entry.id,
    difficulty,
    level: difficulty ? ((DIFFICULTIES.indexOf(difficulty) + 1) as 1 | 2 | 3) : 0,
    art: { seed: seedOf(entry.id), product, mode: routeModeOf(entry.modes, product) },
  };
}

/** A summary cut into its first sentence (the pitch) and the rest (may be empty). */
export function splitPitch(summary: string, lang: string): { pitch: string; more: string } {
  const text = summary.trim();
  let first = text;
  try {
    const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text);
    first = segments[Symbol.iterator]().next().value?.segment ?? text;
  } catch {
    const m = /^.*?[.!?。](\s|$)/su.exec(text);
    if (m) first = m[0];
  }
  const pitch = first.trim();
  return { pitch, more: text.slice(first.length).trim() };
}

/** The transport modes set by a scenario's effects, the most frequent first (ties: first seen). Reads untrusted JSON. */
export function modesOfScenario(data: unknown): string[] {
  const counts = new Map<string, number>();
  const seen = new Set<unknown>();
  const walk = (x: unknown, depth: number): void => {
    if (depth > 64 || typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) { for (const v of x) walk(v, depth + 1); return; }
    const o = x as Record<string, unknown>;
    if (o.type === 'mode' && typeof o.mode === 'string') counts.set(o.mode, (counts.get(o.mode) ?? 0) + 1);
    for (const v of Object.values(o)) walk(v, depth + 1);
  };
  walk(data, 0);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
}
