/**
 * The baseline for the engine benchmark: a minimal hand-written reducer that
 * plays the same transitions as the engine (costs, effects, scores, branches,
 * seeded chance with modifiers, consequences, the two global rules) with a
 * plain switch over the scenario data, one mutable state and no XState.
 * It is not used by the game; the benchmark checks that it agrees with the
 * engine on every play it times.
 */
import type { Condition, Effect, Scenario, Score } from '../../src/scenario';

export interface ReducerState {
  node: string;
  ended: boolean;
  money: number;
  day: number;
  flags: Record<string, boolean>;
  vars: Record<string, number>;
  scores: Record<string, number>;
  mode: string | null;
  pending: { id: string; due: number | null; on: string | null }[];
  visited: Set<string>;
  rng: number;
}

/** mulberry32, as in the engine's rng.ts. */
export function nextRandom(st: { rng: number }): number {
  const t = (st.rng + 0x6d2b79f5) >>> 0;
  let r = Math.imul(t ^ (t >>> 15), t | 1);
  r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
  st.rng = t;
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    default: return a >= b;
  }
}

/** Evaluates a condition. */
export function holds(c: Condition, st: ReducerState): boolean {
  switch (c.type) {
    case 'flag': return (st.flags[c.flag] === true) === (c.is ?? true);
    case 'var': return compare(st.vars[c.var] ?? 0, c.op, c.value);
    case 'money': return compare(st.money, c.op, c.value);
    case 'day': return compare(st.day, c.op, c.value);
    case 'score': return compare(st.scores[c.dimension] ?? 0, c.op, c.value);
    case 'visited': return st.visited.has(c.node) === (c.is ?? true);
    case 'all': return c.of.every((x) => holds(x, st));
    case 'any': return c.of.some((x) => holds(x, st));
    case 'not': return !holds(c.cond, st);
  }
}

function apply(s: Scenario, st: ReducerState, effects: readonly Effect[] | undefined, scores: readonly Score[] | undefined): void {
  for (const e of effects ?? []) {
    switch (e.type) {
      case 'money': st.money += e.amount; break;
      case 'days': st.day = Math.max(0, st.day + e.amount); break;
      case 'flag': st.flags[e.flag] = e.value ?? true; break;
      case 'var': {
        const spec = s.variables?.[e.var];
        let v = e.op === 'add' ? (st.vars[e.var] ?? 0) + e.value : e.value;
        if (spec?.min !== undefined && v < spec.min) v = spec.min;
        if (spec?.max !== undefined && v > spec.max) v = spec.max;
        st.vars[e.var] = v;
        break;
      }
      case 'mode': st.mode = e.mode; break;
      case 'schedule': {
        const c = s.consequences?.[e.consequence];
        st.pending = st.pending.filter((p) => p.id !== e.consequence);
        st.pending.push({ id: e.consequence, due: c?.afterDays === undefined ? null : st.day + c.afterDays, on: c?.on ?? null });
        break;
      }
      case 'cancel': st.pending = st.pending.filter((p) => p.id !== e.consequence); break;
    }
  }
  for (const sc of scores ?? []) st.scores[sc.dimension] = (st.scores[sc.dimension] ?? 0) + sc.points;
}

/** Moves to a node and follows branches, chance draws, consequences and rules until a scene or an ending. */
function settle(s: Scenario, st: ReducerState, target: string): void {
  let firedMoney = false;
  let firedDeadline = false;
  for (let hop = 0; hop < 1000; hop++) {
    if (st.money < 0 ? !firedMoney : st.day > s.deadline && !firedDeadline) {
      const rule = st.money < 0 ? 'outOfMoney' : 'pastDeadline';
      if (rule === 'outOfMoney') firedMoney = true; else firedDeadline = true;
      target = s.rules[rule].next;
    }
    const node = s.nodes[target];
    if (!node) throw new Error(`no node ${target}`);
    switch (node.type) {
      case 'branch':
        target = node.cases.find((c) => holds(c.when, st))?.next ?? node.else;
        continue;
      case 'ending':
        st.node = target;
        st.visited.add(target);
        st.ended = true;
        return;
      case 'chance': {
        st.node = target;
        st.visited.add(target);
        let total = 0;
        const weights = node.outcomes.map((o) => {
          let w = o.weight;
          for (const m of o.modifiers ?? []) if (holds(m.when, st)) w = (w + (m.add ?? 0)) * (m.multiply ?? 1);
          w = Math.max(0, w);
          total += w;
          return w;
        });
        let x = nextRandom(st) * total;
        let pick = -1;
        for (let i = 0; i < weights.length; i++) {
          const w = weights[i] as number;
          if (w <= 0) continue;
          pick = i;
          if (x < w) break;
          x -= w;
        }
        const o = node.outcomes[pick]!;
        apply(s, st, o.effects, o.scores);
        target = o.next;
        firedMoney = false; // a draw is a new step for the rules, as in the engine
        firedDeadline = false;
        continue;
      }
      case 'scene': {
        st.node = target;
        st.visited.add(target);
        let redirect: string | undefined;
        const due = st.pending.filter((p) => (p.on !== null && p.on === node.milestone) || (p.due !== null && st.day >= p.due));
        if (due.length > 0) {
          st.pending = st.pending.filter((p) => !due.includes(p));
          for (const p of due) {
            const c = s.consequences?.[p.id];
            if (!c || (c.when && !holds(c.when, st))) continue;
            apply(s, st, c.effects, c.scores);
            if (c.next !== undefined && redirect === undefined) redirect = c.next;
          }
        }
        if (redirect !== undefined) { target = redirect; continue; }
        if ((st.money < 0 && !firedMoney) || (st.money >= 0 && st.day > s.deadline && !firedDeadline)) continue;
        return;
      }
    }
  }
  throw new Error('too many automatic steps');
}

/** A new game at its first decision. */
export function start(s: Scenario, seed: number): ReducerState {
  const vars: Record<string, number> = {};
  for (const [name, v] of Object.entries(s.variables ?? {})) vars[name] = v.initial;
  const st: ReducerState = { node: s.start, ended: false, money: s.money, day: 0, flags: {}, vars, scores: {}, mode: null, pending: [], visited: new Set(), rng: Math.trunc(seed) >>> 0 };
  settle(s, st, s.start);
  return st;
}

/** Takes an available choice (the caller picked it from `available`). */
export function choose(s: Scenario, st: ReducerState, choiceId: string): void {
  const node = s.nodes[st.node];
  const c = node?.type === 'scene' ? node.choices.find((x) => x.id === choiceId) : undefined;
  if (!c) throw new Error(`no choice ${choiceId}`);
  st.money -= c.cost?.money ?? 0;
  st.day = Math.max(0, st.day + (c.cost?.days ?? 0));
  apply(s, st, c.effects, c.scores);
  settle(s, st, c.next);
}

/** The ids of the choices available now. */
export function available(s: Scenario, st: ReducerState): string[] {
  const node = s.nodes[st.node];
  return node?.type === 'scene' ? node.choices.filter((c) => !c.requires || holds(c.requires, st)).map((c) => c.id) : [];
}
