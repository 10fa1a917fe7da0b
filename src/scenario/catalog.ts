/** The scenario catalog's metadata (what the picker shows before a scenario is loaded) and its texts by language. */

/** Picker texts of a scenario in one language. */
export interface CatalogTexts {
  readonly title: string;
  readonly summary: string;
  readonly product: string;
  readonly origin: string;
  readonly destination: string;
}

/** One built-in scenario, as the build found it in scenarios/<id>/. */
export interface CatalogEntry {
  readonly id: string;
  readonly version: string;
  /** The language the scenario is written in. */
  readonly lang: string;
  /** Languages with a translation file (besides the source language). */
  readonly translations: readonly string[];
  readonly hs: string | null;
  readonly currency: string;
  readonly money: number;
  readonly deadline: number;
  readonly playMinutes: number;
  readonly difficulty: string;
  /** Picker texts by language: the source language, plus each translation's up-to-date strings. */
  readonly texts: Readonly<Record<string, CatalogTexts>>;
}

/** Picker texts in a language, falling back to the source language. */
export function catalogTexts(entry: CatalogEntry, lang: string): CatalogTexts {
  return entry.texts[lang] ?? entry.texts[entry.lang] ?? Object.values(entry.texts)[0] ?? { title: entry.id, summary: '', product: '', origin: '', destination: '' };
}

/**
 * The language each picker text is really in. A translation's stale or missing string falls back to the
 * source text (see tools/vite/scenarios.ts); such a text carries the source's `lang` so screen readers
 * pronounce it right. For each field: `lang` when translated, else the scenario's source language (a text
 * equal to the source counts as the source).
 */
export function catalogTextLanguages(entry: CatalogEntry, lang: string): Record<keyof CatalogTexts, string> {
  const source = entry.texts[entry.lang];
  const shown = entry.texts[lang];
  const of = (field: keyof CatalogTexts) => (lang === entry.lang || (shown && shown[field] !== source?.[field]) ? lang : entry.lang);
  return { title: of('title'), summary: of('summary'), product: of('product'), origin: of('origin'), destination: of('destination') };
}
