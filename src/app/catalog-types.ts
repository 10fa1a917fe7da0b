/** The scenario catalog's metadata: what the picker shows before a scenario is loaded. */

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
