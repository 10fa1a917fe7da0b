import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario';
import { forkAndReplay, forkDecisions } from '../../src/workshop/debrief';
import { mini } from '../support/scenarios';

const scenario = mini(); // test/fixtures/mini.json
const LOG = ['green', 'skip', 'sea', '@green-lane', 'deliver'];

describe('forkDecisions', () => {
  it('lists each decision of the seat with the choices its scene showed', () => {
    const ds = forkDecisions(scenario, 1, LOG);
    expect(ds.map((d) => [d.index, d.node, d.taken])).toEqual([[0, 'classify', 'green'], [1, 'aeo', 'skip'], [2, 'ship', 'sea'], [3, 'arrive', 'deliver']]);
    const ship = ds[2]?.choices ?? [];
    expect(ship.map((c) => [c.id, c.available]).sort()).toEqual([['air', true], ['sea', true], ['vip', false]]);
    expect(ds[1]?.prompt.text).toBe('Apply for AEO status?');
  });
  it('stops where the log no longer replays', () => {
    expect(forkDecisions(scenario, 1, ['green', 'nonsense', 'sea']).map((d) => d.taken)).toEqual(['green', 'nonsense']);
  });
});

describe('forkAndReplay', () => {
  it('replays the later choices after a different classification and shows the refusal', () => {
    const r = forkAndReplay(scenario, 1, LOG, 0, 'roasted');
    if (!r.ok) throw new Error(r.reason);
    expect(r.original.ending?.kind).toBe('success');
    expect(r.fork.ending?.kind).toBe('refused');
    expect(r.continued).toBe(3);
    expect(r.stopped).toBeNull();
    // 1000 − 200 (sea) − 200 (customs hold); the hold also costs 4 days
    expect(r.original.money).toBe(800);
    expect(r.fork.money).toBe(600);
    expect(r.fork.day - r.original.day).toBe(4 - 1); // the green choice took one day, the hold four
    const cls = (s: typeof r.fork) => s.readiness.find((x) => x.dimension === 'classification')?.percent;
    expect(cls(r.original)).toBeGreaterThan(cls(r.fork) ?? 100);
    expect(r.fork.after.some((e) => e.type === 'score' && e.feedback === 'Roasting is the dividing line.')).toBe(true);
    expect(r.original.after.some((e) => e.type === 'score' && e.feedback === 'Right: green beans are not roasted.')).toBe(true);
  });
  it('ends at once when the alternative runs out of money', () => {
    const r = forkAndReplay(scenario, 1, LOG, 1, 'splurge');
    if (!r.ok) throw new Error(r.reason);
    expect(r.fork.ending?.kind).toBe('over-budget');
    expect(r.fork.status).toBe('ended');
    expect(r.continued).toBe(0);
    expect(r.fork.after.some((e) => e.type === 'money' && e.delta === -2000)).toBe(true);
  });
  it('stops at the first later choice that is no longer available, and says which', () => {
    const s = structuredClone(scenario) as Scenario & { nodes: Record<string, { choices?: { id: string; requires?: unknown }[] }> };
    const air = s.nodes.ship?.choices?.find((c) => c.id === 'air');
    if (air) air.requires = { type: 'flag', flag: 'aeo' };
    const r = forkAndReplay(s as Scenario, 1, ['green', 'apply', 'air', '@green-lane', 'deliver'], 1, 'skip');
    if (!r.ok) throw new Error(r.reason);
    expect(r.continued).toBe(0);
    expect(r.stopped).toMatchObject({ index: 2, node: 'ship', choice: 'air', label: { text: 'By air' } });
    expect(r.fork.status).toBe('playing');
    expect(r.fork.ending).toBeNull();
    expect(r.original.ending?.kind).toBe('success');
  });
  it('refuses the same choice, an unavailable one, a missing decision and a log that does not replay', () => {
    expect(forkAndReplay(scenario, 1, LOG, 0, 'green')).toEqual({ ok: false, reason: 'same-choice' });
    expect(forkAndReplay(scenario, 1, LOG, 2, 'vip')).toEqual({ ok: false, reason: 'unavailable' });
    expect(forkAndReplay(scenario, 1, LOG, 2, 'teleport')).toEqual({ ok: false, reason: 'unavailable' });
    expect(forkAndReplay(scenario, 1, LOG, 9, 'air')).toEqual({ ok: false, reason: 'no-decision' });
    expect(forkAndReplay(scenario, 1, ['green', 'nonsense'], 1, 'skip')).toEqual({ ok: false, reason: 'replay-failed' });
  });
});
