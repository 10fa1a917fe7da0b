/**
 * Vite plugin for the built-in scenarios (scenarios/<id>/scenario.json and
 * locales/<lang>.json):
 * - `virtual:trade-game/catalog`: a small build-time index of their metadata
 *   for the picker, so no scenario file is loaded before one is chosen, and a
 *   lazy loader per scenario file and per translation (one chunk each);
 * - in `npm run dev`, saving a scenario file sends its text to the page
 *   (event `trade-game:scenario`) instead of reloading, so the page can swap
 *   the scenario and replay the player's choice log to the same place.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { fingerprint } from '../../src/scenario';
import type { CatalogEntry, CatalogTexts } from '../../src/scenario';
import { modesOfScenario, type CatalogArtFacts } from '../../src/ui/art/card-model';

const VIRTUAL_ID = 'virtual:trade-game/catalog';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** The message the dev server sends when a scenario file is saved. */
export interface ScenarioFileUpdate {
  /** Path under scenarios/, with forward slashes, e.g. "coffee/locales/fr.json". */
  readonly path: string;
  readonly text: string;
}

type Json = Record<string, unknown>;
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : {});

function readJson(file: string): Json | null {
  try {
    return obj(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null; // a broken file is reported by the checker and by the page when it loads it
  }
}

/** Reads the catalog from a scenarios folder. */
export function readCatalog(dir: string): Array<CatalogEntry & CatalogArtFacts> {
  if (!existsSync(dir)) return [];
  const entries: Array<CatalogEntry & CatalogArtFacts> = [];
  for (const id of readdirSync(dir).sort()) {
    const s = readJson(join(dir, id, 'scenario.json'));
    if (!s || s.id !== id) continue;
    const source: CatalogTexts = {
      title: str(s.title, id), summary: str(s.summary), product: str(obj(s.product).name),
      origin: str(obj(s.origin).name), destination: str(obj(s.destination).name),
    };
    const texts: Record<string, CatalogTexts> = { [str(s.lang, 'en')]: source };
    const translations: string[] = [];
    const localeDir = join(dir, id, 'locales');
    if (existsSync(localeDir)) {
      for (const f of readdirSync(localeDir).filter((x) => x.endsWith('.json')).sort()) {
        const tr = readJson(join(localeDir, f));
        const lang = f.slice(0, -5);
        if (!tr || tr.scenario !== id) continue;
        translations.push(lang);
        const strings = obj(tr.strings);
        const pick = (key: string, src: string) => {
          const e = obj(strings[key]);
          return typeof e.text === 'string' && e.text && e.source === fingerprint(src) ? e.text : src;
        };
        texts[lang] = {
          title: pick('title', source.title), summary: pick('summary', source.summary), product: pick('product.name', source.product),
          origin: pick('origin.name', source.origin), destination: pick('destination.name', source.destination),
        };
      }
    }
    entries.push({
      id, version: str(s.version), lang: str(s.lang, 'en'), translations,
      hs: typeof obj(s.product).hs === 'string' ? (obj(s.product).hs as string) : null,
      currency: str(s.currency, 'USD'), money: Number(s.money) || 0, deadline: Number(s.deadline) || 0,
      playMinutes: Number(s.playMinutes) || 0, difficulty: str(s.difficulty), texts,
      modes: modesOfScenario(s),
    });
  }
  // A new player meets the easy scenarios first: easy, medium, hard, then the shorter play, then the id.
  const rank = (d: string) => { const i = ['easy', 'medium', 'hard'].indexOf(d); return i < 0 ? 3 : i; };
  return entries.sort((a, b) => rank(a.difficulty) - rank(b.difficulty) || a.playMinutes - b.playMinutes || a.id.localeCompare(b.id));
}

/** The plugin. `dir` is the absolute path of the scenarios folder. */
export function scenarioCatalog(dir: string): Plugin {
  return {
    name: 'trade-game-scenarios',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const catalog = readCatalog(dir);
      const loader = (file: string) => `() => import(${JSON.stringify(file.split(sep).join('/'))})`;
      const scenarios = catalog.map((e) => `${JSON.stringify(e.id)}: ${loader(join(dir, e.id, 'scenario.json'))}`);
      const locales = catalog.flatMap((e) => e.translations.map((l) => `${JSON.stringify(`${e.id}/${l}`)}: ${loader(join(dir, e.id, 'locales', `${l}.json`))}`));
      return [
        `export const catalog = ${JSON.stringify(catalog)};`,
        `export const scenarioFiles = {${scenarios.join(',')}};`,
        `export const localeFiles = {${locales.join(',')}};`,
      ].join('\n');
    },
    async handleHotUpdate({ file, server, read }) {
      const rel = relative(dir, file);
      if (rel.startsWith('..') || !rel.endsWith('.json')) return undefined;
      const path = rel.split(sep).join('/');
      if (!/^[a-z0-9-]+\/(scenario|locales\/[^/]+)\.json$/.test(path)) return undefined;
      const catalogModule = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (catalogModule) server.moduleGraph.invalidateModule(catalogModule);
      const update: ScenarioFileUpdate = { path, text: await read() };
      server.ws.send({ type: 'custom', event: 'trade-game:scenario', data: update });
      return []; // handled: no full reload, the page replays the player's log
    },
  };
}
