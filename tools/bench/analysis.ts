/** Timing of the exhaustive analysis on shipped and generated scenarios. */
import { analyze } from '../../src/engine';
import { validateScenario, type Scenario } from '../../src/scenario';
import { generateScenario } from '../lib/generate';

export interface AnalysisTiming {
  readonly name: string;
  readonly scenes: number;
  readonly states: number;
  readonly transitions: number;
  readonly complete: boolean;
  /** Best wall-clock time of the runs, and the CPU time of that run. */
  readonly ms: number;
  readonly cpuMs: number;
}

/** Analyses a scenario `runs` times and keeps the fastest run. */
export function timeAnalysis(name: string, s: Scenario, maxStates: number, runs: number): AnalysisTiming {
  let best: AnalysisTiming | undefined;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const a = analyze(s, { maxStates });
    const ms = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    if (!best || ms < best.ms) {
      const scenes = Object.values(s.nodes).filter((n) => n.type === 'scene').length;
      best = { name, scenes, states: a.states, transitions: a.transitions, complete: a.complete, ms, cpuMs: (used.user + used.system) / 1000 };
    }
  }
  return best as AnalysisTiming;
}

/** A generated scenario of `scenes` scenes (seed 1), validated like any scenario file. */
export function generated(scenes: number): Scenario {
  const r = validateScenario(generateScenario({ scenes, seed: 1 }));
  if (!r.ok) throw new Error(`generated scenario of ${scenes} scenes is invalid: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.scenario;
}
