/**
 * Seeded Monte Carlo play under named policies: does knowledge win, or position, thrift or luck?
 * Every policy plays the same game seeds (the same chance draws where the paths agree), so the gaps
 * between them are the policies', not the dice's. Each game steps the scenario's game machine (machine.ts)
 * as the Game API does, without an actor, so thousands of games take a fraction of a second.
 */
import type { Choice, EndingNode, Scenario } from '../../scenario';
import { choiceForecast } from '../forecast';
import { choiceOrder } from '../order';
import { buildReport } from '../report';
import { nextRandom, seedState } from '../rng';
import { gameMachineOf, type GameInput, type Resting } from '../machine';
import { rejectChoice } from '../rules';
import type { GameState } from '../state';

export const POLICIES = ['random', 'first-in-file', 'first-on-screen', 'cheapest', 'fastest', 'careful', 'careless'] as const;
export type PolicyName = (typeof POLICIES)[number];

/** What a policy looks at to pick: the state, the available choices in file order, the seeded screen order, a draw. */
export interface Decision {
  readonly s: Scenario;
  readonly st: GameState;
  /** Available choices, in file order (never empty). */
  readonly open: readonly Choice[];
  /** Position of a choice on screen (0-based; the seeded order). */
  readonly screen: (c: Choice) => number;
  /** A uniform number in [0, 1) from the policy's own stream (independent of chance). */
  readonly draw: () => number;
}

export type Policy = (d: Decision) => Choice;

/** Readiness points of a choice: the sum of its scores over every dimension. */
export const choicePoints = (c: Choice): number => (c.scores ?? []).reduce((a, x) => a + x.points, 0);

/** Sorts by keys (smaller first), the screen position last; returns the first. */
function best(d: Decision, list: readonly Choice[], key: (c: Choice) => readonly number[]): Choice {
  const keyed = list.map((c) => ({ c, k: [...key(c), d.screen(c)] }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return (a.k[i] as number) - (b.k[i] as number);
    return 0;
  });
  return (keyed[0] as { c: Choice }).c;
}

/** Certain money then certain days (or days then money) of each choice, from the forecast. */
function byCost(d: Decision, list: readonly Choice[], daysFirst: boolean): Choice {
  if (list.length === 1) return list[0] as Choice;
  return best(d, list, (c) => {
    const f = choiceForecast(d.s, d.st, c.id);
    return daysFirst ? [f.days.min, f.money.min] : [f.money.min, f.days.min];
  });
}

/** Highest (sign 1) or lowest (sign -1) points; ties by certain cost (money, then days), then screen order. */
function byPoints(d: Decision, sign: 1 | -1): Choice {
  let top = -Infinity;
  for (const c of d.open) top = Math.max(top, sign * choicePoints(c));
  return byCost(d, d.open.filter((c) => sign * choicePoints(c) === top), false);
}

export const POLICY: Readonly<Record<PolicyName, Policy>> = {
  random: (d) => d.open[Math.floor(d.draw() * d.open.length)] ?? (d.open[0] as Choice),
  'first-in-file': (d) => d.open[0] as Choice,
  'first-on-screen': (d) => best(d, d.open, () => []),
  cheapest: (d) => byCost(d, d.open, false),
  fastest: (d) => byCost(d, d.open, true),
  careful: (d) => byPoints(d, 1),
  careless: (d) => byPoints(d, -1),
};

export type Unfinished = 'soft-lock' | 'too-long' | 'error';

export interface PolicyGame {
  readonly st: GameState;
  readonly unfinished?: Unfinished;
}

/** Decisions allowed in one game before it counts as a failure (a policy caught in a loop). */
export const POLICY_MAX_STEPS = 500;

/** Plays one game from a state with a policy (a chance node it waits at is drawn first); choices the player cannot take are never offered to it. */
export function playWith(s: Scenario, st: GameState, policy: Policy, policySeed: number, maxSteps = POLICY_MAX_STEPS): PolicyGame {
  return playFrom(s, { seed: st.seed, state: st }, policy, policySeed, maxSteps);
}

/**
 * Plays one game from where the machine starts with this input (a new game from a seed, or a state), one
 * CHOOSE at a time. A game whose first draws fail ends as an error at the state before them.
 */
export function playFrom(s: Scenario, input: GameInput, policy: Policy, policySeed: number, maxSteps = POLICY_MAX_STEPS): PolicyGame {
  const { stepper } = gameMachineOf(s);
  let rng = seedState(policySeed);
  const draw = () => {
    const r = nextRandom(rng);
    rng = r.state;
    return r.value;
  };
  let at: Resting;
  try {
    at = stepper.begin(input);
  } catch {
    return { st: stepper.begin({ ...input, hold: true }).context, unfinished: 'error' };
  }
  let st = at.context;
  try {
    for (let step = 0; at.value !== 'ended'; step++) {
      if (step >= maxSteps) return { st, unfinished: 'too-long' };
      const node = s.nodes[st.node];
      if (node?.type !== 'scene') return { st, unfinished: 'error' };
      const open = node.choices.filter((c) => rejectChoice(s, st, c.id) === undefined);
      if (open.length === 0) return { st, unfinished: 'soft-lock' };
      let order: readonly Choice[] | undefined; // drawn only for the policies that look at the screen
      const here = st;
      const screen = (c: Choice) => (order ??= choiceOrder(node, here.node, here.seed)).indexOf(c);
      const pick = policy({ s, st, open, screen, draw });
      const next = stepper.move(at, { type: 'CHOOSE', choice: pick.id });
      if (next === null) return { st, unfinished: 'error' };
      at = next;
      st = at.context;
    }
    return { st };
  } catch {
    return { st, unfinished: 'error' };
  }
}

/** A won game: a success ending within budget and deadline. */
export const won = (s: Scenario, g: PolicyGame): boolean => {
  const n = s.nodes[g.st.node];
  return !g.unfinished && n?.type === 'ending' && n.kind === 'success' && g.st.money >= 0 && g.st.day <= s.deadline;
};

/** The game seeds and policy seeds drawn from a master seed (as randomPlays draws them). */
export function gameSeeds(seed: number, n: number): { game: number; policy: number }[] {
  let master = seedState(seed);
  const out: { game: number; policy: number }[] = [];
  for (let i = 0; i < n; i++) {
    const a = nextRandom(master);
    const b = nextRandom(a.state);
    master = b.state;
    out.push({ game: Math.floor(a.value * 4294967296), policy: Math.floor(b.value * 4294967296) });
  }
  return out;
}

export interface PolicyFigures {
  readonly policy: PolicyName;
  readonly plays: number;
  /** Share of games won (success ending within budget and deadline). */
  readonly successRate: number;
  /** Mean of the report's overall readiness (0–100) over games where it is defined, or null. */
  readonly meanReadiness: number | null;
  /** Share of games per ending kind, and per way of not finishing; largest first. */
  readonly endings: readonly { readonly kind: EndingNode['kind'] | Unfinished; readonly share: number }[];
}

export interface PolicyAnalysis {
  readonly plays: number;
  readonly seed: number;
  readonly policies: readonly PolicyFigures[];
  /** careful − careless success, in percentage points. */
  readonly skillGap: number;
  /** How often luck overrules judgement: a careful player loses, a careless one wins (shares). */
  readonly luck: { readonly carefulLoses: number; readonly carelessWins: number };
  /** Scored decisions (scenes where some choice scores) whose best option (most points) is first in the file. */
  readonly bestFirst: { readonly decisions: number; readonly first: number; readonly share: number };
}

export interface PolicyOptions {
  /** Games per policy (default 2000). */
  readonly n?: number;
  /** Master seed of the games (default 1). */
  readonly seed?: number;
  readonly policies?: readonly PolicyName[];
  readonly maxSteps?: number;
}

/** Plays n seeded games under each policy and sums them up. */
export function policyAnalysis(s: Scenario, opts: PolicyOptions = {}): PolicyAnalysis {
  const n = opts.n ?? 2000;
  const seed = opts.seed ?? 1;
  const seeds = gameSeeds(seed, n);
  const policies = (opts.policies ?? POLICIES).map((name) => policyFigures(s, name, seeds, opts.maxSteps));
  const rate = (name: PolicyName) => policies.find((p) => p.policy === name)?.successRate ?? 0;
  return {
    plays: n,
    seed,
    policies,
    skillGap: Math.round((rate('careful') - rate('careless')) * 1000) / 10,
    luck: { carefulLoses: 1 - rate('careful'), carelessWins: rate('careless') },
    bestFirst: bestFirst(s),
  };
}

function policyFigures(s: Scenario, name: PolicyName, seeds: readonly { game: number; policy: number }[], maxSteps?: number): PolicyFigures {
  const policy = POLICY[name];
  const kinds = new Map<PolicyFigures['endings'][number]['kind'], number>();
  let wins = 0, readiness = 0, rated = 0;
  for (const x of seeds) {
    const g = playFrom(s, { seed: x.game }, policy, x.policy, maxSteps);
    if (won(s, g)) wins++;
    const overall = buildReport(s, g.st).overall;
    if (overall !== null) {
      readiness += overall;
      rated++;
    }
    const node = s.nodes[g.st.node];
    const kind = g.unfinished ?? (node?.type === 'ending' ? node.kind : 'error');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const share = (c: number) => (seeds.length ? c / seeds.length : 0);
  return {
    policy: name,
    plays: seeds.length,
    successRate: share(wins),
    meanReadiness: rated ? readiness / rated : null,
    endings: [...kinds].map(([kind, c]) => ({ kind, share: share(c) })).sort((a, b) => b.share - a.share),
  };
}

/** Among scenes where some choice scores, how many list a best-scoring option first. */
export function bestFirst(s: Scenario): PolicyAnalysis['bestFirst'] {
  let decisions = 0, first = 0;
  for (const node of Object.values(s.nodes)) {
    if (node.type !== 'scene' || !node.choices.some((c) => (c.scores ?? []).length > 0)) continue;
    decisions++;
    const top = Math.max(...node.choices.map(choicePoints));
    if (choicePoints(node.choices[0] as Choice) === top) first++;
  }
  return { decisions, first, share: decisions ? first / decisions : 0 };
}

/** The gates a fair scenario meets (shares, 0–1). */
export const POLICY_TARGETS = {
  /** A careful player wins at least this often. */
  carefulMin: 0.85,
  /** A careless player wins at most this often. */
  carelessMax: 0.05,
  /** Pressing the first option on screen is no better (or worse) than random by more than this. */
  screenVsRandomMax: 0.05,
  /** Random play wins within this range. */
  randomMin: 0.1,
  randomMax: 0.35,
} as const;

export interface MissedTarget {
  readonly target: 'careful' | 'careless' | 'first-on-screen' | 'random';
  /** The figure measured (a share, or for first-on-screen the difference from random). */
  readonly value: number;
  readonly message: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The targets an analysis misses, each with its figures; empty when all are met. */
export function missedTargets(a: PolicyAnalysis, t = POLICY_TARGETS): MissedTarget[] {
  const rate = (name: PolicyName) => a.policies.find((p) => p.policy === name)?.successRate;
  const out: MissedTarget[] = [];
  const careful = rate('careful'), careless = rate('careless'), screen = rate('first-on-screen'), random = rate('random');
  if (careful !== undefined && careful < t.carefulMin) out.push({ target: 'careful', value: careful, message: `careful play wins ${pct(careful)} (target ≥ ${pct(t.carefulMin)})` });
  if (careless !== undefined && careless > t.carelessMax) out.push({ target: 'careless', value: careless, message: `careless play wins ${pct(careless)} (target ≤ ${pct(t.carelessMax)})` });
  if (screen !== undefined && random !== undefined && Math.abs(screen - random) > t.screenVsRandomMax + 1e-9)
    out.push({ target: 'first-on-screen', value: screen - random, message: `first-on-screen wins ${pct(screen)} against random ${pct(random)} (target: within ${(t.screenVsRandomMax * 100).toFixed(0)} points)` });
  if (random !== undefined && (random < t.randomMin || random > t.randomMax))
    out.push({ target: 'random', value: random, message: `random play wins ${pct(random)} (target ${pct(t.randomMin)}–${pct(t.randomMax)})` });
  return out;
}
