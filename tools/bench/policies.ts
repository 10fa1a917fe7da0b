/** The policy table of each scenario (figures, not tests): does knowledge win, or position, thrift or luck? */
import { policyAnalysis } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { formatPolicies } from '../lib/policy-table';

/** Prints the table of every scenario: 2,000 seeded games per policy, master seed 1 (the same figures as `analyze`). */
export function benchPolicies(list: readonly { name: string; s: Scenario }[], plays = 2000): void {
  console.log(`\nPolicies: ${plays.toLocaleString('en')} seeded games per policy and scenario (targets: careful ≥ 85 %, careless ≤ 5 %, first on screen within 5 points of random, random 10–35 %)`);
  for (const { name, s } of list) {
    const started = performance.now();
    const a = policyAnalysis(s, { n: plays, seed: 1 });
    console.log(`\n  ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(formatPolicies(a, '    ').join('\n'));
  }
}
