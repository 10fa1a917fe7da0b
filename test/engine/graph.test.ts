import { describe, expect, it } from 'vitest';
import { scenarioGraph, toDot, toMermaid, toSvg } from '../../src/engine';
import { layeredLayout } from '../../src/engine/analyze/graph-layout';
import { validateScenario } from '../../src/scenario';
import { generateScenario } from '../../tools/lib/generate';
import { mini } from '../support/scenarios';

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)> & \' ` # | ]]> <!-- \\N {x} [y] (z)';

/** The mini fixture with hostile text in every place the graph shows. */
const hostile = () =>
  mini((raw) => {
    raw.title = HOSTILE;
    raw.nodes.classify.title = HOSTILE;
    raw.nodes.aeo.choices[0].label = HOSTILE.slice(0, 190);
    raw.nodes.inspection.outcomes[0].title = HOSTILE.slice(0, 190);
    raw.nodes.success.title = HOSTILE.slice(0, 190);
    raw.consequences['hs-hold'].title = HOSTILE.slice(0, 190);
    raw.consequences['hs-hold'].next = 'refused';
  });

describe('scenario graph', () => {
  it('has every node, the two rules and each redirecting consequence, and merges parallel choices', () => {
    const s = mini();
    const g = scenarioGraph(s);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([...Object.keys(s.nodes), 'rule:outOfMoney', 'rule:pastDeadline'].sort());
    const aeo = g.nodes.find((n) => n.id === 'aeo')!.key;
    const ship = g.nodes.find((n) => n.id === 'ship')!.key;
    expect(g.edges.find((e) => e.from === aeo && e.to === ship)?.labels).toEqual(['Apply [300, 5 d]', 'Skip', 'Hire consultants [2000]']);
    expect(scenarioGraph(hostile()).nodes.some((n) => n.kind === 'consequence')).toBe(true);
  });

  it('renders every node in Mermaid, DOT and SVG, endings coloured by kind', () => {
    const s = mini();
    const mermaid = toMermaid(s);
    const dot = toDot(s);
    const svg = toSvg(s);
    for (const id of Object.keys(s.nodes)) expect(svg).toContain(`data-id="${id}"`);
    const count = scenarioGraph(s).nodes.length;
    expect(mermaid.match(/^ {2}n\d+[[{(>]/gm)).toHaveLength(count);
    expect(dot.match(/^ {2}n\d+ \[label=/gm)).toHaveLength(count);
    expect(mermaid).toMatch(/\(\["Delivered"\]\):::success/);
    expect(mermaid).toMatch(/\(\["Out of money"\]\):::overbudget/);
    expect(svg).toMatch(/data-id="success">.*fill="#c8e6c9" stroke="#2e7d32"/);
    expect(svg).toMatch(/data-id="late">.*fill="#ffe0b2" stroke="#ef6c00"/);
    expect(svg).toMatch(/data-id="broke">.*fill="#ffcdd2" stroke="#c62828"/);
    expect(svg).toMatch(/data-id="refused">.*fill="#e1bee7" stroke="#6a1b9a"/);
    expect(toSvg(s)).toBe(svg);
  });

  it('escapes hostile scenario text in SVG: no element, attribute or comment comes out of it', () => {
    const svg = toSvg(hostile());
    expect(svg).not.toMatch(/<script|<img|<!--|]]>/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Only our own elements appear.
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['defs', 'g', 'marker', 'path', 'polygon', 'rect', 'style', 'svg', 'text', 'title']);
    // Only our own attributes appear, each quoted and free of angle brackets.
    const attributes = new Set<string>();
    for (const m of svg.matchAll(/\s([a-zA-Z-]+)=("[^"]*")?/g)) {
      if (m[2] === undefined) continue; // "onerror=" inside escaped text is text, not an attribute
      attributes.add(m[1]!);
      expect(m[2]).not.toMatch(/[<>]/);
    }
    expect([...attributes].filter((a) => a.startsWith('on') || a === 'href' || a === 'src')).toEqual([]);
  });

  it('escapes hostile text in Mermaid and DOT labels', () => {
    const mermaid = toMermaid(hostile());
    expect(mermaid).not.toMatch(/<script|<img|]]>|`/i);
    for (const line of mermaid.split('\n')) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    expect(mermaid).toContain('#60;script#62;');
    const dot = toDot(hostile());
    for (const line of dot.split('\n')) {
      const unescaped = line.replace(/\\\\/g, '').replace(/\\"/g, '');
      expect((unescaped.match(/"/g) ?? []).length % 2, line).toBe(0);
    }
    expect(dot).toContain('\\\\N');
  });

  it('lays out a generated 200-scene scenario without overlapping nodes', () => {
    const r = validateScenario(generateScenario({ scenes: 200, seed: 2 }));
    if (!r.ok) throw new Error('invalid');
    const g = scenarioGraph(r.scenario);
    const index = new Map(g.nodes.map((n, i) => [n.key, i]));
    const layout = layeredLayout({ widths: g.nodes.map(() => 100), height: 40, edges: g.edges.map((e) => ({ from: index.get(e.from)!, to: index.get(e.to)! })) });
    expect(layout.nodes).toHaveLength(g.nodes.length);
    const rows = new Map<number, number[]>();
    for (const p of layout.nodes) rows.set(p.y, [...(rows.get(p.y) ?? []), p.x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(100);
    }
    // Every edge that goes down the layers is drawn downwards.
    for (const pts of layout.edges) expect(pts.length).toBeGreaterThanOrEqual(2);
    expect(toSvg(r.scenario).length).toBeGreaterThan(0);
  });
});
