/**
 * Every shipped scenario, explored exhaustively (the same analysis as `npm run scenario -- analyze`):
 * complete, no soft-lock or content error, every scene, choice, outcome and ending reachable,
 * success reachable within budget and deadline, and uniformly random play wins 10–40 % of the time.
 * The slowest content test (a few seconds per scenario).
 */
import { describe, expect, it } from 'vitest';
import { analyze, replay } from '../../src/engine';
import { shippedScenarios } from './helpers';

const shipped = shippedScenarios();

describe.each(shipped.map((s) => [s.scenario.id, s.scenario] as const))('analysis of %s', (_id, s) => {
  it('reaches everything, never gets stuck, and is winnable but not trivial', { timeout: 180_000 }, () => {
    const a = analyze(s);
    expect(a.complete).toBe(true);
    expect(a.errors.map((e) => `${e.node}: ${e.message}`)).toEqual([]);
    expect(a.softLocks.map((x) => x.node)).toEqual([]);
    expect(a.unreachedEndings).toEqual([]);
    expect(a.unreachedNodes.map((n) => n.id)).toEqual([]);
    expect(a.unavailableChoices.map((c) => `${c.node}/${c.id}`)).toEqual([]);
    expect(a.coverage.choices.reached).toBe(a.coverage.choices.total);
    expect(a.coverage.outcomes.reached).toBe(a.coverage.outcomes.total);
    expect(a.success.reachable).toBe(true);
    const cheapest = a.success.cheapest;
    expect(cheapest).not.toBeNull();
    if (cheapest) {
      const r = replay(s, cheapest.seed ?? 1, cheapest.log);
      expect(r.ok && r.game.report().success).toBe(true);
      expect(r.game.state.money).toBeGreaterThanOrEqual(0);
      expect(r.game.state.day).toBeLessThanOrEqual(s.deadline);
    }
    expect(a.success.probability).toBeGreaterThanOrEqual(0.1);
    expect(a.success.probability).toBeLessThanOrEqual(0.4);
  });
});
