/**
 * Static facts the explorer needs: which parts of the state a node's future can
 * still read (live flags, variables, visited nodes, scores), and which nodes
 * are linked from the start at all. Two states that agree on everything live
 * at their node play out identically, so the explorer merges them.
 */
import type { Condition, Dimension, Scenario } from '../../scenario';

/** What the future of a node can read, besides node, money, day and pending consequences (always read). */
export interface LiveSet {
  readonly flags: readonly string[];
  readonly vars: readonly string[];
  readonly visited: readonly string[];
  readonly scores: readonly Dimension[];
}

/** Per-node liveness and static reachability of a scenario. */
export interface StaticInfo {
  readonly live: ReadonlyMap<string, LiveSet>;
  /** Nodes named in `visited` conditions anywhere: the explorer keeps only these in `visited`. */
  readonly visitedRefs: ReadonlySet<string>;
  /** Nodes linked from the start, the global rules and consequence redirects, ignoring conditions. */
  readonly linked: ReadonlySet<string>;
}

/** Adds "f:flag", "v:var", "n:node" and "s:dimension" items for everything a condition reads. */
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

function localReads(s: Scenario, id: string): Set<string> {
  const out = new Set<string>();
  const n = s.nodes[id];
  if (n?.type === 'scene') for (const c of n.choices) readsOf(c.requires, out);
  if (n?.type === 'chance') for (const o of n.outcomes) for (const m of o.modifiers ?? []) readsOf(m.when, out);
  if (n?.type === 'branch') for (const c of n.cases) readsOf(c.when, out);
  return out;
}

/** Computes liveness (a fixpoint over the node graph) and static reachability. */
export function staticInfo(s: Scenario): StaticInfo {
  const ids = Object.keys(s.nodes);
  const globalTargets = [s.rules.outOfMoney.next, s.rules.pastDeadline.next];
  const consequenceReads = new Set<string>();
  for (const c of Object.values(s.consequences ?? {})) {
    readsOf(c.when, consequenceReads);
    if (c.next !== undefined) globalTargets.push(c.next);
  }
  const sets = new Map<string, Set<string>>(ids.map((id) => [id, localReads(s, id)]));
  const succ = new Map(ids.map((id) => [id, successors(s, id)]));
  const global = new Set(consequenceReads);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of globalTargets) for (const x of sets.get(t) ?? []) if (!global.has(x)) { global.add(x); changed = true; }
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i] as string;
      if (s.nodes[id]?.type === 'ending') continue;
      const set = sets.get(id) as Set<string>;
      const before = set.size;
      for (const x of global) set.add(x);
      for (const t of succ.get(id) ?? []) for (const x of sets.get(t) ?? []) set.add(x);
      if (set.size !== before) changed = true;
    }
  }
  const visitedRefs = new Set<string>();
  const live = new Map<string, LiveSet>();
  for (const [id, set] of sets) {
    const pick = (prefix: string) => [...set].filter((x) => x.startsWith(prefix)).map((x) => x.slice(2)).sort();
    const visited = pick('n:');
    for (const v of visited) visitedRefs.add(v);
    live.set(id, { flags: pick('f:'), vars: pick('v:'), visited, scores: pick('s:') as Dimension[] });
  }
  return { live, visitedRefs, linked: linkedNodes(s, globalTargets, succ) };
}

function linkedNodes(s: Scenario, globalTargets: string[], succ: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [s.start, ...globalTargets];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || !s.nodes[id]) continue;
    seen.add(id);
    stack.push(...(succ.get(id) ?? []));
  }
  return seen;
}
