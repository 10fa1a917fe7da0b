/** The policy table of a scenario as text: win rate, readiness and endings per policy, the skill gap, luck and targets. */
import { missedTargets, type MissedTarget, type PolicyAnalysis } from '../../src/engine';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The policy analysis and the targets it misses, as printed by `analyze --json`. */
export function policiesJson(a: PolicyAnalysis): PolicyAnalysis & { missedTargets: MissedTarget[] } {
  return { ...a, missedTargets: missedTargets(a) };
}

/** Lines of the table, indented by `indent`. */
export function formatPolicies(a: PolicyAnalysis, indent = '  '): string[] {
  const out = [`${indent}Policies (${a.plays.toLocaleString('en')} seeded games each, seed ${a.seed}):`];
  out.push(`${indent}  ${'policy'.padEnd(16)} ${'won'.padStart(6)} ${'readiness'.padStart(9)}  endings`);
  for (const p of a.policies) {
    const readiness = p.meanReadiness === null ? '–' : `${p.meanReadiness.toFixed(0)}%`;
    out.push(`${indent}  ${p.policy.padEnd(16)} ${pct(p.successRate).padStart(6)} ${readiness.padStart(9)}  ${p.endings.map((e) => `${e.kind} ${pct(e.share)}`).join(', ')}`);
  }
  out.push(`${indent}Skill gap (careful − careless): ${a.skillGap.toFixed(1)} points; luck: careful loses ${pct(a.luck.carefulLoses)}, careless wins ${pct(a.luck.carelessWins)}`);
  out.push(`${indent}Best option first in the file: ${a.bestFirst.first} of ${a.bestFirst.decisions} scored decisions (${pct(a.bestFirst.share)})`);
  const missed = missedTargets(a);
  out.push(`${indent}Policy targets: ${missed.length ? `MISSED — ${missed.map((m) => m.message).join('; ')}` : 'all met'}`);
  return out;
}
