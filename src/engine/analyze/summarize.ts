/** Path counts and the uniform-random outcome distribution over an explored state graph. */
import type { StateGraph } from './explore';

/** Per-state counts over an acyclic state graph, or null when it has a cycle. */
export interface Flow {
  /** Number of distinct logs from the start to each state. */
  readonly paths: Float64Array;
  /** Probability of reaching each state when every available choice is picked uniformly at random. */
  readonly mass: Float64Array;
}

/** A topological order of the states (Kahn), or null when the graph has a cycle. */
export function topologicalOrder(g: StateGraph): Int32Array | null {
  const n = g.count;
  const indegree = new Int32Array(n);
  for (let e = 0; e < g.edgeTo.length; e++) indegree[g.edgeTo.get(e)]! += 1;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const id = order[head++] as number;
    for (let e = g.firstEdge.get(id); e < g.lastEdge.get(id); e++) {
      const to = g.edgeTo.get(e);
      if (--indegree[to]! === 0) order[tail++] = to;
    }
  }
  return tail === n ? order : null;
}

/** Path counts and uniform-play probabilities, or null when the state graph has a cycle. */
export function flow(g: StateGraph): Flow | null {
  const order = topologicalOrder(g);
  if (!order) return null;
  const paths = new Float64Array(g.count);
  const mass = new Float64Array(g.count);
  if (g.count === 0) return { paths, mass };
  paths[0] = 1;
  mass[0] = 1;
  for (const id of order) {
    const p = paths[id] as number;
    const m = mass[id] as number;
    for (let e = g.firstEdge.get(id); e < g.lastEdge.get(id); e++) {
      const to = g.edgeTo.get(e);
      paths[to]! += p;
      mass[to]! += m * g.edgeProb.get(e);
    }
  }
  return { paths, mass };
}
