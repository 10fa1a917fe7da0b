import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/engine';
import type { Scenario, TextRef } from '../../src/scenario';
import { buildDebrief, debriefHtml, escapeHtml, type DebriefHtmlTexts } from '../../src/workshop/debrief';
import { mini } from '../support/scenarios';

const en = JSON.parse(readFileSync(new URL('../../src/i18n/locales/en/debrief.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** English strings from the real locale file, with {{value}} interpolation and _one/_other plurals. */
const texts: DebriefHtmlTexts = {
  lang: 'en', dir: 'ltr',
  t(key, values = {}) {
    const path = key.replace(/^debrief:/, '').split('.');
    const last = path.pop() as string;
    const parent = path.reduce<any>((o, k) => o?.[k], en);
    const count = values.count;
    const raw = parent?.[last] ?? parent?.[`${last}_${count === 1 ? 'one' : 'other'}`];
    if (typeof raw !== 'string') throw new Error(`no string ${key}`);
    return raw.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
  },
  scenarioText: (ref: TextRef) => ref.text,
  formatNumber: (n) => String(n),
  formatMoney: (n, c) => `${c} ${n}`,
  formatDays: (n) => `${n} days`,
};

function play(scenario: Scenario, seed: number, steps: [string, string[]?][]): Game {
  const g = createGame(scenario, seed);
  for (const [choice, forced] of steps) expect(g.choose(choice, forced ?? []).ok, choice).toBe(true);
  return g;
}

const ALLOWED = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'section', 'p', 'span', 'ul', 'ol', 'li', 'strong', 'cite']);

describe('debriefHtml', () => {
  const scenario = mini();
  const room = [
    play(scenario, 1, [['green'], ['apply'], ['sea', ['green-lane']], ['deliver']]),
    play(scenario, 2, [['roasted'], ['skip'], ['air', ['red-lane']], ['deliver']]),
    play(scenario, 3, [['roasted'], ['splurge']]),
    play(scenario, 4, [['green'], ['skip']]),
  ];
  const html = debriefHtml(buildDebrief(scenario, room), texts);

  it('is one document with inline CSS and no script, link or external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=|src=|href=/i);
    expect(html).toContain("default-src 'none'");
  });
  it('has the outcomes, per-decision bars as CSS widths, the common mistakes with feedback, and the path summary', () => {
    expect(html).toContain('<h1>Debrief: Mini export</h1>');
    expect(html).toContain('Delivered <span class="tag">Success</span>');
    expect(html).toContain('<h3>Which HS code?</h3>');
    // classify: 2 green, 2 roasted of 4 → 50 % each
    expect(html).toContain('<span>0901.11 not roasted</span><span class="value">2 of 4 (50%)</span><span class="track" aria-hidden="true"><span class="fill" style="width:50%"></span>');
    expect(html).toContain('<strong>Roasting is the dividing line.</strong>');
    expect(html).toContain('<h2>Path map</h2>');
    expect(html).toMatch(/<strong>How to ship\?<\/strong> 3 players — Then /);
    expect(html).toContain('1 player');
  });
  it('escapes hostile scenario text so it cannot inject markup', () => {
    const hostile = mini((raw) => {
      raw.title = '<script>alert(1)</script>';
      raw.nodes.classify.text = '<img src=x onerror=alert(1)>';
      raw.nodes.classify.choices[0].label = '"><iframe src="javascript:alert(1)">';
      raw.nodes.classify.choices[1].scores[0].feedback = "</style><script>alert('x')</script>";
      raw.sources[0].title = '<b onclick=alert(1)>HS</b>';
    });
    const out = debriefHtml(buildDebrief(hostile, [play(hostile, 1, [['green'], ['skip']]), play(hostile, 2, [['roasted'], ['splurge']])]), texts);
    // Only the export's own tags, and none of them with an event handler or a link: the hostile text stayed text.
    const tags = [...out.matchAll(/<[^>]*>/g)].map((m) => m[0]);
    const names = new Set(tags.map((t) => /^<\/?([!\w-]+)/.exec(t)?.[1]?.toLowerCase()));
    expect([...names].filter((n) => !ALLOWED.has(n ?? ''))).toEqual([]);
    expect(tags.filter((t) => /\son\w+=|src=|href=/i.test(t))).toEqual([]);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&quot;&gt;&lt;iframe');
    expect(out).toContain('&lt;/style&gt;&lt;script&gt;alert(&#39;x&#39;)');
    expect(out.match(/<\/style>/g)?.length).toBe(1);
  });
  it('says which feedback mode the room played, and what the choice bars count', () => {
    expect(html).not.toContain('Feedback mode');
    expect(debriefHtml(buildDebrief(scenario, room, 'challenge'), texts)).toContain('<p>Feedback mode: Challenge (no verdicts until the report)</p>');
    expect(debriefHtml(buildDebrief(scenario, room, ['coach', 'challenge', 'coach', 'coach']), texts)).toContain('<p>Feedback modes: 3 in Coach, 1 in Challenge</p>');
    expect(html).toContain('4 players reached this decision. Each player counts once, with the last choice they made here: 4 players chose.');
  });
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
