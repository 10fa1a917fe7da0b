/**
 * The story map's geometry: every node and consequence as a box, laid out top to bottom with dagre;
 * edges for choices, outcomes, branch cases and the consequences scheduled and fired later.
 */
import dagre from '@dagrejs/dagre';
import { isObject, type Json, type JsonObject } from './model';

export type MapKind = 'scene' | 'chance' | 'branch' | 'ending' | 'consequence' | 'unknown';
export interface MapBox {
  readonly key: string; // "nodes/<id>" or "consequences/<id>"
  readonly id: string;
  readonly kind: MapKind;
  /** The ending kind, for its colour. */
  readonly ending?: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** "later": a consequence scheduled here or firing later (drawn dashed). */
  readonly style: 'step' | 'later';
  readonly points: readonly { x: number; y: number }[];
}
export interface MapLayout {
  readonly boxes: MapBox[];
  readonly edges: MapEdge[];
  readonly width: number;
  readonly height: number;
}

const BOX_W = 168;
const BOX_H = 56;

const short = (s: Json | undefined, max = 40): string => {
  const t = typeof s === 'string' ? s.replace(/\{[a-z]+:([^}]*)\}/g, '$1').replace(/\*\*/g, '') : '';
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** Lays out the scenario data (it may be invalid: what cannot be drawn is skipped). */
export function layoutMap(data: JsonObject): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodes = isObject(data.nodes) ? data.nodes : {};
  const consequences = isObject(data.consequences) ? data.consequences : {};
  const info = new Map<string, Omit<MapBox, 'x' | 'y' | 'width' | 'height'>>();
  for (const [id, n] of Object.entries(nodes)) {
    const node = isObject(n) ? n : {};
    const type = typeof node.type === 'string' && ['scene', 'chance', 'branch', 'ending'].includes(node.type) ? (node.type as MapKind) : 'unknown';
    const label = short(node.title) || short(node.text);
    info.set(`nodes/${id}`, { key: `nodes/${id}`, id, kind: type, label, ...(type === 'ending' && typeof node.kind === 'string' ? { ending: node.kind } : {}) });
  }
  for (const [id, c] of Object.entries(consequences)) info.set(`consequences/${id}`, { key: `consequences/${id}`, id, kind: 'consequence', label: short(isObject(c) ? c.title : undefined) });
  for (const key of info.keys()) g.setNode(key, { width: BOX_W, height: BOX_H });

  const edges: { from: string; to: string; style: MapEdge['style'] }[] = [];
  const link = (from: string, to: Json | undefined, style: MapEdge['style']) => {
    const target = typeof to === 'string' ? (style === 'later' && from.startsWith('nodes/') ? `consequences/${to}` : `nodes/${to}`) : '';
    if (info.has(target) && !edges.some((e) => e.from === from && e.to === target && e.style === style)) edges.push({ from, to: target, style });
  };
  const scheduled = (from: string, v: Json | undefined) => {
    if (Array.isArray(v)) for (const e of v) if (isObject(e) && e.type === 'schedule') link(from, e.consequence, 'later');
  };
  for (const [id, n] of Object.entries(nodes)) {
    if (!isObject(n)) continue;
    const from = `nodes/${id}`;
    for (const list of ['choices', 'outcomes', 'cases']) {
      const items = n[list];
      if (Array.isArray(items)) for (const c of items) if (isObject(c)) { link(from, c.next, 'step'); scheduled(from, c.effects); }
    }
    link(from, n.else, 'step');
  }
  for (const [id, c] of Object.entries(consequences)) if (isObject(c)) link(`consequences/${id}`, c.next, 'step');
  for (const e of edges) g.setEdge(e.from, e.to, {}, `${e.from}>${e.to}>${e.style}`);
  dagre.layout(g);

  const boxes: MapBox[] = [...info.values()].map((b) => {
    const p = g.node(b.key);
    return { ...b, x: p.x - BOX_W / 2, y: p.y - BOX_H / 2, width: BOX_W, height: BOX_H };
  });
  const graph = g.graph();
  return {
    boxes,
    edges: edges.map((e) => ({ ...e, points: (g.edge(e.from, e.to, `${e.from}>${e.to}>${e.style}`)?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })) })),
    width: Math.max(graph.width ?? 0, BOX_W),
    height: Math.max(graph.height ?? 0, BOX_H),
  };
}
