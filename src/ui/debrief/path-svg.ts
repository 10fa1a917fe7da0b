/**
 * The path map drawn as a layered graph for the projector: one row per step
 * from the start, a box per stop with its player count, and moves as curves
 * as thick as the number of players who made them. Decorative (aria-hidden):
 * the same facts are in the step-by-step list beside it. Text via textContent.
 */
import type { Debrief, PathNode } from '../../workshop/debrief';
import type { UiContext } from '../context';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const BOX_H = 58;
const ROW = 96;
const GAP = 16;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The layered drawing of the room's paths. */
export function pathMapSvg(ctx: UiContext, d: Debrief): SVGSVGElement {
  const layers = [...new Set(d.paths.nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const boxes = new Map<string, { x: number; y: number; w: number; node: PathNode }>();
  layers.forEach((layer, row) => {
    const nodes = d.paths.nodes.filter((n) => n.layer === layer);
    const w = Math.min(300, (WIDTH - GAP * (nodes.length + 1)) / nodes.length);
    const total = nodes.length * w + (nodes.length - 1) * GAP;
    nodes.forEach((node, i) => boxes.set(node.id, { x: (WIDTH - total) / 2 + i * (w + GAP), y: GAP + row * ROW, w, node }));
  });
  const height = GAP * 2 + Math.max(1, layers.length) * ROW - (ROW - BOX_H);
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'db-map', 'aria-hidden': 'true', focusable: 'false' });
  const most = Math.max(1, ...d.paths.edges.map((e) => e.players));
  const edges = el('g', { class: 'db-map__edges' });
  for (const e of d.paths.edges) {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (!a || !b) continue;
    const width = 2 + (10 * e.players) / most;
    let path: string;
    if (b.y > a.y) {
      const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + BOX_H, b.x + b.w / 2, b.y];
      path = `M${x1} ${y1}C${x1} ${(y1 + y2) / 2} ${x2} ${(y1 + y2) / 2} ${x2} ${y2}`;
    } else if (a === b) {
      // Back to the same stop: a loop on its side.
      const [x, top, bottom] = [a.x + a.w, a.y + 12, a.y + BOX_H - 12];
      path = `M${x} ${top}C${x + 56} ${top - 24} ${x + 56} ${bottom + 24} ${x} ${bottom}`;
    } else {
      // Back to an earlier step or across the same one: a curve out to the side.
      const [x1, y1, x2, y2] = [a.x + a.w, a.y + BOX_H / 2, b.x + b.w, b.y + BOX_H / 2];
      const out = Math.min(WIDTH - 4, Math.max(x1, x2) + 40);
      path = `M${x1} ${y1}C${out} ${y1} ${out} ${y2} ${x2} ${y2}`;
    }
    edges.append(el('path', { d: path, 'stroke-width': width.toFixed(1), class: 'db-map__edge' }));
    if (d.paths.edges.filter((x) => x.from === e.from).length > 1 && b.y > a.y) {
      const mx = (a.x + a.w / 2 + b.x + b.w / 2) / 2;
      const my = (a.y + BOX_H + b.y) / 2;
      edges.append(el('text', { x: mx, y: my + 5, class: 'db-map__edge-count', 'text-anchor': 'middle' }, ctx.formatNumber(e.players)));
    }
  }
  svg.append(edges);
  for (const { x, y, w, node } of boxes.values()) {
    const label = node.label ? (ctx.renderText(node.label).textContent ?? '') : ctx.t('debrief:paths.chance');
    const kind = node.type === 'ending' ? (d.outcomes.byEnding.find((e) => e.node === node.id)?.kind === 'success' ? 'good' : 'bad') : node.type;
    const g = el('g', { class: `db-map__node db-map__node--${kind}` });
    g.append(
      el('rect', { x, y, width: w, height: BOX_H, rx: 8 }),
      el('text', { x: x + 10, y: y + 24, class: 'db-map__label' }, clip(label, Math.floor((w - 20) / 9.5))),
      el('text', { x: x + 10, y: y + 48, class: 'db-map__count' }, ctx.t('debrief:paths.players', { count: node.players, value: ctx.formatNumber(node.players) })));
    svg.append(g);
  }
  return svg;
}
