import { describe, expect, it } from 'vitest';
import { scenarioGraph, toDot, toMermaid } from '../../src/engine';
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

  it('renders every node in Mermaid and DOT, endings coloured by kind', () => {
    const s = mini();
    const mermaid = toMermaid(s);
    const dot = toDot(s);
    const count = scenarioGraph(s).nodes.length;
    expect(mermaid.match(/^ {2}n\d+[[{(>]/gm)).toHaveLength(count);
    expect(dot.match(/^ {2}n\d+ \[label=/gm)).toHaveLength(count);
    expect(mermaid).toMatch(/\(\["Delivered"\]\):::success/);
    expect(mermaid).toMatch(/\(\["Out of money"\]\):::overbudget/);
    expect(toMermaid(s)).toBe(mermaid);
    expect(toDot(s)).toBe(dot);
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
});
