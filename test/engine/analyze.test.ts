import { describe, expect, it } from 'vitest';
import { analysisFindings, analyze, replay, type Route } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { mini, scene, tiny } from '../support/scenarios';


/** k scenes in a row, each with two choices to the next one; `choiceB` customises the second choice. */
function diamonds(k: number, choiceB: (i: number) => Record<string, unknown> = () => ({}), extra: Record<string, unknown> = {}): Scenario {
  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < k; i++) {
    const next = i === k - 1 ? 'win' : `s${i + 1}`;
    nodes[`s${i}`] = scene([{ id: `a${i}`, next }, { id: `b${i}`, next, ...choiceB(i) }]);
  }
  return tiny(nodes, extra);
}

function expectReplay(s: Scenario, r: Route) {
  const played = replay(s, r.seed ?? 1, r.log);
  expect(played.ok).toBe(true);
  expect(played.game.state.node).toBe(r.node);
  expect(played.game.state.money).toBe(r.money);
  expect(played.game.state.day).toBe(r.day);
}

describe('exhaustive analysis: state counts and merging', () => {
  it('counts every distinct state of a one-scene scenario', () => {
    const same = analyze(tiny({ s0: scene([{ id: 'a', next: 'win' }, { id: 'b', next: 'win' }]) }));
    expect(same.states).toBe(2); // the scene, and one end state reached by two paths
    expect(same.endings).toEqual([expect.objectContaining({ id: 'win', states: 1, paths: 2 })]);
    const differ = analyze(tiny({ s0: scene([{ id: 'a', next: 'win' }, { id: 'b', cost: { money: 5 }, next: 'win' }]) }));
    expect(differ.states).toBe(3);
    expect(differ.endings[0]).toMatchObject({ states: 2, paths: 2 });
  });

  it('keeps a diamond-shaped scenario linear in states while its paths double', () => {
    for (const k of [1, 5, 20]) {
      const a = analyze(diamonds(k));
      expect(a.states).toBe(k + 1);
      expect(a.endings[0]?.paths).toBe(2 ** k);
    }
  });

  it('merges states that differ only in flags nothing reads, and keeps apart those a later condition reads', () => {
    const unread = diamonds(6, (i) => ({ effects: [{ type: 'flag', flag: `f${i}` }] }), { flags: ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'] });
    expect(analyze(unread).states).toBe(7);
    const read = tiny(
      {
        s0: scene([{ id: 'a', next: 's1' }, { id: 'b', effects: [{ type: 'flag', flag: 'f' }], next: 's1' }]),
        s1: scene([{ id: 'c', next: 's2' }, { id: 'd', next: 's2' }]),
        s2: scene([{ id: 'go', next: 'win' }, { id: 'vip', requires: { type: 'flag', flag: 'f' }, next: 'win' }]),
      },
      { flags: ['f'] },
    );
    // s0; s1 and s2 with and without the flag; one end state.
    expect(analyze(read).states).toBe(6);
  });

  it('counts the states of the mini fixture, its endings and its exact odds under random choices', () => {
    const a = analyze(mini());
    expect(a.complete).toBe(true);
    expect(a.cyclic).toBe(false);
    expect(a.endings.map((e) => e.id).sort()).toEqual(['broke', 'late', 'refused', 'success']);
    // green (1/2) then apply or skip (2/3) always wins; roasted never does.
    expect(a.success.probability).toBeCloseTo(1 / 3, 12);
    expect(a.kinds.reduce((sum, k) => sum + (k.probability ?? 0), 0)).toBeCloseTo(1, 12);
    expect(a.coverage).toEqual({ nodes: { reached: 9, total: 9 }, choices: { reached: 8, total: 9 }, outcomes: { reached: 2, total: 2 } });
  });
});

describe('exhaustive analysis: routes', () => {
  it('finds the cheapest and the fastest winning routes of the mini fixture, and they replay to what they claim', () => {
    const s = mini();
    const a = analyze(s);
    expect(a.success.reachable).toBe(true);
    expect(a.success.cheapest).toMatchObject({ node: 'success', money: 800, day: 11 });
    expect(a.success.fastest).toMatchObject({ node: 'success', money: 400, day: 3 });
    expectReplay(s, a.success.cheapest!);
    expectReplay(s, a.success.fastest!);
    for (const e of a.endings) expectReplay(s, e.example);
  });

  it('pins chance outcomes in routes with "@outcome" entries', () => {
    const s = mini();
    const late = analyze(s).endings.find((e) => e.id === 'late')!;
    expect(late.example.log).toContain('@red-lane');
    expectReplay(s, late.example);
  });

  it('finds a seed for routes when the game starts at a chance node', () => {
    const s = tiny({
      s0: { type: 'chance', outcomes: [{ id: 'sun', weight: 1, title: 'Sun', text: 'Sun.', next: 's1' }, { id: 'rain', weight: 1, title: 'Rain', text: 'Rain.', effects: [{ type: 'days', amount: 20 }], next: 's1' }] },
      s1: scene([{ id: 'go', next: 'win' }, { id: 'wait', cost: { days: 1 }, next: 'win' }]),
    });
    const a = analyze(s);
    expect(a.endings.map((e) => e.id).sort()).toEqual(['late', 'win']);
    const late = a.endings.find((e) => e.id === 'late')!;
    expect(late.example.seed).not.toBeNull();
    expectReplay(s, late.example);
    expectReplay(s, a.success.fastest!);
  });

  it('handles a choice that comes back to the same state (a cycle) without counting paths', () => {
    const s = tiny({ s0: scene([{ id: 'think', next: 's0' }, { id: 'go', next: 'win' }]) });
    const a = analyze(s);
    expect(a.cyclic).toBe(true);
    expect(a.states).toBe(2);
    expect(a.endings[0]?.paths).toBeNull();
    expect(a.success.reachable).toBe(true);
  });

  it('reports progress through a callback as it goes (the engine reads no clock)', () => {
    const seen: number[] = [];
    const a = analyze(diamonds(30, (i) => ({ cost: { money: i + 1 } }), { money: 100000 }), { onProgress: (p) => seen.push(p.expanded), progressEvery: 100 });
    expect(a.complete).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});

describe('exhaustive analysis: broken content', () => {
  it('turns a dangling reference into a content error with the reproducing log instead of throwing', () => {
    const s = tiny({ s0: scene([{ id: 'go', next: 'win' }, { id: 'lost', next: 'nowhere' }]) });
    const a = analyze(s);
    expect(a.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('nowhere'), route: expect.objectContaining({ log: ['lost'] }) })]);
    expect(analysisFindings(s).find((f) => f.code === 'engine-error')).toMatchObject({ severity: 'error', log: ['lost'] });
    const broken = tiny({ s0: scene([{ id: 'go', next: 'win' }]) }, { start: 'missing' });
    expect(analysisFindings(broken).map((f) => f.code)).toContain('engine-error');
  });
});

