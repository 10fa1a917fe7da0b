/** Loads and validates the scenarios a workshop server offers (scenarios/<id>/scenario.json). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGame, replay } from '../../engine';
import { parseScenarioText, type Scenario } from '../../scenario';

/** Scenarios by "id@version". */
export type ScenarioCatalog = ReadonlyMap<string, Scenario>;

/** The catalog key of a scenario. */
export const catalogKey = (id: string, version: string) => `${id}@${version}`;

/** Reads every <dir>/<folder>/scenario.json; throws naming the file when one is invalid or does not start. */
export function loadScenarioCatalog(dir: string): ScenarioCatalog {
  if (!existsSync(dir)) throw new Error(`No scenarios folder at ${dir}.`);
  const catalog = new Map<string, Scenario>();
  for (const entry of readdirSync(dir).sort()) {
    const file = join(dir, entry, 'scenario.json');
    if (!statSync(join(dir, entry)).isDirectory() || !existsSync(file)) continue;
    const r = parseScenarioText(readFileSync(file, 'utf8'));
    if (!r.ok) {
      const p = r.problems[0];
      throw new Error(`${file}: not a valid scenario (${p ? `${p.path.join('.') || '(root)'}: ${p.message}` : 'unknown problem'}). Run "npm run scenario -- check ${file}".`);
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
