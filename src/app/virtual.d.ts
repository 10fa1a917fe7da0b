/// <reference types="vite-plugin-pwa/vanillajs" />
/** Types of the app's Vite virtual modules. */
declare module 'virtual:trade-game/catalog' {
  import type { CatalogEntry } from '../scenario';
  /** Every built-in scenario's metadata, read at build time. */
  export const catalog: readonly CatalogEntry[];
  type JsonLoader = () => Promise<{ default: unknown }>;
  /** Lazy loaders of each scenario file, by scenario id. */
  export const scenarioFiles: Readonly<Record<string, JsonLoader>>;
  /** Lazy loaders of each translation file, by "<id>/<lang>". */
  export const localeFiles: Readonly<Record<string, JsonLoader>>;
}
