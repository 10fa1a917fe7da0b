/**
 * A scenario as a drawable graph: scenes, chance nodes (outcomes with their
 * base odds), branches (cases with their conditions), endings by kind, and
 * the global rules and consequence redirects as dashed edges. Text is kept
 * raw here; each renderer escapes it for its own format.
 */
import type { Choice, Condition, EndingNode, Scenario } from '../../scenario';

export type GraphNodeKind = 'scene' | 'chance' | 'branch' | 'ending' | 'rule' | 'consequence';

export interface GraphNode {
  /** A safe identifier for the output format (n0, n1, …), never scenario text. */
  readonly key: string;
  /** The scenario id (or a made-up one for rules and consequences). */
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly label: string;
  readonly ending?: EndingNode['kind'];
  readonly start?: boolean;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** One label per choice, outcome or case this edge stands for (parallel ones are merged). */
  readonly labels: readonly string[];
  readonly dashed: boolean;
}

export interface GraphModel {
  readonly title: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Shortens text to `max` characters with an ellipsis, on one line. */
export function shorten(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\*\*/g, '').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A short readable form of a condition, e.g. "aeo & money ≥ 500". */
export function describeCondition(c: Condition): string {
  switch (c.type) {
    case 'flag': return c.is === false ? `not ${c.flag}` : c.flag;
    case 'var': return `${c.var} ${op(c.op)} ${c.value}`;
    case 'money': return `money ${op(c.op)} ${c.value}`;
    case 'day': return `day ${op(c.op)} ${c.value}`;
    case 'score': return `${c.dimension} ${op(c.op)} ${c.value}`;
    case 'visited': return `${c.is === false ? 'not seen' : 'seen'} ${c.node}`;
    case 'all': return c.of.map(describeCondition).join(' & ');
    case 'any': return c.of.map(describeCondition).join(' | ');
    case 'not': return `not (${describeCondition(c.cond)})`;
  }
}

const op = (o: string) => ({ '>=': '≥', '<=': '≤', '!=': '≠', '==': '=' })[o] ?? o;

function choiceLabel(c: Choice): string {
  const cost = [c.cost?.money ? `${c.cost.money}` : '', c.cost?.days ? `${c.cost.days} d` : ''].filter(Boolean).join(', ');
  return `${shorten(c.label, 24)}${cost ? ` [${cost}]` : ''}${c.requires ? ' *' : ''}`;
}

/** Builds the graph of a scenario. Edges to missing nodes are dropped. */
export function scenarioGraph(s: Scenario): GraphModel {
  const nodes: GraphNode[] = [];
  const keyOf = new Map<string, string>();
  const add = (id: string, kind: GraphNodeKind, label: string, extra: Partial<GraphNode> = {}) => {
    const key = `n${nodes.length}`;
    keyOf.set(id, key);
    nodes.push({ key, id, kind, label, ...extra });
  };
  for (const [id, n] of Object.entries(s.nodes)) {
    const start = id === s.start ? { start: true } : {};
    if (n.type === 'scene') add(id, 'scene', n.title ?? id, start);
    else if (n.type === 'chance') add(id, 'chance', id, start);
    else if (n.type === 'branch') add(id, 'branch', id, start);
    else add(id, 'ending', n.title, { ending: n.kind, ...start });
  }
  add('rule:outOfMoney', 'rule', 'Out of money');
  add('rule:pastDeadline', 'rule', 'Past the deadline');
  const redirecting = Object.entries(s.consequences ?? {}).filter(([, c]) => c.next !== undefined);
  for (const [id, c] of redirecting) add(`consequence:${id}`, 'consequence', c.title);

  // Parallel edges (two choices to the same node) are merged into one with both labels.
  const edges = new Map<string, { from: string; to: string; labels: string[]; dashed: boolean }>();
  const link = (from: string, to: string, label: string, dashed = false) => {
    const a = keyOf.get(from);
    const b = keyOf.get(to);
    if (!a || !b) return;
    const k = `${a}>${b}>${dashed}`;
    const e = edges.get(k);
    if (e) e.labels.push(label);
    else edges.set(k, { from: a, to: b, labels: [label], dashed });
  };
  const schedules = (from: string, effects: readonly { type: string; consequence?: string }[] | undefined) => {
    for (const e of effects ?? []) if (e.type === 'schedule' && e.consequence && s.consequences?.[e.consequence]?.next !== undefined) link(from, `consequence:${e.consequence}`, 'schedules', true);
  };
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type === 'scene') for (const c of n.choices) { link(id, c.next, choiceLabel(c)); schedules(id, c.effects); }
    if (n.type === 'chance') {
      const total = n.outcomes.reduce((a, o) => a + o.weight, 0);
      for (const o of n.outcomes) {
        link(id, o.next, `${shorten(o.title, 22)} · ${total > 0 ? Math.round((o.weight / total) * 100) : 0}%${o.modifiers?.length ? '*' : ''}`);
        schedules(id, o.effects);
      }
    }
    if (n.type === 'branch') {
      for (const c of n.cases) link(id, c.next, `if ${shorten(describeCondition(c.when), 30)}`);
      link(id, n.else, 'else');
    }
  }
  link('rule:outOfMoney', s.rules.outOfMoney.next, 'money < 0', true);
  link('rule:pastDeadline', s.rules.pastDeadline.next, `day > ${s.deadline}`, true);
  for (const [id, c] of redirecting) link(`consequence:${id}`, c.next as string, c.when ? `if ${shorten(describeCondition(c.when), 30)}` : 'then', true);
  return { title: s.title, nodes, edges: [...edges.values()] };
}

/** Colours per ending kind (and for the other node kinds): fill, stroke, text. */
export const PALETTE = {
  success: ['#c8e6c9', '#2e7d32', '#1b5e20'],
  late: ['#ffe0b2', '#ef6c00', '#7a3b00'],
  'over-budget': ['#ffcdd2', '#c62828', '#7f0000'],
  refused: ['#e1bee7', '#6a1b9a', '#4a148c'],
  unpaid: ['#e1bee7', '#6a1b9a', '#4a148c'],
  abandoned: ['#e0e0e0', '#616161', '#212121'],
  other: ['#e0e0e0', '#616161', '#212121'],
  scene: ['#e3f2fd', '#1565c0', '#0d2a4a'],
  chance: ['#fff8e1', '#f9a825', '#5d4300'],
  branch: ['#f5f5f5', '#757575', '#212121'],
  rule: ['#fff3e0', '#e65100', '#4e2600'],
  consequence: ['#fce4ec', '#ad1457', '#560027'],
} as const;

/** The palette entry (and CSS class) of a node: its ending kind, or its node kind. */
export const styleKey = (n: GraphNode): keyof typeof PALETTE => (n.kind === 'ending' ? (n.ending ?? 'other') : n.kind);
