/**
 * Seeded Monte Carlo play: many games, each choosing uniformly among the
 * available choices, with chance drawn by the game's own seeded PRNG (each game
 * steps the scenario's game machine, as the Game API does). Every
 * example carries the game seed and choice log that reproduce it with
 * `replay(scenario, seed, log)`.
 */
import type { EndingNode, Scenario } from '../../scenario';
import { gameMachineOf, type Resting } from '../machine';
import { rejectChoice } from '../rules';
import { nextRandom, seedState } from '../rng';
import type { GameState } from '../state';

export interface RandomPlayOptions {
  readonly n: number;
  readonly seed: number;
  readonly policy?: 'uniform';
  /** Give up on a game after this many choices (default 10,000). */
  readonly maxSteps?: number;
}

/** One game: replay it with `replay(scenario, seed, log)`. */
export interface PlaySample {
  readonly seed: number;
  readonly log: readonly string[];
  readonly node: string;
  readonly money: number;
  readonly day: number;
}

export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface RandomPlayReport {
  readonly plays: number;
  readonly seed: number;
  readonly policy: 'uniform';
  /** Share of games won: a success ending within budget and deadline. */
  readonly successRate: number;
  readonly byKind: readonly { readonly kind: EndingNode['kind']; readonly count: number; readonly share: number }[];
  readonly byEnding: readonly { readonly id: string; readonly kind: EndingNode['kind']; readonly count: number; readonly share: number; readonly example: PlaySample }[];
  /** Games that did not end: stuck with every choice unavailable, a content error, or too many steps. */
  readonly unfinished: readonly { readonly reason: 'soft-lock' | 'error' | 'too-long'; readonly count: number; readonly example: PlaySample }[];
  /** Over finished games. Null when none finished. */
  readonly moneyLeft: Percentiles | null;
  readonly daysUsed: Percentiles | null;
}

/** Plays `n` seeded games with uniformly random available choices. */
export function randomPlays(s: Scenario, opts: RandomPlayOptions): RandomPlayReport {
  const maxSteps = opts.maxSteps ?? 10_000;
  let master = seedState(opts.seed);
  const endings = new Map<string, { count: number; example: PlaySample }>();
  const unfinished = new Map<'soft-lock' | 'error' | 'too-long', { count: number; example: PlaySample }>();
  const money: number[] = [];
  const days: number[] = [];
  let wins = 0;
  for (let i = 0; i < opts.n; i++) {
    const a = nextRandom(master);
    const b = nextRandom(a.state);
    master = b.state;
    const gameSeed = Math.floor(a.value * 4294967296);
    const { st, reason } = playOne(s, gameSeed, seedState(Math.floor(b.value * 4294967296)), maxSteps);
    const sample: PlaySample = { seed: gameSeed, log: st.log, node: st.node, money: st.money, day: st.day };
    if (reason) {
      tally(unfinished, reason, sample);
      continue;
    }
    tally(endings, st.node, sample);
    money.push(st.money);
    days.push(st.day);
    if ((s.nodes[st.node] as EndingNode).kind === 'success' && st.money >= 0 && st.day <= s.deadline) wins++;
  }
  const share = (c: number) => (opts.n > 0 ? c / opts.n : 0);
  const byEnding = [...endings].map(([id, e]) => ({ id, kind: (s.nodes[id] as EndingNode).kind, count: e.count, share: share(e.count), example: e.example }));
  const kinds = new Map<EndingNode['kind'], number>();
  for (const e of byEnding) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + e.count);
  return {
    plays: opts.n,
    seed: opts.seed,
    policy: 'uniform',
    successRate: share(wins),
    byKind: [...kinds].map(([kind, count]) => ({ kind, count, share: share(count) })).sort((x, y) => y.count - x.count),
    byEnding: byEnding.sort((x, y) => y.count - x.count),
    unfinished: [...unfinished].map(([reason, u]) => ({ reason, ...u })),
    moneyLeft: percentiles(money),
    daysUsed: percentiles(days),
  };
}

function playOne(s: Scenario, seed: number, policy: number, maxSteps: number): { st: GameState; reason?: 'soft-lock' | 'error' | 'too-long' } {
  const { stepper } = gameMachineOf(s);
  let at: Resting;
  try {
    at = stepper.begin({ seed });
  } catch {
    return { st: stepper.begin({ seed, hold: true }).context, reason: 'error' };
  }
  let st = at.context;
  let attempt: string | undefined;
  try {
    for (let step = 0; at.value !== 'ended'; step++) {
      if (step >= maxSteps) return { st, reason: 'too-long' };
      const node = s.nodes[st.node];
      const open = node?.type === 'scene' ? node.choices.filter((c) => rejectChoice(s, st, c.id) === undefined) : [];
      if (open.length === 0) return { st, reason: 'soft-lock' };
      const draw = nextRandom(policy);
      policy = draw.state;
      attempt = (open[Math.floor(draw.value * open.length)] ?? open[0]!).id;
      const next = stepper.move(at, { type: 'CHOOSE', choice: attempt });
      if (next === null) throw new Error(`the machine refused "${attempt}"`);
      at = next;
      st = at.context;
      attempt = undefined;
    }
    return { st };
  } catch {
    // The log ends with the choice that failed, so the example reproduces the error.
    return { st: attempt === undefined ? st : { ...st, log: [...st.log, attempt] }, reason: 'error' };
  }
}

function tally<K>(m: Map<K, { count: number; example: PlaySample }>, key: K, sample: PlaySample): void {
  const x = m.get(key);
  if (x) x.count++;
  else m.set(key, { count: 1, example: sample });
}

/** Nearest-rank percentiles of a list of numbers, or null when empty. */
export function percentiles(values: number[]): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}
