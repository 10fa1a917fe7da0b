/**
 * The story map as a self-contained SVG, laid out with dagre (@dagrejs/dagre): scenes (with their
 * milestones), chance nodes, branches, endings by kind, the money and deadline rules, and every later
 * consequence — where it is scheduled, the milestone or delay that fires it, and where it sends the
 * player. Labels are whole (wrapped, never cut) and costs keep their currency; dagre places edge
 * labels as boxes of their own, so nothing overlaps.
 */
import dagre from '@dagrejs/dagre';
import { GRAPH_PALETTE as PALETTE } from '../../src/engine';
import type { Condition, Effect, Scenario } from '../../src/scenario';

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '!=': '≠', '==': '=' };

/** A condition in a few words, e.g. "aeo and money ≥ 500". */
export function describeCondition(c: Condition): string {
  const op = (o: string) => OPS[o] ?? o;
  switch (c.type) {
    case 'flag': return c.is === false ? `not ${c.flag}` : c.flag;
    case 'var': return `${c.var} ${op(c.op)} ${c.value}`;
    case 'money': return `money ${op(c.op)} ${c.value.toLocaleString('en')}`;
    case 'day': return `day ${op(c.op)} ${c.value}`;
    case 'score': return `${c.dimension} ${op(c.op)} ${c.value}`;
    case 'visited': return `${c.is === false ? 'not seen' : 'seen'} ${c.node}`;
    case 'all': return c.of.map(describeCondition).join(' and ');
    case 'any': return c.of.map(describeCondition).join(' or ');
    case 'not': return `not (${describeCondition(c.cond)})`;
  }
}

type Style = keyof typeof PALETTE;
type Line = 'solid' | 'dashed' | 'dotted';

interface MapNode {
  readonly id: string;
  readonly kind: 'scene' | 'chance' | 'branch' | 'ending' | 'rule' | 'consequence';
  readonly style: Style;
  readonly lines: string[];
  /** The full text for the tooltip and screen readers. */
  readonly title: string;
}

interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly lines: string[];
  readonly title: string;
  readonly line: Line;
}

const WRAP = 30;
const CHAR = 6.9;
const LINE = 16;
const LABEL_CHAR = 6.3;
const LABEL_LINE = 14;

/** Words wrapped to lines of at most `width` characters; a word longer than that gets a line of its own. */
export function wrap(text: string, width = WRAP): string[] {
  const words = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Scenario text without tokens: {money:1200} → "USD 1,200", {days:3} → "3 days". */
function plain(text: string, currency: string): string {
  return text
    .replace(/\{money:(-?\d+(?:\.\d+)?)\}/g, (_m, n: string) => `${currency} ${Number(n).toLocaleString('en')}`)
    .replace(/\{days:(-?\d+)\}/g, (_m, n: string) => `${n} day${n === '1' ? '' : 's'}`)
    .replace(/\{(?:number|percent):(-?\d+(?:\.\d+)?)\}/g, (m, n: string) => `${Number(n).toLocaleString('en')}${m.startsWith('{percent') ? '%' : ''}`)
    .replace(/\{var:([A-Za-z0-9_]+)\}/g, '$1');
}

/** The nodes and edges of the map. */
export function storyMap(s: Scenario): { nodes: MapNode[]; edges: MapEdge[] } {
  const money = (n: number) => `${s.currency} ${n.toLocaleString('en')}`;
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const node = (id: string, kind: MapNode['kind'], style: Style, lines: string[], title: string) => nodes.push({ id, kind, style, lines, title });
  const edge = (from: string, to: string, text: string[], line: Line = 'solid') => {
    const lines = text.flatMap((t) => wrap(t));
    edges.push({ from, to, lines, title: text.join(' — '), line });
  };
  const milestones = new Map<string, string[]>();
  for (const [id, n] of Object.entries(s.nodes)) {
    const start = id === s.start ? ['▶ start'] : [];
    if (n.type === 'scene') {
      const title = plain(n.title ?? id, s.currency);
      if (n.milestone) milestones.set(n.milestone, [...(milestones.get(n.milestone) ?? []), id]);
      node(id, 'scene', 'scene', [...start, ...wrap(title), `(${id})`, ...(n.milestone ? [`◆ milestone: ${n.milestone}`] : [])], `Scene ${id}: ${title}${n.milestone ? ` (milestone ${n.milestone})` : ''}`);
    } else if (n.type === 'chance') node(id, 'chance', 'chance', [...start, 'chance', `(${id})`], `Chance node ${id}`);
    else if (n.type === 'branch') node(id, 'branch', 'branch', [...start, 'branch', `(${id})`], `Branch ${id}`);
    else {
      const title = plain(n.title, s.currency);
      node(id, 'ending', n.kind, [...start, ...wrap(title), `${n.kind} ending`], `Ending ${id} (${n.kind}): ${title}`);
    }
  }
  node('rule:outOfMoney', 'rule', 'rule', ['rule: out of money'], 'Rule: when money falls below zero');
  node('rule:pastDeadline', 'rule', 'rule', ['rule: past the deadline'], `Rule: when the day passes the deadline (day ${s.deadline})`);
  for (const [id, c] of Object.entries(s.consequences ?? {})) {
    const when = [c.on !== undefined ? `on ${c.on}` : '', c.afterDays !== undefined ? `after ${c.afterDays} d` : ''].filter(Boolean).join(' or ');
    const title = plain(c.title, s.currency);
    node(`consequence:${id}`, 'consequence', 'consequence', ['later:', ...wrap(title), `(${id})`, `fires ${when}`, ...(c.when ? wrap(`if ${describeCondition(c.when)}`) : [])], `Consequence ${id}: ${title}, fires ${when}`);
  }
  const schedules = (from: string, what: string, effects: readonly Effect[] | undefined) => {
    for (const e of effects ?? []) {
      if (e.type === 'schedule' && s.consequences?.[e.consequence]) edge(from, `consequence:${e.consequence}`, [`${what} schedules it`], 'dashed');
      if (e.type === 'cancel' && s.consequences?.[e.consequence]) edge(from, `consequence:${e.consequence}`, [`${what} cancels it`], 'dotted');
    }
  };
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type === 'scene') {
      for (const c of n.choices) {
        const label = plain(c.label, s.currency);
        const cost = [c.cost?.money ? money(c.cost.money) : '', c.cost?.days ? `${c.cost.days} d` : ''].filter(Boolean).join(' · ');
        edge(id, c.next, [label, ...(cost ? [cost] : []), ...(c.requires ? [`needs ${describeCondition(c.requires)}`] : [])]);
        schedules(id, `"${label}"`, c.effects);
      }
    } else if (n.type === 'chance') {
      const total = n.outcomes.reduce((a, o) => a + o.weight, 0);
      for (const o of n.outcomes) {
        const title = plain(o.title, s.currency);
        edge(id, o.next, [title, `${total > 0 ? Math.round((o.weight / total) * 100) : 0} %${o.modifiers?.length ? ', depends on choices' : ''}`]);
        schedules(id, `"${title}"`, o.effects);
      }
    } else if (n.type === 'branch') {
      for (const c of n.cases) edge(id, c.next, [`if ${describeCondition(c.when)}`]);
      edge(id, n.else, ['else']);
    }
  }
  edge('rule:outOfMoney', s.rules.outOfMoney.next, ['money < 0'], 'dashed');
  edge('rule:pastDeadline', s.rules.pastDeadline.next, [`day > ${s.deadline}`], 'dashed');
  for (const [id, c] of Object.entries(s.consequences ?? {})) {
    if (c.on !== undefined) for (const scene of milestones.get(c.on) ?? []) edge(`consequence:${id}`, scene, [`fires on entering (${c.on})`], 'dotted');
    if (c.next !== undefined) edge(`consequence:${id}`, c.next, ['then sends the player here'], 'dashed');
  }
  const known = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => known.has(e.from) && known.has(e.to)) };
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The map as a standalone SVG document. */
export function storyMapSvg(s: Scenario): string {
  const { nodes, edges } = storyMap(s);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, edgesep: 18, marginx: 24, marginy: 24 });
  g.setDefaultEdgeLabel(() => ({}));
  const size = new Map<string, { w: number; h: number }>();
  for (const n of nodes) {
    const w = Math.max(...n.lines.map((l) => l.length)) * CHAR + (n.kind === 'chance' || n.kind === 'branch' ? 48 : 24);
    const h = n.lines.length * LINE + (n.kind === 'chance' ? 28 : 14);
    size.set(n.id, { w, h });
    g.setNode(n.id, { width: w, height: h });
  }
  edges.forEach((e, i) => g.setEdge(e.from, e.to, { width: Math.max(...e.lines.map((l) => l.length)) * LABEL_CHAR + 10, height: e.lines.length * LABEL_LINE + 6, labelpos: 'c' }, `e${i}`));
  dagre.layout(g);
  const graph = g.graph();
  const width = Math.ceil(graph.width ?? 400);
  const height = Math.ceil(graph.height ?? 300);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height + 40}" width="${width}" height="${height + 40}" role="img" aria-labelledby="map-title">`);
  out.push(`<title id="map-title">${esc(`Story map of "${s.title}": ${nodes.filter((n) => n.kind === 'scene').length} scenes, ${nodes.filter((n) => n.kind === 'ending').length} endings, ${nodes.filter((n) => n.kind === 'consequence').length} later consequences`)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>');
  out.push('<style>text{font-family:"Atkinson Hyperlegible",system-ui,sans-serif;font-size:12px;fill:#1a1a1a}.label text{font-size:11px}.edge{fill:none;stroke:#555;stroke-width:1.3}.dashed{stroke-dasharray:6 4}.dotted{stroke-dasharray:2 3}</style>');
  out.push(`<rect width="${width}" height="${height + 40}" fill="#ffffff"/>`);
  edges.forEach((e, i) => {
    const d = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    const pts = (d.points ?? []).map((p: { x: number; y: number }) => `${r1(p.x)},${r1(p.y)}`);
    out.push(`<g class="edge-group"><title>${esc(e.title)}</title><path class="edge ${e.line === 'solid' ? '' : e.line}" d="M${pts.join('L')}" marker-end="url(#arrow)"/></g>`);
  });
  for (const n of nodes) {
    const p = g.node(n.id);
    const { w, h } = size.get(n.id) as { w: number; h: number };
    const [fill, stroke, ink] = PALETTE[n.style];
    const x = r1(p.x - w / 2), y = r1(p.y - h / 2);
    const shape = n.kind === 'chance'
      ? `<polygon points="${r1(p.x)},${y} ${r1(x + w)},${r1(p.y)} ${r1(p.x)},${r1(y + h)} ${x},${r1(p.y)}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`
      : `<rect x="${x}" y="${y}" width="${r1(w)}" height="${r1(h)}" rx="${n.kind === 'scene' ? 8 : n.kind === 'branch' ? 0 : 14}" fill="${fill}" stroke="${stroke}" stroke-width="${n.kind === 'ending' ? 2.5 : 1.5}"${n.kind === 'consequence' || n.kind === 'rule' ? ' stroke-dasharray="5 3"' : ''}/>`;
    const text = n.lines.map((l, i) => `<tspan x="${r1(p.x)}" y="${r1(p.y - ((n.lines.length - 1) * LINE) / 2 + i * LINE + 4)}">${esc(l)}</tspan>`).join('');
    out.push(`<g class="node ${n.kind}" data-id="${esc(n.id)}" data-box="${x} ${y} ${r1(w)} ${r1(h)}"><title>${esc(n.title)}</title>${shape}<text text-anchor="middle" fill="${ink}">${text}</text></g>`);
  }
  edges.forEach((e, i) => {
    const d = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    const w = d.width ?? 0, h = d.height ?? 0;
    const x = r1((d.x ?? 0) - w / 2), y = r1((d.y ?? 0) - h / 2);
    const text = e.lines.map((l, k) => `<tspan x="${r1(d.x ?? 0)}" y="${r1(y + 13 + k * LABEL_LINE)}">${esc(l)}</tspan>`).join('');
    out.push(`<g class="label" data-box="${x} ${y} ${r1(w)} ${r1(h)}"><title>${esc(e.title)}</title><rect x="${x}" y="${y}" width="${r1(w)}" height="${r1(h)}" rx="3" fill="#ffffff" fill-opacity="0.92"/><text text-anchor="middle">${text}</text></g>`);
  });
  out.push(`<text x="24" y="${height + 24}" class="legend">Solid: a choice, an outcome or a branch case. Dashed: a rule, a consequence scheduled or sending the player on. Dotted: where a consequence fires, or a cancel.</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
