/** Mermaid and Graphviz DOT renderings of a scenario graph, with every piece of scenario text escaped. */
import type { Scenario } from '../../scenario';
import { PALETTE, scenarioGraph, styleKey, type GraphNode } from './graph-model';

/** Escapes text for a double-quoted Mermaid label: entity codes for everything that could be markup. */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[#&<>"'`|{}[\]()]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

/** Escapes text for a double-quoted DOT string (backslashes would start DOT escapes like \N). */
export function dotText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Mermaid class names: letters only ("over-budget" → "overbudget"). */
const mermaidClass = (name: string) => name.replace(/[^a-z]/gi, '');

const mermaidShape = (n: GraphNode, label: string) => {
  switch (n.kind) {
    case 'chance': return `{"${label}"}`;
    case 'branch': return `{{"${label}"}}`;
    case 'ending': return `(["${label}"])`;
    case 'rule': case 'consequence': return `>"${label}"]`;
    default: return `["${label}"]`;
  }
};

/** The scenario as a Mermaid flowchart. */
export function toMermaid(s: Scenario): string {
  const g = scenarioGraph(s);
  const lines = ['flowchart TD', `  %% ${mermaidText(g.title)}`];
  for (const n of g.nodes) {
    const label = n.kind === 'scene' && n.label !== n.id ? `${mermaidText(n.label)}<br/><small>${mermaidText(n.id)}</small>` : mermaidText(n.label);
    lines.push(`  ${n.key}${mermaidShape(n, n.start ? `▶ ${label}` : label)}:::${mermaidClass(styleKey(n))}`);
  }
  for (const e of g.edges) lines.push(`  ${e.from} ${e.dashed ? '-.->' : '-->'}|"${e.labels.map(mermaidText).join('<br/>')}"| ${e.to}`);
  for (const [cls, [fill, stroke, color]] of Object.entries(PALETTE)) lines.push(`  classDef ${mermaidClass(cls)} fill:${fill},stroke:${stroke},color:${color}`);
  return `${lines.join('\n')}\n`;
}

const dotShape = (n: GraphNode) => {
  switch (n.kind) {
    case 'chance': return 'diamond';
    case 'branch': return 'hexagon';
    case 'ending': return 'box';
    case 'rule': case 'consequence': return 'note';
    default: return 'box';
  }
};

/** The scenario as a Graphviz DOT digraph. */
export function toDot(s: Scenario): string {
  const g = scenarioGraph(s);
  const lines = [`digraph scenario {`, `  label="${dotText(g.title)}"; labelloc=t; rankdir=TB;`, '  node [fontname="Helvetica", fontsize=11]; edge [fontname="Helvetica", fontsize=9];'];
  for (const n of g.nodes) {
    const [fill, stroke, color] = PALETTE[styleKey(n)];
    const label = n.kind === 'scene' && n.label !== n.id ? `${dotText(n.label)}\\n(${dotText(n.id)})` : dotText(n.label);
    const style = n.kind === 'ending' ? 'rounded,filled' : n.kind === 'scene' ? 'rounded,filled' : 'filled';
    lines.push(`  ${n.key} [label="${label}", shape=${dotShape(n)}, style="${style}${n.start ? ',bold' : ''}", fillcolor="${fill}", color="${stroke}", fontcolor="${color}"];`);
  }
  for (const e of g.edges) lines.push(`  ${e.from} -> ${e.to} [label="${e.labels.map(dotText).join('\\n')}"${e.dashed ? ', style=dashed' : ''}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
