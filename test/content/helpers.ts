/**
 * Helpers for the content tests: every shipped scenario (found on disk, never listed by hand),
 * its translation files, and seeded random play to find a winning and a losing choice log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGame, replay, type Game, type GameState } from '../../src/engine';
import { parseScenarioText, type Scenario } from '../../src/scenario';
import { readTranslationFiles, scenarioFiles } from '../../tools/lib/files';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SCENARIOS_DIR = `${root}scenarios`;
export const GOLDEN_DIR = fileURLToPath(new URL('./golden', import.meta.url));

/** One shipped scenario as the content tests see it. */
export interface ShippedScenario {
  readonly file: string;
  readonly text: string;
  readonly scenario: Scenario;
  readonly translations: { lang: string; file: string; text: string }[];
}

/** Every scenarios/**\/scenario.json, parsed (a file that does not parse throws with its problems). */
export function shippedScenarios(dir = SCENARIOS_DIR): ShippedScenario[] {
  return scenarioFiles([dir]).map((file) => {
    const text = readFileSync(file, 'utf8');
    const r = parseScenarioText(text);
    if (!r.ok) throw new Error(`${file} is not a valid scenario: ${JSON.stringify(r.problems.slice(0, 3))}`);
    return { file, text, scenario: r.scenario, translations: readTranslationFiles(file) };
  });
}

/** A golden choice log: replaying `log` with `seed` must end in exactly this state. */
export interface GoldenLog {
  readonly scenario: string;
  readonly note?: string;
  readonly seed: number;
  readonly log: string[];
  readonly expect: { node: string; money: number; day: number; status: 'playing' | 'ended' };
}

/** Every golden log file in test/content/golden, with its file name. */
export function goldenLogs(): { name: string; golden: GoldenLog }[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, golden: JSON.parse(readFileSync(`${GOLDEN_DIR}/${name}`, 'utf8')) as GoldenLog }));
}

/** mulberry32: the choice-picking stream, separate from the game's own seeded chance draws. */
function picker(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plays one game choosing uniformly among the available choices; the log replays it with the same seed. */
export function randomPlay(s: Scenario, seed: number, maxSteps = 500): { log: string[]; state: GameState } {
  const game = createGame(s, seed);
  const next = picker(seed ^ 0x9e3779b9);
  for (let step = 0; game.state.status === 'playing'; step++) {
    const open = game.view().choices.filter((c) => c.available);
    if (open.length === 0) throw new Error(`${s.id}: no available choice at "${game.state.node}" (seed ${seed}, log ${game.log.join(',')})`);
    if (step >= maxSteps) throw new Error(`${s.id}: still playing after ${maxSteps} choices (seed ${seed})`);
    const pick = open[Math.floor(next() * open.length)] as (typeof open)[number];
    const r = game.choose(pick.id);
    if (!r.ok) throw new Error(`${s.id}: available choice "${pick.id}" was rejected (${r.rejection.code})`);
  }
  return { log: [...game.log], state: game.state };
}

/** Searches seeds 1..maxGames for a game that ends in success and one that ends otherwise. */
export function findWinAndLoss(s: Scenario, maxGames = 400): { win?: { seed: number; log: string[] }; loss?: { seed: number; log: string[]; kind: string } } {
  const found: ReturnType<typeof findWinAndLoss> = {};
  for (let seed = 1; seed <= maxGames && !(found.win && found.loss); seed++) {
    const { log, state } = randomPlay(s, seed);
    const node = s.nodes[state.node];
    const kind = node?.type === 'ending' ? node.kind : 'none';
    if (kind === 'success') found.win ??= { seed, log };
    else found.loss ??= { seed, log, kind };
  }
  return found;
}

/** One shipped scenario by id (throws when it is missing). */
export function shippedScenario(id: string): Scenario {
  const found = shippedScenarios().find((x) => x.scenario.id === id)?.scenario;
  if (!found) throw new Error(`scenarios/${id}/scenario.json is missing`);
  return found;
}

/** Plays a choice log (with "@outcome" pins after a choice) from a seed; fails on any rejection. */
export function playLog(s: Scenario, log: readonly string[], seed = 1): Game {
  const r = replay(s, seed, log);
  if (!r.ok) throw new Error(`rejected at step ${r.step}: ${r.rejection.code}`);
  return r.game;
}

/** The game a golden log of test/content/golden replays to. */
export function goldenGame(s: Scenario, name: string): Game {
  const g = goldenLogs().find((x) => x.name === name)?.golden;
  if (!g) throw new Error(`no golden log ${name}`);
  return playLog(s, g.log, g.seed);
}
