/**
 * `graph --format svg`: the story map shows every label whole (costs with their currency), nothing
 * overlaps, every later consequence is drawn (also those that do not send the player anywhere), and
 * scenes show their milestones.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graph } from '../../tools/commands/graph';
import { storyMapSvg, wrap } from '../../tools/lib/story-map';
import { validateScenario } from '../../src/scenario';
import { generateScenario } from '../../tools/lib/generate';
import { shippedScenario } from '../content/helpers';
import { mini } from '../support/scenarios';

afterEach(() => { vi.restoreAllMocks(); });

const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const clashesIn = (svg: string) => {
  const all = [...boxes(svg, 'node'), ...boxes(svg, 'label')];
  const clashes: string[] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlap(all[i] as number[], all[j] as number[])) clashes.push(`${all[i]} × ${all[j]}`);
  return { count: all.length, clashes };
};
const boxes = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<g class="${cls}[^"]*"[^>]*data-box="([^"]+)"`, 'g'))].map((m) => (m[1] as string).split(' ').map(Number) as [number, number, number, number]);
const overlap = (a: number[], b: number[]) => (a[0] as number) < (b[0] as number) + (b[2] as number) - 0.5 && (b[0] as number) < (a[0] as number) + (a[2] as number) - 0.5 && (a[1] as number) < (b[1] as number) + (b[3] as number) - 0.5 && (b[1] as number) < (a[1] as number) + (a[3] as number) - 0.5;

describe('the SVG story map', () => {
  const coffee = shippedScenario('coffee');
  const svg = storyMapSvg(coffee);
  const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => unescape(m[1] as string));

  it('shows every choice label whole, with its cost in the scenario\'s currency, and cuts nothing', () => {
    expect(svg).not.toContain('…');
    for (const n of Object.values(coffee.nodes)) {
      if (n.type !== 'scene') continue;
      for (const c of n.choices) {
        const cost = [c.cost?.money ? `USD ${c.cost.money.toLocaleString('en')}` : '', c.cost?.days ? `${c.cost.days} d` : ''].filter(Boolean).join(' · ');
        const label = c.label.replace(/\{money:(\d+)\}/g, (_m, v: string) => `USD ${Number(v).toLocaleString('en')}`).replace(/\{days:(\d+)\}/g, (_m, v: string) => `${v} day${v === '1' ? '' : 's'}`);
        expect(titles.some((t) => t.startsWith(`${label}${cost ? ` — ${cost}` : ''}`)), `${c.id}: ${label} ${cost}`).toBe(true);
        // The visible lines are the whole label, wrapped.
        for (const line of wrap(label)) expect(svg).toContain(`>${line.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}</tspan>`);
      }
    }
  });

  it('lays out nodes and labels without overlaps', () => {
    const { count, clashes } = clashesIn(svg);
    expect(count).toBeGreaterThan(60);
    expect(clashes).toEqual([]);
  });

  it('lays out a generated 200-scene scenario without overlaps', () => {
    const r = validateScenario(generateScenario({ scenes: 200, seed: 2 }));
    if (!r.ok) throw new Error('the generated scenario is invalid');
    const { count, clashes } = clashesIn(storyMapSvg(r.scenario));
    expect(count).toBeGreaterThan(200);
    expect(clashes).toEqual([]);
  });

  it('draws every later consequence, where it fires and what schedules it, and the milestones', () => {
    for (const [id, c] of Object.entries(coffee.consequences ?? {})) {
      expect(svg, id).toContain(`data-id="consequence:${id}"`);
      if (c.on) expect(titles.some((t) => t === `fires on entering (${c.on})`), id).toBe(true);
    }
    expect(Object.values(coffee.consequences ?? {}).some((c) => c.next === undefined)).toBe(true);
    expect(titles.filter((t) => t.endsWith('schedules it')).length).toBeGreaterThan(0);
    for (const n of Object.values(coffee.nodes)) if (n.type === 'scene' && n.milestone) expect(svg).toContain(`◆ milestone: ${n.milestone}`);
  });

  it('is what `graph --format svg` writes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'graph-')), 'coffee.svg');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await graph.run(['scenarios/coffee/scenario.json', '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(svg);
  });

  it('escapes hostile scenario text: no element, attribute or comment comes out of it', () => {
    const svg = storyMapSvg(hostile());
    expect(svg).not.toMatch(/<script|<img|<!--|]]>/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['defs', 'g', 'marker', 'path', 'polygon', 'rect', 'style', 'svg', 'text', 'title', 'tspan']);
    const attributes = new Set<string>();
    for (const m of svg.matchAll(/\s([a-zA-Z-]+)=("[^"]*")?/g)) {
      if (m[2] === undefined) continue; // "onerror=" inside escaped text is text, not an attribute
      attributes.add(m[1] as string);
      expect(m[2]).not.toMatch(/[<>]/);
    }
    expect([...attributes].filter((a) => a.startsWith('on') || a === 'href' || a === 'src')).toEqual([]);
  });
});

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)> & \' ` # | ]]> <!-- \\N {x} [y] (z)';

/** The mini fixture with hostile text in every place the map shows. */
function hostile() {
  return mini((raw) => {
    raw.title = HOSTILE;
    raw.nodes.classify.title = HOSTILE;
    raw.nodes.aeo.choices[0].label = HOSTILE.slice(0, 190);
    raw.nodes.inspection.outcomes[0].title = HOSTILE.slice(0, 190);
    raw.nodes.success.title = HOSTILE.slice(0, 190);
    raw.consequences['hs-hold'].title = HOSTILE.slice(0, 190);
    raw.consequences['hs-hold'].next = 'refused';
  });
}
