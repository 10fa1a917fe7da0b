/**
 * A layered ("Sugiyama") layout, small and dependency-free: break cycles with
 * a depth-first search, assign layers by longest path from the start, add
 * dummy points on long edges, order each layer by barycenters to reduce
 * crossings, then place nodes near the mean of their neighbours.
 */

export interface LayoutInput {
  /** Node widths, by index; index 0 should be the start. */
  readonly widths: readonly number[];
  readonly height: number;
  readonly edges: readonly { readonly from: number; readonly to: number }[];
}

export interface Point { readonly x: number; readonly y: number }

export interface Layout {
  /** Centre of each node. */
  readonly nodes: readonly Point[];
  /** For each edge, the points it passes through from its source's centre to its target's centre. */
  readonly edges: readonly (readonly Point[])[];
  readonly width: number;
  readonly height: number;
}

const GAP_X = 36;
const GAP_Y = 80;
const MARGIN = 20;
const SWEEPS = 6;

/** Lays out a directed graph top to bottom. */
export function layeredLayout(input: LayoutInput): Layout {
  const n = input.widths.length;
  const { reversed, order: dfsOrder } = breakCycles(n, input.edges);
  // Edges of the acyclic graph used for layering (back edges turned round, self-loops dropped).
  const dag = input.edges.map((e, i) => (e.from === e.to ? null : reversed.has(i) ? { from: e.to, to: e.from } : { from: e.from, to: e.to }));
  const layer = longestPathLayers(n, dag);
  // Vertices: real nodes, then dummies; chains[i] lists the vertices edge i passes through.
  const vLayer = [...layer];
  const vWidth = [...input.widths];
  const chains = dag.map((e) => {
    if (!e) return null;
    const chain = [e.from];
    for (let l = (layer[e.from] as number) + 1; l < (layer[e.to] as number); l++) {
      chain.push(vLayer.length);
      vLayer.push(l);
      vWidth.push(0);
    }
    chain.push(e.to);
    return chain;
  });
  const layers: number[][] = [];
  const rank = new Float64Array(vLayer.length);
  dfsOrder.forEach((v, i) => { rank[v] = i; });
  for (let v = n; v < vLayer.length; v++) rank[v] = n + v;
  vLayer.forEach((l, v) => { (layers[l] ??= []).push(v); });
  for (const L of layers) L.sort((a, b) => (rank[a] as number) - (rank[b] as number));
  const up: number[][] = Array.from({ length: vLayer.length }, () => []);
  const down: number[][] = Array.from({ length: vLayer.length }, () => []);
  for (const c of chains) if (c) for (let i = 1; i < c.length; i++) { down[c[i - 1] as number]!.push(c[i] as number); up[c[i] as number]!.push(c[i - 1] as number); }
  orderLayers(layers, up, down);
  const x = placeX(layers, vWidth, up, down);
  const y = vLayer.map((l) => MARGIN + 40 + l * (input.height + GAP_Y) + input.height / 2);
  const width = Math.max(200, ...layers.map((L) => Math.max(...L.map((v) => (x[v] as number) + (vWidth[v] as number) / 2)) + MARGIN));
  const point = (v: number): Point => ({ x: x[v] as number, y: y[v] as number });
  return {
    nodes: Array.from({ length: n }, (_, v) => point(v)),
    edges: input.edges.map((e, i) => {
      const c = chains[i];
      if (!c) return [point(e.from), point(e.to)];
      const pts = c.map(point);
      return reversed.has(i) ? pts.reverse() : pts;
    }),
    width,
    height: MARGIN * 2 + 40 + layers.length * (input.height + GAP_Y),
  };
}

/** Depth-first search from node 0, then from any node not yet seen: an edge to a node on the stack is a back edge. */
function breakCycles(n: number, edges: readonly { readonly from: number; readonly to: number }[]): { reversed: Set<number>; order: number[] } {
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, i) => { if (e.from !== e.to) out[e.from]!.push(i); });
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const order: number[] = [];
  const reversed = new Set<number>();
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack: { v: number; i: number }[] = [{ v: root, i: 0 }];
    state[root] = 1;
    order.push(root);
    while (stack.length) {
      const top = stack[stack.length - 1] as { v: number; i: number };
      const edge = out[top.v]![top.i++];
      if (edge === undefined) { state[top.v] = 2; stack.pop(); continue; }
      const w = (edges[edge] as { to: number }).to;
      if (state[w] === 1) reversed.add(edge);
      else if (state[w] === 0) { state[w] = 1; order.push(w); stack.push({ v: w, i: 0 }); }
    }
  }
  return { reversed, order };
}

function longestPathLayers(n: number, dag: ({ from: number; to: number } | null)[]): number[] {
  const indegree = new Int32Array(n);
  const succ: number[][] = Array.from({ length: n }, () => []);
  const pred: number[][] = Array.from({ length: n }, () => []);
  for (const e of dag) if (e) { indegree[e.to]! += 1; succ[e.from]!.push(e.to); pred[e.to]!.push(e.from); }
  const layer = new Array<number>(n).fill(0);
  const topo = [...Array(n).keys()].filter((v) => indegree[v] === 0);
  for (let head = 0; head < topo.length; head++) {
    const v = topo[head] as number;
    for (const w of succ[v]!) {
      layer[w] = Math.max(layer[w] as number, (layer[v] as number) + 1);
      if (--indegree[w]! === 0) topo.push(w);
    }
  }
  // Sources other than the start (rules, orphans) sit just above their first successor.
  for (const v of [...topo].reverse()) if (v !== 0 && pred[v]!.length === 0 && succ[v]!.length > 0) layer[v] = Math.max(0, Math.min(...succ[v]!.map((w) => layer[w] as number)) - 1);
  return layer;
}

function orderLayers(layers: number[][], up: number[][], down: number[][]): void {
  const pos = new Float64Array(up.length);
  const index = () => { for (const L of layers) L.forEach((v, i) => { pos[v] = i; }); };
  index();
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const downward = sweep % 2 === 0;
    const range = downward ? [...layers.keys()].slice(1) : [...layers.keys()].reverse().slice(1);
    for (const l of range) {
      const L = layers[l] as number[];
      const bary = new Map(L.map((v) => {
        const ns = (downward ? up : down)[v] as number[];
        return [v, ns.length ? ns.reduce((a, w) => a + (pos[w] as number), 0) / ns.length : (pos[v] as number)];
      }));
      L.sort((a, b) => (bary.get(a) as number) - (bary.get(b) as number) || (pos[a] as number) - (pos[b] as number));
      L.forEach((v, i) => { pos[v] = i; });
    }
  }
}

function placeX(layers: number[][], width: number[], up: number[][], down: number[][]): Float64Array {
  const x = new Float64Array(width.length);
  const gap = (v: number) => ((width[v] as number) > 0 ? GAP_X : 8);
  for (const L of layers) {
    let at = MARGIN;
    for (const v of L) { x[v] = at + (width[v] as number) / 2; at += (width[v] as number) + gap(v); }
  }
  for (let pass = 0; pass < 5; pass++) {
    const downward = pass % 2 === 0;
    for (const l of downward ? [...layers.keys()] : [...layers.keys()].reverse()) {
      const L = layers[l] as number[];
      // Alternate directions and end downward, so chains line up under their parents.
      const want = L.map((v) => {
        const ns = (downward ? up : down)[v] as number[];
        return ns.length ? ns.reduce((a, w) => a + (x[w] as number), 0) / ns.length : (x[v] as number);
      });
      // Keep the order and the gaps: left to right, never closer than allowed, then shift back to the mean wish.
      let right = -Infinity;
      L.forEach((v, i) => {
        const half = (width[v] as number) / 2;
        x[v] = Math.max(want[i] as number, right + half);
        right = (x[v] as number) + half + gap(v);
      });
      const shift = L.reduce((a, v, i) => a + ((want[i] as number) - (x[v] as number)), 0) / Math.max(1, L.length);
      if (shift < 0) { let left = MARGIN; for (const v of L) { const half = (width[v] as number) / 2; x[v] = Math.max(left + half, (x[v] as number) + shift); left = (x[v] as number) + half + gap(v); } }
    }
  }
  let min = Infinity;
  width.forEach((w, v) => { min = Math.min(min, (x[v] as number) - w / 2); });
  for (let v = 0; v < x.length; v++) x[v] = (x[v] as number) - min + MARGIN;
  return x;
}
