/**
 * The exhaustive analysis on a loop over money amounts (the fee-or-wait shape that once exhausted memory):
 * the results, the routes rebuilt from back references, the state-cap diagnostic and one entry per content bug.
 */
import { describe, expect, it } from 'vitest';
import { analysisFindings, analyze, replay } from '../../src/engine';
import { feeOrWait } from '../../tools/bench/fee-wait';
import { scene, tiny } from '../support/scenarios';

describe('analysis of a fee-or-wait loop', () => {
  const s = feeOrWait(3000);
  const a = analyze(s);

  it('explores every money amount on both days and sees every ending', () => {
    // Per money amount: the port on day 0 and day 1, shipped on day 0 and day 1, and late (from day 1).
    expect(a).toMatchObject({ complete: true, cyclic: false, states: 5 * 3000 + 2, softLocks: [], errors: [] });
    expect(a.endings.map((e) => [e.id, e.states]).sort()).toEqual([['broke', 2], ['late', 3000], ['shipped', 6000]]);
    expect(a.success.cheapest).toMatchObject({ log: ['ship'], money: 2999, day: 0 });
    expect(a.hotspots[0]).toEqual({ node: 'port', states: 6000, moneyAmounts: 3000, days: 2 });
  });

  it('counts paths and odds over the whole loop', () => {
    const late = a.endings.find((e) => e.id === 'late')!;
    // Each day-1 port state is reached by the fees paid before and after the wait: money m at day 1 has (2999 - m + 1) routes.
    expect(late.paths).toBe((3000 * 3001) / 2);
    const total = a.kinds.reduce((sum, k) => sum + (k.probability ?? 0), 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('rebuilds a replayable log thousands of steps long from the back references', () => {
    const broke = a.endings.find((e) => e.id === 'broke')!.example;
    expect(broke.log).toHaveLength(3000);
    expect(broke.log.every((c) => c === 'fee')).toBe(true);
    const game = replay(s, broke.seed ?? 1, broke.log);
    expect(game.ok).toBe(true);
    expect(game.game.state).toMatchObject({ node: 'broke', money: -1, day: 0 });
  });

  it('stops at the state cap with a warning that names the loop, and claims no absences', () => {
    const capped = analysisFindings(s, { maxStates: 1000 });
    expect(capped.map((f) => [f.severity, f.code])).toEqual([['warning', 'analysis-incomplete']]);
    expect(capped[0]!.message).toContain('stopped after 1,000 states');
    expect(capped[0]!.message).toMatch(/Most states are at "port" \([\d,]+, with [\d,]+ different money amounts and 2 different days\)/);
    expect(analyze(s, { maxStates: 1000 })).toMatchObject({ complete: false, states: 1000, cyclic: false });
  });
});

describe('a content bug met from every state of a loop', () => {
  const s = tiny({
    s0: scene([{ id: 'go', next: 'win' }, { id: 'fee', cost: { money: 1 }, next: 's0' }, { id: 'stuck', next: 'b1' }]),
    b1: { type: 'branch', cases: [{ when: { type: 'money', op: '<', value: -5 }, next: 'win' }], else: 'b2' },
    b2: { type: 'branch', cases: [{ when: { type: 'money', op: '<', value: -5 }, next: 'win' }], else: 'b1' },
  });

  it('is one error with the number of steps that meet it and a log from the start', () => {
    const a = analyze(s);
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toMatchObject({ node: 'b1', count: 101, route: { log: ['stuck'] } });
    const f = analysisFindings(s).filter((x) => x.code === 'engine-error');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('101 steps from explored states meet it');
    expect(f[0]!.log).toEqual(['stuck']);
  });
});
