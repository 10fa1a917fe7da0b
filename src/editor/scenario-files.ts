/**
 * The built-in scenarios for the editor's picker. In dev: each file's own text, so saving keeps its
 * layout byte for byte. A build ships the scenarios as data only (the catalog's chunks), so there the
 * picker opens a copy written with standard indentation.
 */
import { scenarioFiles } from 'virtual:trade-game/catalog';
import type { JsonObject } from './model';
import { freshText } from './save';

// A data glob over the scenario folders (an array, as it names files outside src rather than modules of it).
const rawFiles: Record<string, () => Promise<string>> = import.meta.env.DEV
  ? import.meta.glob<string>(['../../scenarios/*/scenario.json'], { query: '?raw', import: 'default' })
  : {};

/** Loaders of the built-in scenarios' text, by id. */
export const builtInScenarios: ReadonlyMap<string, () => Promise<string>> = new Map(
  import.meta.env.DEV
    ? Object.entries(rawFiles).map(([p, load]) => [p.split('/').at(-2) ?? '', load])
    : Object.entries(scenarioFiles).map(([id, load]) => [id, async () => freshText((await load()).default as JsonObject)]),
);

/** True when the picker opens the files' own text (dev), false when it opens copies (a build). */
export const builtInAreFiles = import.meta.env.DEV;
