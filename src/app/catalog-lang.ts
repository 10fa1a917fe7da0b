/**
 * The language each picker text is really in. A translation's stale or missing
 * string falls back to the source text (see tools/vite-scenarios.ts); such a
 * text must carry the source's `lang` so screen readers pronounce it right.
 */
import type { CatalogEntry, CatalogTexts } from './catalog-types';

/** For each picker field: `lang` when translated, else the scenario's source language (a text equal to the source counts as the source). */
export function catalogTextLanguages(entry: CatalogEntry, lang: string): Record<keyof CatalogTexts, string> {
  const source = entry.texts[entry.lang];
  const shown = entry.texts[lang];
  const of = (field: keyof CatalogTexts) => (lang === entry.lang || (shown && shown[field] !== source?.[field]) ? lang : entry.lang);
  return { title: of('title'), summary: of('summary'), product: of('product'), origin: of('origin'), destination: of('destination') };
}
