/** Loads and validates the scenarios a workshop server offers (scenarios/<id>/scenario.json). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGame, replay } from '../../engine';
import { checkScenarioText, type Scenario } from '../../scenario';

/** Scenarios by "id@version". */
export type ScenarioCatalog = ReadonlyMap<string, Scenario>;

/** The catalog key of a scenario. */
export const catalogKey = (id: string, version: string) => `${id}@${version}`;

/** Reads and checks every <dir>/<folder>/scenario.json; throws naming the file and place when one has an error or does not start. */
export function loadScenarioCatalog(dir: string): ScenarioCatalog {
  if (!existsSync(dir)) throw new Error(`No scenarios folder at ${dir}.`);
  const catalog = new Map<string, Scenario>();
  for (const entry of readdirSync(dir).sort()) {
    const file = join(dir, entry, 'scenario.json');
    if (!statSync(join(dir, entry)).isDirectory() || !existsSync(file)) continue;
    // The author checker (schema, references, graph), without HS look-ups: any error refuses the start.
    const r = checkScenarioText(file, readFileSync(file, 'utf8'));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    if (!r.scenario || errors.length > 0) {
      const d = errors[0];
      throw new Error(`${d ? `${d.file}:${d.line}:${d.column}: ${d.message}` : `${file}: not a valid scenario`} (${errors.length} error(s)). Run "npm run scenario -- check ${file}".`);
    }
    const s = r.scenario;
    if (!replay(s, 1, []).ok || createGame(s, 1).view().status !== 'playing') throw new Error(`${file}: the scenario does not start.`);
    const key = catalogKey(s.id, s.version);
    if (catalog.has(key)) throw new Error(`${file}: a second scenario "${s.id}" version ${s.version}.`);
    catalog.set(key, s);
  }
  if (catalog.size === 0) throw new Error(`No scenario.json files below ${dir}.`);
  return catalog;
}
