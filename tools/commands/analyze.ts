/** `analyze`: explore every reachable state of scenarios; optionally seeded random plays. */
import { parseArgs } from 'node:util';
import { analyze as explore, findingsOf, policyAnalysis, randomPlays, type Analysis, type ExploreProgress, type Finding, type PolicyAnalysis, type RandomPlayReport, type Route } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { readScenario, scenarioFiles } from '../lib/files';
import { formatPolicies, policiesJson } from '../lib/policy-table';
import type { Command } from './types';

const USAGE = `Usage: npm run scenario -- analyze <files or folders…> [--random N [--seed S]] [--plays N] [--json] [--max-states N]

Plays every possible game of each scenario (identical states merged) and reports:
distinct states, the endings reached (end states, paths, odds under random
choices), whether success is reachable within budget and deadline, the cheapest
and the fastest winning routes, endings, scenes and choices no play reaches,
soft-locks, and coverage. Then plays seeded games under named policies
(random, first in the file, first on screen, cheapest, fastest, careful =
most readiness points at each decision, careless = fewest) and prints each
policy's win rate, mean readiness and ending spread, the skill gap (careful −
careless), the luck figures (careful loses, careless wins), the share of scored
decisions whose best option comes first in the file, and the policy targets
missed (careful ≥ 85 %, careless ≤ 5 %, first on screen within 5 points of
random, random 10–35 %). Every route is a choice list for
  npm run scenario -- play <file> --choices <list>
("@outcome" entries pin a chance result).

  --random N       also play N seeded games choosing uniformly at random
  --seed S         seed of the random games, and then of the policy games (default 1)
  --plays N        games per policy (default 2,000)
  --max-states N   stop exploring after N states (default 2,000,000)
  --json           print the results as JSON

Progress is printed on stderr during long runs.
Exit status: 0 no errors (warnings allowed), 1 errors found (soft-lock, no
success, content error, unreadable scenario), 2 bad usage.`;

interface Options { random?: number; seed: number; plays: number; maxStates: number; json: boolean }

export const analyze: Command = {
  summary: 'explore every reachable state: endings, winning routes, soft-locks, coverage',
  usage: USAGE,
  async run(args) {
    let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, random: { type: 'string' }, seed: { type: 'string' }, plays: { type: 'string' }, 'max-states': { type: 'string' } } });
    } catch (e) {
      return usage(e instanceof Error ? e.message : String(e));
    }
    const { values, positionals } = parsed;
    const int = (name: string, min: number) => {
      const v = values[name];
      if (v === undefined) return undefined;
      const n = Number(v);
      return Number.isSafeInteger(n) && n >= min ? n : NaN;
    };
    const opts: Options = { random: int('random', 1), seed: int('seed', 0) ?? 1, plays: int('plays', 1) ?? 2000, maxStates: int('max-states', 1) ?? 2_000_000, json: values.json === true };
    if (Number.isNaN(opts.random)) return usage('--random needs a positive whole number of games.');
    if (Number.isNaN(opts.seed)) return usage('--seed needs a whole number ≥ 0.');
    if (Number.isNaN(opts.maxStates)) return usage('--max-states needs a positive whole number.');
    if (Number.isNaN(opts.plays)) return usage('--plays needs a positive whole number of games.');
    if (values.seed !== undefined && opts.random === undefined) return usage('--seed goes with --random.');
    if (positionals.length === 0) return usage('Name at least one scenario file or folder.');
    let files: string[];
    try {
      files = scenarioFiles(positionals);
    } catch (e) {
      return usage(e instanceof Error ? e.message : String(e));
    }
    if (files.length === 0) return usage(`No scenario.json found in ${positionals.join(', ')}.`);
    let failed = false;
    const results: unknown[] = [];
    for (const file of files) {
      const r = analyzeFile(file, opts);
      if (r.error || r.findings.some((f) => f.severity === 'error')) failed = true;
      if (opts.json) results.push(r.error ? { file, error: r.error } : { file, analysis: r.analysis, findings: r.findings, random: r.random ?? null, policies: r.policies ? policiesJson(r.policies) : null });
      else console.log(r.error ? `${file}\n  error: ${r.error}\n` : formatAnalysis(file, r.scenario!, r.analysis!, r.findings, r.random, r.ms, r.policies));
    }
    if (opts.json) console.log(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
};

function usage(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}

interface FileResult { scenario?: Scenario; analysis?: Analysis; findings: Finding[]; random?: RandomPlayReport; policies?: PolicyAnalysis; error?: string; ms: number }

function analyzeFile(file: string, opts: Options): FileResult {
  let scenario: Scenario;
  try {
    scenario = readScenario(file);
  } catch (e) {
    return { findings: [], error: e instanceof Error ? e.message : String(e), ms: 0 };
  }
  const started = Date.now();
  let last = started;
  const onProgress = (p: ExploreProgress) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    process.stderr.write(`  ${file}: ${p.states.toLocaleString('en')} states, ${p.transitions.toLocaleString('en')} transitions, ${((now - started) / 1000).toFixed(0)} s…\n`);
  };
  const analysis = explore(scenario, { maxStates: opts.maxStates, onProgress, progressEvery: 5000 });
  const ms = Date.now() - started;
  const random = opts.random === undefined ? undefined : randomPlays(scenario, { n: opts.random, seed: opts.seed, policy: 'uniform' });
  // Policy games need a playable scenario: skip them when the exploration found a content error.
  const policies = analysis.errors.length ? undefined : policyAnalysis(scenario, { n: opts.plays, seed: opts.seed });
  return { scenario, analysis, findings: findingsOf(scenario, analysis), ...(random ? { random } : {}), ...(policies ? { policies } : {}), ms };
}

/** Longest list printed in text mode. */
const LIST_MAX = 20;
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number) => x.toLocaleString('en');
const count = (x: number | null) => (x === null ? '∞' : x >= 1e15 ? x.toExponential(2) : num(x));

/** The shell command that replays a route. */
function playCommand(file: string, r: { log: readonly string[]; seed: number | null }): string {
  const seed = r.seed !== null && r.seed !== 1 ? ` --seed ${r.seed}` : '';
  return `npm run scenario -- play ${file}${seed} --choices ${r.log.join(',') || '""'}`;
}

/** The readable report of one scenario. */
export function formatAnalysis(file: string, s: Scenario, a: Analysis, findings: Finding[], random: RandomPlayReport | undefined, ms: number, policies?: PolicyAnalysis): string {
  const money = (n: number) => `${s.currency} ${num(n)}`;
  const route = (r: Route) => `${money(r.money)} left, day ${r.day} of ${s.deadline}\n      ${playCommand(file, r)}${r.seed === null ? '\n      (starts at a chance node: no seed found that draws these outcomes)' : ''}`;
  const out = [`${file} — ${s.title} (${s.id} ${s.version})`];
  out.push(`  States: ${num(a.states)} distinct, ${num(a.transitions)} transitions${a.complete ? '' : ` — INCOMPLETE: stopped at the cap, absences below are not proven`}${a.cyclic ? '; some states repeat (paths are endless)' : ''} (${(ms / 1000).toFixed(2)} s)`);
  if (!a.complete || a.states >= 100_000) out.push(`  Most states at: ${a.hotspots.map((h) => `${h.node} (${num(h.states)}; ${num(h.moneyAmounts)} money amounts, ${num(h.days)} days)`).join(', ')}`);
  out.push(a.endings.length ? `  Endings reached:  ${'kind'.padEnd(11)} ${'ending'.padEnd(16)} ${'end states'.padStart(10)} ${'paths'.padStart(10)} ${'random'.padStart(7)}  shortest route` : '  Endings reached: none');
  for (const e of a.endings)
    out.push(`                    ${e.kind.padEnd(11)} ${e.id.padEnd(16)} ${num(e.states).padStart(10)} ${count(e.paths).padStart(10)} ${pct(e.probability).padStart(7)}  ${e.example.log.join(',')}`);
  out.push(`  Success within budget and deadline: ${a.success.reachable ? 'yes' : a.complete ? 'NO' : 'not found in the explored states'}${a.success.probability === null ? '' : ` (random choices win ${pct(a.success.probability)})`}`);
  if (a.success.cheapest) out.push(`    cheapest win: ${route(a.success.cheapest)}`);
  if (a.success.fastest) out.push(`    fastest win:  ${route(a.success.fastest)}`);
  const never = a.complete ? 'never reached' : 'not reached in the explored states';
  if (a.unreachedEndings.length) out.push(`  Endings ${never}: ${a.unreachedEndings.join(', ')}`);
  if (a.unreachedNodes.length) out.push(`  Scenes/chance nodes ${never}: ${a.unreachedNodes.map((n) => `${n.id}${n.linked ? '' : ' (not linked)'}`).join(', ')}`);
  for (const c of a.unavailableChoices.slice(0, LIST_MAX)) out.push(`  Choice ${a.complete ? 'never' : 'not yet seen'} available: ${c.node} › ${c.id} (scene shown by: ${c.route.log.join(',') || 'the start'})`);
  if (a.unavailableChoices.length > LIST_MAX) out.push(`  … and ${a.unavailableChoices.length - LIST_MAX} more choices never available (--json lists all)`);
  for (const l of a.softLocks.slice(0, LIST_MAX)) out.push(`  SOFT-LOCK at ${l.node} (${num(l.states)} states): ${playCommand(file, l.route)}`);
  for (const e of a.errors) out.push(`  CONTENT ERROR at ${e.node}: ${e.message}${e.route ? `\n      ${playCommand(file, e.route)}` : ''}`);
  if (a.stuckProbability) out.push(`  Random choices get stuck ${pct(a.stuckProbability)} of the time.`);
  const cov = (c: { reached: number; total: number }) => `${c.reached}/${c.total} (${c.total ? Math.round((c.reached / c.total) * 100) : 100}%)`;
  out.push(`  Coverage: nodes ${cov(a.coverage.nodes)}, choices ${cov(a.coverage.choices)}, outcomes ${cov(a.coverage.outcomes)}`);
  if (random) out.push(...formatRandom(file, s, random));
  if (policies) out.push(...formatPolicies(policies));
  const errors = findings.filter((f) => f.severity === 'error');
  const codes = [...new Set(findings.map((f) => f.code))].map((c) => `${c} ×${findings.filter((f) => f.code === c).length}`);
  out.push(`  Findings: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${findings.length - errors.length} warning${findings.length - errors.length === 1 ? '' : 's'}${codes.length ? ` (${codes.join(', ')})` : ''}`);
  return `${out.join('\n')}\n`;
}

function formatRandom(file: string, s: Scenario, r: RandomPlayReport): string[] {
  const out = [`  Random play: ${num(r.plays)} games, seed ${r.seed}, uniform choices — won ${pct(r.successRate)}`];
  out.push(`    by kind: ${r.byKind.map((k) => `${k.kind} ${pct(k.share)}`).join(', ')}`);
  for (const e of r.byEnding) out.push(`    ${e.id.padEnd(16)} ${num(e.count).padStart(7)} (${pct(e.share)})  e.g. npm run scenario -- play ${file} --seed ${e.example.seed} --choices ${e.example.log.join(',')}`);
  for (const u of r.unfinished) out.push(`    ${u.reason.toUpperCase()} ${num(u.count)} games  e.g. npm run scenario -- play ${file} --seed ${u.example.seed} --choices ${u.example.log.join(',')}`);
  const p = (x: { p10: number; p50: number; p90: number } | null, f: (n: number) => string) => (x ? `p10 ${f(x.p10)}, p50 ${f(x.p50)}, p90 ${f(x.p90)}` : '–');
  out.push(`    money left: ${p(r.moneyLeft, (n) => `${s.currency} ${num(n)}`)}`);
  out.push(`    days used:  ${p(r.daysUsed, (n) => String(n))} (deadline ${s.deadline})`);
  return out;
}
