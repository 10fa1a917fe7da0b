/**
 * Static facts the explorer needs: which parts of the state the future of a
 * node can still read (flags, variables, visited nodes, scores), and which
 * nodes are linked from the start at all. Two states at the same node that
 * agree on money, day, pending consequences and everything live there play
 * out identically, so the explorer merges them.
 *
 * The future of a node reads: the conditions of the nodes after it, the global
 * rules' targets (a rule can fire after any step), and for each consequence it
 * may schedule, that consequence's condition and redirect target. Consequences
 * already pending add their own reads (see `pendingReads`).
 */
import type { Condition, Effect, Scenario } from '../../scenario';

/** Items read, as "f:flag", "v:var", "n:node" (visited) and "s:dimension". */
export type Reads = ReadonlySet<string>;

/** Per-node liveness and static reachability of a scenario. */
export interface StaticInfo {
  /** Node id → what its future can read (without consequences already pending). */
  readonly live: ReadonlyMap<string, Reads>;
  /** Consequence id → what it reads when it fires (its condition, its redirect's future). */
  readonly pendingReads: ReadonlyMap<string, Reads>;
  /** Nodes named in `visited` conditions anywhere. */
  readonly visitedRefs: ReadonlySet<string>;
  /** Nodes linked from the start, the global rules and consequence redirects, ignoring conditions. */
  readonly linked: ReadonlySet<string>;
}

/** Adds what a condition reads. */
export function readsOf(c: Condition | undefined, out: Set<string>): void {
  if (!c) return;
  switch (c.type) {
    case 'flag': out.add(`f:${c.flag}`); break;
    case 'var': out.add(`v:${c.var}`); break;
    case 'score': out.add(`s:${c.dimension}`); break;
    case 'visited': out.add(`n:${c.node}`); break;
    case 'all': case 'any': for (const x of c.of) readsOf(x, out); break;
    case 'not': readsOf(c.cond, out); break;
    default: break;
  }
}

/** The nodes a node leads to directly (choices, outcomes, branch cases). */
export function successors(s: Scenario, id: string): string[] {
  const n = s.nodes[id];
  switch (n?.type) {
    case 'scene': return n.choices.map((c) => c.next);
    case 'chance': return n.outcomes.map((o) => o.next);
    case 'branch': return [...n.cases.map((c) => c.next), n.else];
    default: return [];
  }
}

const scheduled = (effects: readonly Effect[] | undefined) => (effects ?? []).flatMap((e) => (e.type === 'schedule' ? [e.consequence] : []));

/** Conditions read at a node, and consequences its choices or outcomes schedule. */
function local(s: Scenario, id: string): { reads: Set<string>; schedules: string[] } {
  const reads = new Set<string>();
  const schedules: string[] = [];
  const n = s.nodes[id];
  if (n?.type === 'scene') for (const c of n.choices) { readsOf(c.requires, reads); schedules.push(...scheduled(c.effects)); }
  if (n?.type === 'chance') for (const o of n.outcomes) { for (const m of o.modifiers ?? []) readsOf(m.when, reads); schedules.push(...scheduled(o.effects)); }
  if (n?.type === 'branch') for (const c of n.cases) readsOf(c.when, reads);
  return { reads, schedules };
}

/** Computes liveness (a fixpoint over nodes and consequences) and static reachability. */
export function staticInfo(s: Scenario): StaticInfo {
  const ids = Object.keys(s.nodes);
  const ruleTargets = [s.rules.outOfMoney.next, s.rules.pastDeadline.next];
  const locals = new Map(ids.map((id) => [id, local(s, id)]));
  const succ = new Map(ids.map((id) => [id, successors(s, id)]));
  const live = new Map<string, Set<string>>(ids.map((id) => [id, new Set(locals.get(id)?.reads)]));
  const cons = Object.entries(s.consequences ?? {});
  const pendingReads = new Map<string, Set<string>>(cons.map(([id, c]) => { const r = new Set<string>(); readsOf(c.when, r); return [id, r]; }));
  const addAll = (to: Set<string>, from: Iterable<string> | undefined) => { let grew = false; for (const x of from ?? []) if (!to.has(x)) { to.add(x); grew = true; } return grew; };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, c] of cons) {
      const r = pendingReads.get(id) as Set<string>;
      if (c.next !== undefined && addAll(r, live.get(c.next))) changed = true;
      for (const k of scheduled(c.effects)) if (addAll(r, pendingReads.get(k))) changed = true;
    }
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i] as string;
      if (s.nodes[id]?.type === 'ending') continue;
      const set = live.get(id) as Set<string>;
      for (const t of succ.get(id) ?? []) if (addAll(set, live.get(t))) changed = true;
      for (const t of ruleTargets) if (addAll(set, live.get(t))) changed = true;
      for (const k of locals.get(id)?.schedules ?? []) if (addAll(set, pendingReads.get(k))) changed = true;
    }
  }
  const visitedRefs = new Set<string>();
  for (const set of [...live.values(), ...pendingReads.values()]) for (const x of set) if (x.startsWith('n:')) visitedRefs.add(x.slice(2));
  const redirects = cons.flatMap(([, c]) => (c.next === undefined ? [] : [c.next]));
  return { live, pendingReads, visitedRefs, linked: linkedNodes(s, [...ruleTargets, ...redirects], succ) };
}

function linkedNodes(s: Scenario, roots: string[], succ: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [s.start, ...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || !s.nodes[id]) continue;
    seen.add(id);
    stack.push(...(succ.get(id) ?? []));
  }
  return seen;
}
