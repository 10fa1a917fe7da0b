/**
 * The scenario map as a self-contained SVG: laid out here (no Graphviz), every
 * piece of scenario text escaped, no scripts, links or external references.
 */
import type { Scenario } from '../../scenario';
import { layeredLayout, type Point } from './graph-layout';
import { PALETTE, scenarioGraph, shorten, styleKey, type GraphNode } from './graph-model';

const NODE_W = 184;
const NODE_H = 52;
const CHAR_W = 6.4;
/** Labels shown on one edge before "+N more". */
const MAX_LABELS = 4;

/** Escapes text for SVG/XML text content and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string)
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Splits a label into at most two lines that fit a node. */
function lines(label: string, max = 26): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ');
  const out = [''];
  for (const w of words) {
    const cur = out[out.length - 1] as string;
    if (!cur) out[out.length - 1] = w;
    else if (`${cur} ${w}`.length <= max) out[out.length - 1] = `${cur} ${w}`;
    else if (out.length < 2) out.push(w);
    else { out[1] = `${out[1]} ${w}`; break; }
  }
  return out.map((l) => shorten(l, max));
}

function shape(n: GraphNode, p: Point): string {
  const [fill, stroke] = PALETTE[styleKey(n)];
  const w = NODE_W / 2;
  const h = NODE_H / 2;
  const common = `fill="${fill}" stroke="${stroke}" stroke-width="${n.start ? 3 : 1.5}"`;
  switch (n.kind) {
    case 'chance': return `<polygon points="${p.x},${p.y - h - 6} ${p.x + w},${p.y} ${p.x},${p.y + h + 6} ${p.x - w},${p.y}" ${common}/>`;
    case 'branch': return `<polygon points="${p.x - w + 14},${p.y - h} ${p.x + w - 14},${p.y - h} ${p.x + w},${p.y} ${p.x + w - 14},${p.y + h} ${p.x - w + 14},${p.y + h} ${p.x - w},${p.y}" ${common}/>`;
    case 'ending': return `<rect x="${p.x - w}" y="${p.y - h}" width="${NODE_W}" height="${NODE_H}" rx="${h}" ${common}/>`;
    case 'rule': case 'consequence': return `<rect x="${p.x - w}" y="${p.y - h}" width="${NODE_W}" height="${NODE_H}" ${common} stroke-dasharray="5 3"/>`;
    default: return `<rect x="${p.x - w}" y="${p.y - h}" width="${NODE_W}" height="${NODE_H}" rx="8" ${common}/>`;
  }
}

function nodeSvg(n: GraphNode, p: Point): string {
  const color = PALETTE[styleKey(n)][2];
  const caption = n.kind === 'chance' ? `chance: ${n.id}` : n.kind === 'branch' ? `branch: ${n.id}` : n.label;
  const text = n.kind === 'chance' || n.kind === 'branch' ? [shorten(caption, 24)] : lines(caption);
  const sub = n.kind === 'scene' && n.label !== n.id ? n.id : n.kind === 'ending' ? `${n.ending} ending` : n.start ? 'start' : '';
  const rows = [...text.map((t) => ({ t, cls: 'label' })), ...(sub ? [{ t: shorten(sub, 30), cls: 'sub' }] : [])];
  const top = p.y - ((rows.length - 1) * 13) / 2 + 4;
  const tspans = rows.map((r, i) => `<text x="${p.x}" y="${top + i * 13}" class="${r.cls}" fill="${color}">${xmlText(r.t)}</text>`).join('');
  return `<g class="node ${n.kind}" data-id="${xmlText(n.id)}"><title>${xmlText(`${n.kind}: ${n.id}${n.label !== n.id ? ` — ${n.label}` : ''}`)}</title>${shape(n, p)}${tspans}</g>`;
}

/** Moves an end point from a node's centre to its top or bottom edge. */
const onEdge = (p: Point, toward: Point): Point => ({ x: p.x, y: p.y + (toward.y > p.y ? NODE_H / 2 : toward.y < p.y ? -NODE_H / 2 : 0) });

function pathOf(points: readonly Point[]): string {
  const pts = [...points];
  pts[0] = onEdge(pts[0] as Point, pts[1] as Point);
  pts[pts.length - 1] = onEdge(pts[pts.length - 1] as Point, pts[pts.length - 2] as Point);
  let d = `M${(pts[0] as Point).x},${(pts[0] as Point).y}`;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as Point;
    const b = pts[i] as Point;
    const my = (a.y + b.y) / 2;
    d += ` C${a.x},${my} ${b.x},${my} ${b.x},${b.y}`;
  }
  return d;
}

function legend(): { svg: string; width: number } {
  const items: [keyof typeof PALETTE, string][] = [['scene', 'Scene'], ['chance', 'Chance'], ['branch', 'Branch'], ['success', 'Success'], ['late', 'Late'], ['over-budget', 'Over budget'], ['refused', 'Refused / unpaid'], ['other', 'Other ending'], ['rule', 'Rule / consequence']];
  let x = 20;
  const parts = items.map(([k, label]) => {
    const [fill, stroke] = PALETTE[k];
    const part = `<rect x="${x}" y="34" width="14" height="14" rx="3" fill="${fill}" stroke="${stroke}"/><text x="${x + 19}" y="45" class="legend">${label}</text>`;
    x += 30 + label.length * CHAR_W;
    return part;
  });
  const note = '* depends on conditions · dashed: rules and consequences';
  return { svg: `<g class="legend">${parts.join('')}<text x="${x + 10}" y="45" class="legend">${note}</text></g>`, width: x + 30 + note.length * CHAR_W };
}

/** The scenario map as an SVG document. */
export function toSvg(s: Scenario): string {
  const g = scenarioGraph(s);
  // The start first, so the layout begins there.
  const order = [...g.nodes].sort((a, b) => Number(b.start ?? false) - Number(a.start ?? false));
  const at = new Map(order.map((n, i) => [n.key, i]));
  const edges = g.edges.map((e) => ({ from: at.get(e.from) as number, to: at.get(e.to) as number }));
  const layout = layeredLayout({ widths: order.map(() => NODE_W), height: NODE_H, edges });
  const key = legend();
  const width = Math.ceil(Math.max(layout.width, key.width));
  const height = layout.height + 30;
  const parts: string[] = [];
  g.edges.forEach((e, i) => {
    const pts = layout.edges[i] as Point[];
    const self = e.from === e.to;
    const p = layout.nodes[at.get(e.from) as number] as Point;
    const d = self ? `M${p.x + NODE_W / 2},${p.y - 10} C${p.x + NODE_W / 2 + 40},${p.y - 30} ${p.x + NODE_W / 2 + 40},${p.y + 30} ${p.x + NODE_W / 2},${p.y + 10}` : pathOf(pts);
    const a = self ? { x: p.x + NODE_W / 2 + 30, y: p.y } : onEdge(pts[0] as Point, pts[1] as Point);
    const b = self ? a : pts.length === 2 ? onEdge(pts[1] as Point, pts[0] as Point) : (pts[1] as Point);
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const shown = e.labels.length > MAX_LABELS ? [...e.labels.slice(0, MAX_LABELS - 1), `+${e.labels.length - MAX_LABELS + 1} more`] : e.labels;
    const rows = shown.map((l) => shorten(l, 34));
    const lw = Math.max(...rows.map((r) => r.length)) * 5.6 + 8;
    const top = mid.y - (rows.length * 12) / 2;
    const text = rows.map((r, j) => `<text x="${mid.x}" y="${top + 9.5 + j * 12}" class="edge-text">${xmlText(r)}</text>`).join('');
    parts.push(`<g class="edge"><title>${xmlText(e.labels.join('\n'))}</title><path d="${d}" class="${e.dashed ? 'dashed' : 'solid'}" marker-end="url(#arrow)"/>` +
      `<rect x="${mid.x - lw / 2}" y="${top}" width="${lw}" height="${rows.length * 12 + 2}" rx="3" class="edge-label"/>${text}</g>`);
  });
  order.forEach((n, i) => parts.push(nodeSvg(n, layout.nodes[i] as Point)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">${xmlText(`Scenario map: ${g.title}`)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    '<style>text{font-family:Helvetica,Arial,sans-serif;text-anchor:middle}.label{font-size:12px;font-weight:600}.sub{font-size:10px;opacity:.75}' +
      '.legend{font-size:11px;text-anchor:start;fill:#333}.edge path{fill:none;stroke:#777;stroke-width:1.3}.edge path.dashed{stroke-dasharray:6 4}' +
      '.edge-label{fill:#fff;opacity:.85}.edge-text{font-size:9.5px;fill:#333}.title{font-size:16px;font-weight:700;text-anchor:start}</style>',
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="22" class="title">${xmlText(g.title)}</text>`,
    key.svg,
    `<g transform="translate(0,30)">${parts.join('\n')}</g>`,
    '</svg>',
  ].join('\n');
}
