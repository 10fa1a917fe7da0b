import { describe, expect, it } from 'vitest';
import { analysisFindings } from '../../src/engine';
import { validateScenario, type Scenario } from '../../src/scenario';
import { generateScenario } from '../../tools/lib/generate';

const valid = (raw: unknown): Scenario => {
  const r = validateScenario(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.scenario;
};

describe('the scenario generator (tools/lib/generate.ts)', () => {
  it('makes valid scenarios with exactly the requested number of scenes', () => {
    for (const scenes of [4, 50, 200, 1000]) {
      const s = valid(generateScenario({ scenes, seed: 3 }));
      expect(Object.values(s.nodes).filter((n) => n.type === 'scene')).toHaveLength(scenes);
      const kinds = new Set(Object.values(s.nodes).map((n) => n.type));
      expect(kinds).toEqual(new Set(['scene', 'chance', 'branch', 'ending']));
      for (const n of Object.values(s.nodes)) if (n.type === 'scene') expect(n.choices.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateScenario({ scenes: 60, seed: 7 })).toEqual(generateScenario({ scenes: 60, seed: 7 }));
    expect(generateScenario({ scenes: 60, seed: 7 })).not.toEqual(generateScenario({ scenes: 60, seed: 8 }));
  });

  it('makes winnable scenarios without soft-locks or content errors', () => {
    for (const scenes of [50, 200]) {
      const findings = analysisFindings(valid(generateScenario({ scenes, seed: 1 })));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.map((f) => f.code)).not.toContain('analysis-incomplete');
    }
  });
});
