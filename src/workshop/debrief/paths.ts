/** The path map: each player's stops (scenes, chance nodes, ending) from their trail, tallied as edges. */
import type { GameState } from '../../engine';
import { keys, type Scenario } from '../../scenario';
import type { PathEdge, PathNode } from './model';
import { bump } from './stats';

/** The stops of one game in order: every scene chosen at, every chance node resolved, then where it rests. */
export function stopsOf(state: GameState): string[] {
  const stops: string[] = [];
  for (const t of state.trail) if (t.kind === 'choice' || t.kind === 'outcome') stops.push(t.node);
  if (stops[stops.length - 1] !== state.node) stops.push(state.node);
  return stops;
}

/** Tallies the path map of many games: players per stop and per move, and each stop's layer from the start. */
export function pathMap(scenario: Scenario, states: readonly GameState[]): { start: string; nodes: PathNode[]; edges: PathEdge[] } {
  const nodePlayers = new Map<string, number>();
  const edgePlayers = new Map<string, number>();
  const roots = new Set<string>();
  for (const st of states) {
    const stops = stopsOf(st);
    if (stops[0] !== undefined) roots.add(stops[0]);
    for (const n of new Set(stops)) bump(nodePlayers, n);
    const moves = new Set<string>();
    for (let i = 1; i < stops.length; i++) moves.add(`${stops[i - 1]}\u0000${stops[i]}`);
    for (const m of moves) bump(edgePlayers, m);
  }
  const edges: PathEdge[] = [...edgePlayers].map(([k, players]) => {
    const [from, to] = k.split('\u0000') as [string, string];
    return { from, to, players };
  });
  // Layers: breadth-first from the first stops, along the moves the room made.
  const layer = new Map<string, number>([...roots].map((r) => [r, 0]));
  const queue = [...roots];
  while (queue.length) {
    const at = queue.shift() as string;
    for (const e of edges) if (e.from === at && !layer.has(e.to)) {
      layer.set(e.to, (layer.get(at) ?? 0) + 1);
      queue.push(e.to);
    }
  }
  const order = Object.keys(scenario.nodes);
  const nodes: PathNode[] = [...nodePlayers].flatMap(([id, players]) => {
    const n = scenario.nodes[id];
    if (!n || n.type === 'branch') return [];
    const label = n.type === 'scene'
      ? { key: keys.node(id, n.title !== undefined ? 'title' : 'text'), text: n.title ?? n.text }
      : n.type === 'ending' ? { key: keys.node(id, 'title'), text: n.title } : null;
    return [{ id, type: n.type, label, players, layer: layer.get(id) ?? 0 }];
  });
  nodes.sort((a, b) => a.layer - b.layer || order.indexOf(a.id) - order.indexOf(b.id));
  edges.sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from) || b.players - a.players || order.indexOf(a.to) - order.indexOf(b.to));
  return { start: scenario.start, nodes, edges };
}
