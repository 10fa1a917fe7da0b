/**
 * The scenario the browser tests play: a shipped one (scenarios/, or the
 * folder in TRADE_GAME_SCENARIOS, the same rule as vite.config.ts), read
 * with the engine so tests can plan a route and then play it by reading
 * the page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGame, type Game } from '../../src/engine';
import { parseScenarioText, type Scenario } from '../../src/scenario';
import { readCatalog } from '../../tools/vite/scenarios';

/** The scenarios folder the build used. */
export const scenariosDir = process.env.TRADE_GAME_SCENARIOS
  ? resolve(process.env.TRADE_GAME_SCENARIOS)
  : fileURLToPath(new URL('../../scenarios', import.meta.url));

/** The scenario under test: "coffee" when shipped, else the first one found. */
export function scenarioUnderTest(): Scenario {
  const catalog = readCatalog(scenariosDir);
  const entry = catalog.find((e) => e.id === 'coffee') ?? catalog[0];
  if (!entry) throw new Error(`No scenario found in ${scenariosDir}: the browser tests play a shipped scenario.`);
  const r = parseScenarioText(readFileSync(join(scenariosDir, entry.id, 'scenario.json'), 'utf8'));
  if (!r.ok) throw new Error(`scenarios/${entry.id}/scenario.json is not valid: ${JSON.stringify(r.problems[0])}`);
  return r.scenario;
}

/** UI strings of a language, for finding controls by their visible names. */
export function uiStrings(lang: string): (key: string) => string {
  const data = JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/i18n/locales/${lang}/ui.json`, import.meta.url)), 'utf8')) as Record<string, unknown>;
  return (key) => {
    const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
    if (typeof v !== 'string') throw new Error(`no UI string ${lang}:${key}`);
    return v;
  };
}

/**
 * A route of choice ids from the start (with a seed) to an ending that satisfies `goal`,
 * found by depth-first search with memory of visited states. Null when none exists.
 */
export function planRoute(scenario: Scenario, seed: number, goal: (kind: string) => boolean, prefer?: (g: Game) => boolean): string[] | null {
  const seen = new Set<string>();
  const search = (log: string[]): string[] | null => {
    const game = createGame(scenario, seed);
    for (const id of log) game.choose(id);
    const st = game.state;
    const key = JSON.stringify([st.node, st.money, st.day, st.flags, st.vars, st.pending, st.rng, st.mode]);
    if (seen.has(key) || log.length > 60) return null;
    seen.add(key);
    if (st.status === 'ended') {
      const node = scenario.nodes[st.node];
      return node?.type === 'ending' && goal(node.kind) && (!prefer || prefer(game)) ? log : null;
    }
    for (const c of game.view().choices.filter((x) => x.available)) {
      const found = search([...log, c.id]);
      if (found) return found;
    }
    return null;
  };
  return search([]);
}

/** The shortest route (breadth-first) from the start to a scene the predicate accepts; null when none. */
export function routeToScene(scenario: Scenario, seed: number, accept: (g: Game) => boolean): string[] | null {
  const seen = new Set<string>();
  let frontier: string[][] = [[]];
  while (frontier.length) {
    const next: string[][] = [];
    for (const log of frontier) {
      const game = createGame(scenario, seed);
      for (const id of log) game.choose(id);
      const st = game.state;
      const key = JSON.stringify([st.node, st.money, st.day, st.flags, st.vars, st.pending, st.rng, st.mode]);
      if (seen.has(key) || st.status === 'ended') continue;
      seen.add(key);
      if (accept(game)) return log;
      for (const c of game.view().choices.filter((x) => x.available)) next.push([...log, c.id]);
    }
    frontier = next.slice(0, 5000);
  }
  return null;
}
