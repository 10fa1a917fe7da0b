/**
 * `npm run bench`: engine playthroughs per second through the public Game API beside a minimal
 * baseline over the same rule functions (same games, same run), and exhaustive-analysis time for every
 * shipped scenario and for generated scenarios of 50, 200 and 1,000 scenes, and the policy table
 * (careful, careless, random, first on screen, …) of every shipped scenario and test/fixtures/fair.json.
 * Figures, not tests: the machines are shared and noisy, so each play figure
 * is the best of several interleaved rounds and the load average is printed.
 *
 * The fee-or-wait loop (a scene looping over every money amount) is analysed at 4,000, 16,000 and 64,000
 * money states and up to the state cap, each in a fresh process, for its time and peak memory.
 *
 *   npm run bench:engine [-- --quick] [-- --max-states N] [-- --policies] [-- --loops] [-- --plays]
 *   (--policies: only the policy tables; --loops: only the fee-or-wait loop; --plays: only the playthroughs)
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Scenario } from '../src/scenario';
import { generated, timeAnalysis, type AnalysisTiming } from './bench/analysis';
import { timeFeeOrWait } from './bench/fee-wait';
import { agreement, PLAYERS, rate } from './bench/plays';
import { benchPolicies } from './bench/policies';
import { readScenario, scenarioFiles } from './lib/files';

const GOALS = { playsPerSecond: 20_000, ratio: 3, analysisMs: 2_000, capMb: 1_000 };

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, 'max-states': { type: 'string' }, policies: { type: 'boolean' }, loops: { type: 'boolean' }, plays: { type: 'boolean' } } });
const roundMs = values.quick ? 300 : 1000;
const rounds = values.quick ? 2 : 3;
const maxStates = Number(values['max-states'] ?? 2_000_000);

const num = (n: number) => Math.round(n).toLocaleString('en');
const pad = (s: string, n: number) => s.padStart(n);

function scenarios(): { name: string; s: Scenario }[] {
  const out = [{ name: 'mini (fixture)', s: readScenario('test/fixtures/mini.json') }];
  if (existsSync('scenarios')) for (const f of scenarioFiles(['scenarios'])) out.push({ name: f.replace(/^scenarios\//, '').replace(/\/scenario\.json$/, ''), s: readScenario(f) });
  return out;
}

function benchPlays(list: { name: string; s: Scenario }[]): void {
  console.log(`\nEngine: seeded playthroughs with uniformly random available choices, per CPU-second of this process (best of ${rounds} interleaved rounds of ${roundMs} ms CPU)`);
  console.log('  Game API = createGame(scenario, seed) + game.choose(id): each choice one pure step of the scenario\'s XState machine;');
  console.log('  baseline = openingState/takeChoice, the rule functions the machine\'s guard and action call, without the machine;');
  console.log('  "same ends": seeds whose games end at the same node, money and day in both; last column: Game API per wall-clock second.\n');
  console.log(`  ${'scenario'.padEnd(22)} ${pad('Game API/s', 11)} ${pad('baseline/s', 11)} ${pad('API÷baseline', 13)}  ${pad('same ends', 9)}  ${pad('API wall/s', 9)}`);
  for (const { name, s } of list) {
    const best = { game: 0, baseline: 0 };
    let gameWall = 0;
    for (let r = 0; r < rounds; r++) {
      for (const k of ['game', 'baseline'] as const) {
        const x = rate(PLAYERS[k], s, roundMs, r * 1_000_000);
        best[k] = Math.max(best[k], x.cpu);
        if (k === 'game') gameWall = Math.max(gameWall, x.wall);
      }
    }
    const agree = agreement(s, 500);
    console.log(`  ${name.padEnd(22)} ${pad(num(best.game), 11)} ${pad(num(best.baseline), 11)} ${pad(`${(best.baseline / best.game).toFixed(1)}×`, 13)}  ${pad(`${agree}/500`, 9)}  ${pad(num(gameWall), 9)}`);
  }
  console.log(`  Goals: Game API ≥ ${num(GOALS.playsPerSecond)} plays/s on one core; Game API ≤ ${GOALS.ratio}× the baseline's time.`);
}

function benchAnalysis(list: { name: string; s: Scenario }[]): AnalysisTiming[] {
  console.log(`\nExhaustive analysis (state cap ${num(maxStates)}; generated: best of ${rounds} runs)\n`);
  console.log(`  ${'scenario'.padEnd(22)} ${pad('scenes', 7)} ${pad('states', 10)} ${pad('transitions', 12)} ${pad('complete', 9)} ${pad('time', 9)} ${pad('CPU', 9)} ${pad('states/s', 10)}`);
  const rows: AnalysisTiming[] = [];
  const show = (t: AnalysisTiming) => {
    rows.push(t);
    console.log(`  ${t.name.padEnd(22)} ${pad(num(t.scenes), 7)} ${pad(num(t.states), 10)} ${pad(num(t.transitions), 12)} ${pad(t.complete ? 'yes' : 'NO (cap)', 9)} ${pad(`${(t.ms / 1000).toFixed(2)} s`, 9)} ${pad(`${(t.cpuMs / 1000).toFixed(2)} s`, 9)} ${pad(num((t.states / t.ms) * 1000), 10)}`);
  };
  for (const { name, s } of list) show(timeAnalysis(name, s, maxStates, 1));
  for (const scenes of [50, 200, 1000]) show(timeAnalysis(`generated ${scenes}`, generated(scenes), maxStates, rounds));
  console.log(`  Goal: 1,000 generated scenes analysed in ≤ ${GOALS.analysisMs / 1000} s.`);
  return rows;
}

function benchLoops(): void {
  console.log(`\nFee-or-wait loop: exhaustive analysis of a scene that loops over every money amount (pay a fee, wait a day or ship), each size in a fresh process`);
  console.log('  time should grow linearly with the states; peak = the process\'s resident memory at its highest (start = before the analysis)\n');
  console.log(`  ${'money states'.padEnd(14)} ${pad('states', 10)} ${pad('complete', 9)} ${pad('time', 9)} ${pad('µs/state', 9)} ${pad('start', 8)} ${pad('peak', 8)}`);
  const sizes = values.quick ? [4000, 16000, 64000] : [4000, 16000, 64000, Math.ceil(maxStates / 5)];
  for (const n of sizes) {
    const t = timeFeeOrWait(n, maxStates);
    console.log(`  ${num(n).padEnd(14)} ${pad(num(t.states), 10)} ${pad(t.complete ? 'yes' : 'NO (cap)', 9)} ${pad(`${(t.ms / 1000).toFixed(2)} s`, 9)} ${pad(((t.ms * 1000) / t.states).toFixed(1), 9)} ${pad(`${num(t.startMb)} MB`, 8)} ${pad(`${num(t.peakMb)} MB`, 8)}`);
  }
  console.log(`  Goals: time linear in states; peak ≤ ${num(GOALS.capMb)} MB at the state cap (${num(maxStates)}).`);
}

console.log(`Trade Game benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const list = scenarios();
const shippedAndFair = [...list.filter((x) => !x.name.endsWith('(fixture)')), { name: 'fair (fixture)', s: readScenario('test/fixtures/fair.json') }];
if (values.policies) benchPolicies(shippedAndFair);
else if (values.loops) benchLoops();
else if (values.plays) benchPlays(list);
else {
  benchPlays(list);
  const analysed = benchAnalysis(list);
  benchLoops();
  benchPolicies(shippedAndFair);
  const big = analysed.find((t) => t.name === 'generated 1000');
  if (big) console.log(`\n1,000 scenes: ${(big.ms / 1000).toFixed(2)} s (${big.ms <= GOALS.analysisMs ? 'meets' : 'misses'} the ${GOALS.analysisMs / 1000} s goal). Load average now ${loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
}
