/**
 * The rules of play as pure functions: (scenario, state, input) → state.
 * No clock, no Math.random, no I/O. They are the guards and actions of the XState
 * machine (machine.ts) that the Game API, replay and the analyzer all step, so every
 * host plays alike.
 */
import { DIMENSIONS, keys, type Dimension, type Effect, type Scenario, type Score } from '../scenario';
import { holds } from './conditions';
import { pickWeighted, seedState } from './rng';
import { EngineError, type GameEffect, type GameState, type PendingConsequence, type Rejection, type TrailEntry } from './state';

/** Branch, rule and consequence hops allowed in one step before it is called a cycle. */
const MAX_HOPS = 1000;

/**
 * A mutable working copy used inside one step; a frozen plain GameState goes out (`done`).
 * Copy on write: the collections are shared with the state the step starts from and copied
 * only when the step changes them (most steps touch a flag or two and no variable at all).
 * `pending` is never changed in place (every change builds a new array), so it needs no copy.
 */
class Draft {
  node: string;
  status: 'playing' | 'ended';
  money: number;
  day: number;
  flags: Readonly<Record<string, boolean>>;
  vars: Readonly<Record<string, number>>;
  scores: Readonly<Record<Dimension, number>>;
  mode: string | null;
  pending: PendingConsequence[] | readonly PendingConsequence[];
  visited: readonly string[];
  rng: number;
  seed: number;
  log: readonly string[];
  trail: readonly TrailEntry[];
  effects: GameEffect[];
  /** Which shared collections this draft owns (has copied): bits of OWN. */
  private own = 0;

  constructor(st: GameState, effects: GameEffect[]) {
    this.node = st.node;
    this.status = st.status;
    this.money = st.money;
    this.day = st.day;
    this.flags = st.flags;
    this.vars = st.vars;
    this.scores = st.scores;
    this.mode = st.mode;
    this.pending = st.pending;
    this.visited = st.visited;
    this.rng = st.rng;
    this.seed = st.seed;
    this.log = st.log;
    this.trail = st.trail;
    this.effects = effects;
  }

  setFlag(flag: string, value: boolean): void {
    if (this.flags[flag] === value) return;
    if (!(this.own & OWN.flags)) { this.flags = { ...this.flags }; this.own |= OWN.flags; }
    (this.flags as Record<string, boolean>)[flag] = value;
  }

  setVar(name: string, value: number): void {
    if (this.vars[name] === value) return;
    if (!(this.own & OWN.vars)) { this.vars = { ...this.vars }; this.own |= OWN.vars; }
    (this.vars as Record<string, number>)[name] = value;
  }

  addScore(dimension: Dimension, points: number): void {
    if (!(this.own & OWN.scores)) { this.scores = { ...this.scores }; this.own |= OWN.scores; }
    (this.scores as Record<Dimension, number>)[dimension] += points;
  }

  visit(node: string): void {
    if (this.visited.includes(node)) return;
    if (!(this.own & OWN.visited)) { this.visited = this.visited.slice(); this.own |= OWN.visited; }
    (this.visited as string[]).push(node);
  }

  addLog(entry: string): void {
    if (!(this.own & OWN.log)) { this.log = this.log.slice(); this.own |= OWN.log; }
    (this.log as string[]).push(entry);
  }

  addTrail(entry: TrailEntry): void {
    if (!(this.own & OWN.trail)) { this.trail = this.trail.slice(); this.own |= OWN.trail; }
    (this.trail as TrailEntry[]).push(entry);
  }

  /** The finished state: a plain object of known shape (never this draft, which must not leak its bookkeeping). */
  done(): GameState {
    return {
      node: this.node, status: this.status, money: this.money, day: this.day,
      flags: this.flags, vars: this.vars, scores: this.scores, mode: this.mode,
      pending: this.pending, visited: this.visited, rng: this.rng, seed: this.seed,
      log: this.log, trail: this.trail, effects: this.effects,
    };
  }
}

const OWN = { flags: 1, vars: 2, scores: 4, visited: 8, log: 16, trail: 32 } as const;

/** Every dimension at 0; copied for each new game (cheaper than building it from DIMENSIONS each time). */
const ZERO_SCORES: Readonly<Record<Dimension, number>> = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;

/** The state before anything happens: at the start node, not yet settled. */
function blankState(s: Scenario, seed: number): Draft {
  const vars: Record<string, number> = {};
  for (const [name, v] of Object.entries(s.variables ?? {})) vars[name] = v.initial;
  const rng = seedState(seed);
  return new Draft({
    node: s.start, status: 'playing', money: s.money, day: 0, flags: {}, vars, scores: ZERO_SCORES, mode: null,
    pending: [], visited: [], rng, seed: rng, log: [], trail: [], effects: [],
  }, []);
}

/** A new game at its first decision (or at a chance node waiting for a draw). */
export function startState(s: Scenario, seed: number): GameState {
  const d = blankState(s, seed);
  settle(s, d, s.start);
  return d.done();
}

/** A new game with its opening chance nodes drawn: where the player first decides. */
export function openingState(s: Scenario, seed: number): GameState {
  const d = blankState(s, seed);
  settle(s, d, s.start);
  resolveInto(s, d, NONE);
  return d.done();
}

/** True when the state waits for a chance draw rather than a player's choice. */
export function awaitingDraw(s: Scenario, st: GameState): boolean {
  return st.status === 'playing' && s.nodes[st.node]?.type === 'chance';
}

/** Checks a choice against the current scene; undefined when it may be taken. */
export function rejectChoice(s: Scenario, st: GameState, choiceId: string): Rejection | undefined {
  if (st.status === 'ended') return { code: 'game-over', choice: choiceId };
  const node = s.nodes[st.node];
  if (node?.type !== 'scene') return { code: 'unknown-choice', choice: choiceId };
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) return { code: 'unknown-choice', choice: choiceId };
  if (choice.requires && !holds(choice.requires, st)) {
    const reason = choice.reason ?? '';
    return { code: 'unavailable', choice: choiceId, reason: { key: keys.choice(st.node, choice.id, 'reason'), text: reason } };
  }
  return undefined;
}

/**
 * Checks a choice with the outcomes it forces (replays of analysis findings): the choice's rejection, or
 * "bad-forced-outcome" when a forced outcome is not the next chance node's outcome in order; undefined when it may be taken.
 */
export function rejectStep(s: Scenario, st: GameState, choiceId: string, forced: readonly string[] = NONE): Rejection | undefined {
  const rejection = rejectChoice(s, st, choiceId);
  if (rejection || forced.length === 0) return rejection;
  try {
    takeChoice(s, st, choiceId, forced);
    return undefined;
  } catch (e) {
    if (e instanceof ForcedOutcomeError) return { code: 'bad-forced-outcome', choice: choiceId };
    throw e;
  }
}

/**
 * Takes a choice (the machine's CHOOSE action). The caller has checked it with rejectChoice. The result may wait for a draw.
 * `fire: false` (forecasts only) leaves pending consequences unfired: they are what earlier choices cost.
 */
export function applyChoice(s: Scenario, st: GameState, choiceId: string, fire = true): GameState {
  const d = new Draft(st, []);
  choiceInto(s, d, choiceId, fire);
  return d.done();
}

/**
 * One whole step of play: takes a checked choice, then settles every chance node it leads to
 * (forced outcomes first, then the seeded PRNG), in one working copy: what the machine's CHOOSE and the draws
 * after it give, in one call (rejectStep tries it to check forced outcomes).
 */
export function takeChoice(s: Scenario, st: GameState, choiceId: string, forced: readonly string[] = NONE): GameState {
  const d = new Draft(st, []);
  choiceInto(s, d, choiceId, true);
  resolveInto(s, d, forced);
  return d.done();
}

/** Settles every chance node the state waits at: forced outcomes first, then the seeded PRNG (the machine's draw out of `drawing`). */
export function resolveChance(s: Scenario, st: GameState, forced: readonly string[] = NONE): GameState {
  if (!awaitingDraw(s, st)) return st;
  const d = new Draft(st, st.effects.slice());
  resolveInto(s, d, forced);
  return d.done();
}

const NONE: readonly string[] = [];

/** A forced outcome that is not an outcome of the chance node it meets. */
export class ForcedOutcomeError extends EngineError {}

function choiceInto(s: Scenario, d: Draft, choiceId: string, fire: boolean): void {
  const from = d.node;
  const node = s.nodes[from];
  const choice = node?.type === 'scene' ? node.choices.find((c) => c.id === choiceId) : undefined;
  if (!node || !choice) throw new EngineError(`applyChoice: no choice "${choiceId}" here`, from);
  d.addLog(choiceId);
  d.addTrail({ kind: 'choice', node: from, choice: choiceId, day: d.day, money: d.money });
  addMoney(d, -(choice.cost?.money ?? 0));
  addDays(d, choice.cost?.days ?? 0);
  if (choice.result) d.effects.push({ type: 'result', node: from, choice: choiceId });
  applyEffects(s, d, choice.effects);
  applyScores(d, choice.scores, (dim) => keys.choiceFeedback(from, choiceId, dim));
  settle(s, d, choice.next, from, fire);
}

function resolveInto(s: Scenario, d: Draft, forced: readonly string[]): void {
  let i = 0;
  while (d.status === 'playing') {
    const node = s.nodes[d.node];
    if (node?.type !== 'chance') return;
    const want = forced[i++];
    const weights = chanceWeights(s, d);
    if (want === undefined) {
      let any = false;
      for (const w of weights) if (w > 0) { any = true; break; }
      if (!any) throw new EngineError('every outcome has weight 0', d.node);
      const { index, state } = pickWeighted(d.rng, weights);
      d.rng = state;
      outcomeInto(s, d, index, false, weights, true);
    } else {
      const idx = node.outcomes.findIndex((o) => o.id === want);
      if (idx < 0) throw new ForcedOutcomeError(`forced outcome "${want}" is not an outcome of "${d.node}"`, d.node);
      // A forced outcome replays what happened; one that could not happen here (weight 0) is refused.
      if (!((weights[idx] ?? 0) > 0)) throw new ForcedOutcomeError(`forced outcome "${want}" cannot happen at "${d.node}" in this state`, d.node);
      outcomeInto(s, d, idx, true, weights, true);
    }
  }
}

/** The weight of each outcome of the chance node the state waits at, after modifiers. */
export function chanceWeights(s: Scenario, st: GameState): number[] {
  const node = s.nodes[st.node];
  if (node?.type !== 'chance') throw new EngineError('chanceWeights: not at a chance node', st.node);
  return node.outcomes.map((o) => {
    let w = o.weight;
    for (const m of o.modifiers ?? []) {
      if (!holds(m.when, st)) continue;
      w = (w + (m.add ?? 0)) * (m.multiply ?? 1);
    }
    return Math.max(0, w);
  });
}

/** Resolves the waiting chance node with a given outcome index (the analyzer enumerates these). */
export function applyOutcome(s: Scenario, st: GameState, index: number, forced = false, weights?: readonly number[], fire = true): GameState {
  const d = new Draft(st, st.effects.slice());
  outcomeInto(s, d, index, forced, weights ?? null, fire);
  return d.done();
}

function outcomeInto(s: Scenario, d: Draft, index: number, forced: boolean, weights: readonly number[] | null, fire: boolean): void {
  const from = d.node;
  const node = s.nodes[from];
  const outcome = node?.type === 'chance' ? node.outcomes[index] : undefined;
  if (!outcome) throw new EngineError(`applyOutcome: no outcome ${index}`, from);
  if (forced) d.addLog(`@${outcome.id}`);
  d.addTrail({ kind: 'outcome', node: from, outcome: outcome.id, day: d.day, money: d.money });
  let possible = 0;
  for (const w of weights ?? chanceWeights(s, d)) if (w > 0) possible++;
  const certain = possible <= 1;
  d.effects.push({ type: 'chance', node: from, outcome: outcome.id, certain });
  applyEffects(s, d, outcome.effects);
  applyScores(d, outcome.scores, (dim) => keys.outcomeFeedback(from, outcome.id, dim));
  settle(s, d, outcome.next, from, fire);
}

/** Resolves the waiting chance node with the seeded PRNG. */
export function drawOutcome(s: Scenario, st: GameState): GameState {
  const weights = chanceWeights(s, st);
  if (!weights.some((w) => w > 0)) throw new EngineError('every outcome has weight 0', st.node);
  const { index, state } = pickWeighted(st.rng, weights);
  const d = new Draft(st, st.effects.slice());
  d.rng = state;
  outcomeInto(s, d, index, false, weights, true);
  return d.done();
}

/** Index of an outcome id at the waiting chance node, or -1. */
export function outcomeIndex(s: Scenario, st: GameState, outcomeId: string): number {
  const node = s.nodes[st.node];
  return node?.type === 'chance' ? node.outcomes.findIndex((o) => o.id === outcomeId) : -1;
}

function addMoney(d: Draft, delta: number): void {
  if (delta === 0) return;
  d.money += delta;
  d.effects.push({ type: 'money', delta });
}

function addDays(d: Draft, delta: number): void {
  if (delta === 0) return;
  d.day = Math.max(0, d.day + delta);
  d.effects.push({ type: 'days', delta });
}

function applyEffects(s: Scenario, d: Draft, effects: readonly Effect[] | undefined): void {
  for (const e of effects ?? []) {
    switch (e.type) {
      case 'money': addMoney(d, e.amount); break;
      case 'days': addDays(d, e.amount); break;
      case 'flag': d.setFlag(e.flag, e.value ?? true); break;
      case 'var': {
        const spec = s.variables?.[e.var];
        let v = (e.op ?? 'set') === 'add' ? (d.vars[e.var] ?? 0) + e.value : e.value;
        if (spec?.min !== undefined) v = Math.max(spec.min, v);
        if (spec?.max !== undefined) v = Math.min(spec.max, v);
        d.setVar(e.var, v);
        break;
      }
      case 'mode': d.mode = e.mode; d.effects.push({ type: 'mode', mode: e.mode }); break;
      case 'schedule': {
        const c = s.consequences?.[e.consequence];
        if (!c) throw new EngineError(`unknown consequence "${e.consequence}"`, d.node);
        const pending = d.pending.filter((p) => p.id !== e.consequence);
        pending.push({ id: e.consequence, due: c.afterDays === undefined ? null : d.day + c.afterDays, on: c.on ?? null });
        d.pending = pending;
        break;
      }
      case 'cancel': d.pending = d.pending.filter((p) => p.id !== e.consequence); break;
    }
  }
}

function applyScores(d: Draft, scores: readonly Score[] | undefined, key: (dim: string) => string): void {
  for (const sc of scores ?? []) {
    d.addScore(sc.dimension, sc.points);
    d.effects.push({ type: 'score', dimension: sc.dimension, points: sc.points, key: key(sc.dimension), feedback: sc.feedback });
  }
}

/** Which global rule fires now, if any. */
function firingRule(s: Scenario, d: Draft): 'outOfMoney' | 'pastDeadline' | undefined {
  if (d.money < 0) return 'outOfMoney';
  if (d.day > s.deadline) return 'pastDeadline';
  return undefined;
}

/**
 * Moves to a target node and follows automatic nodes (branches, rules,
 * consequences) until a scene, an ending or a chance node waits.
 */
function settle(s: Scenario, d: Draft, target: string, from?: string, fire = true): void {
  // Each rule fires at most once per step (two booleans rather than a Set: settle runs on every step).
  let firedMoney = false;
  let firedDeadline = false;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const rule = firingRule(s, d);
    if (rule && !(rule === 'outOfMoney' ? firedMoney : firedDeadline)) {
      const dest = s.rules[rule].next;
      if (rule === 'outOfMoney') firedMoney = true;
      else firedDeadline = true;
      // A rule does not overrule a failure ending the step is already heading for, nor a choice made in the
      // rule's own scene (the player is handling it there): otherwise "give up" would lead back to the loan offer.
      const heading = s.nodes[target];
      const settled = from === dest || (heading?.type === 'ending' && heading.kind !== 'success');
      if (dest !== target && !settled) {
        d.addTrail({ kind: 'rule', rule, day: d.day, money: d.money });
        d.effects.push({ type: 'rule', rule });
        target = dest;
      }
    }
    const node = s.nodes[target];
    if (!node) throw new EngineError(`no node "${target}"`, d.node);
    if (node.type === 'branch') {
      target = node.cases.find((c) => holds(c.when, d))?.next ?? node.else;
      continue;
    }
    d.node = target;
    d.visit(target);
    if (node.type === 'chance') return;
    if (node.type === 'ending') {
      d.status = 'ended';
      d.effects.push({ type: 'ending', node: target, kind: node.kind });
      return;
    }
    const redirect = fire ? fireConsequences(s, d, node.milestone) : undefined;
    if (redirect !== undefined) { target = redirect; continue; }
    const late = firingRule(s, d);
    if (late && !(late === 'outOfMoney' ? firedMoney : firedDeadline)) continue; // a consequence broke the budget or the deadline
    return;
  }
  throw new EngineError('too many automatic steps: is there a cycle of branches?', target);
}

/**
 * Fires due consequences on entering a scene, in the order they were scheduled; returns where one sends the player, if any.
 * When several that fire have a "next", the highest priority wins, then the worst (a non-success ending
 * before anything else, then the one that costs the most), then the first scheduled: a refusal is never lost
 * behind a lesser redirect.
 */
function fireConsequences(s: Scenario, d: Draft, milestone: string | undefined): string | undefined {
  if (d.pending.length === 0) return undefined;
  const due = d.pending.filter((p) => (p.on !== null && p.on === milestone) || (p.due !== null && d.day >= p.due));
  if (due.length === 0) return undefined;
  d.pending = d.pending.filter((p) => !due.includes(p));
  let best: { next: string; rank: readonly number[] } | undefined;
  for (const p of due) {
    const c = s.consequences?.[p.id];
    if (!c || (c.when && !holds(c.when, d))) continue;
    d.addTrail({ kind: 'consequence', id: p.id, day: d.day, money: d.money });
    d.effects.push({ type: 'consequence', id: p.id });
    applyEffects(s, d, c.effects);
    applyScores(d, c.scores, (dim) => keys.consequenceFeedback(p.id, dim));
    if (c.next === undefined) continue;
    const rank = redirectRank(s, c);
    if (!best || outranks(rank, best.rank)) best = { next: c.next, rank };
  }
  return best?.next;
}

/** Priority, then a failure ending, then the cost in money and days: larger is worse and wins. */
export function redirectRank(s: Scenario, c: NonNullable<Scenario['consequences']>[string]): readonly number[] {
  const target = c.next === undefined ? undefined : s.nodes[c.next];
  const failure = target?.type === 'ending' && target.kind !== 'success' ? 1 : 0;
  let cost = 0;
  for (const e of c.effects ?? []) if (e.type === 'money') cost -= e.amount; else if (e.type === 'days') cost += e.amount;
  return [c.priority ?? 0, failure, cost];
}

function outranks(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
}
