/**
 * Golden choice logs (test/content/golden/*.json): each replays, with its seed, to exactly the
 * recorded final node, money, day and status. Every shipped scenario has golden logs that end in
 * success and in another kind of ending, so an engine or content change that alters play shows here.
 * After an intended change, re-record with: npx tsx test/content/record-golden.ts <scenario id> --refresh
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import { goldenLogs, shippedScenarios } from './helpers';

const scenarios = new Map(shippedScenarios().map((s) => [s.scenario.id, s.scenario]));
const golden = goldenLogs();

describe('golden choice logs', () => {
  it.each(golden.map((g) => [g.name, g.golden] as const))('%s replays to the recorded end', (_name, g) => {
    const s = scenarios.get(g.scenario);
    expect(s, `no shipped scenario "${g.scenario}"`).toBeDefined();
    if (!s) return;
    const r = replay(s, g.seed, g.log);
    expect(r.ok ? null : { step: r.step, rejection: r.rejection }).toBeNull();
    const st = r.game.state;
    expect({ node: st.node, money: st.money, day: st.day, status: st.status }, `if this change to play is intended, re-record: npx tsx test/content/record-golden.ts ${g.scenario} --refresh`).toEqual(g.expect);
  });

  it.each([...scenarios.keys()])('%s has golden logs for a win and for another ending', (id) => {
    const s = scenarios.get(id);
    const kinds = golden
      .filter((g) => g.golden.scenario === id)
      .map((g) => { const n = s?.nodes[g.golden.expect.node]; return n?.type === 'ending' ? n.kind : 'not an ending'; });
    const how = `record them with "npx tsx test/content/record-golden.ts ${id}" (docs/scenario-format.md, "Shipping a scenario")`;
    expect(kinds, `${id} has no golden log ending in success: ${how}`).toContain('success');
    expect(kinds.some((k) => k !== 'success'), `${id} has no golden log ending otherwise: ${how}`).toBe(true);
  });
});
