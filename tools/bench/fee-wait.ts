/**
 * The fee-or-wait loop: a scene where goods wait at the port and the exporter may pay a storage fee (one
 * unit of money, back to the same scene), wait a day (back to the same scene) or ship. Every money amount
 * from the budget down to 0 is a state of its own, so the state space grows with the budget: the shape
 * that made the exhaustive analysis copy long choice logs per state (quadratic time, memory exhausted).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../src/scenario';

/** A valid scenario whose loop runs over `moneyStates` amounts of money (and two days). */
export function feeOrWait(moneyStates: number): Scenario {
  const r = validateScenario({
    format: 1, id: 'fee-or-wait', version: '1.0.0', lang: 'en', title: 'Fee or wait', summary: 'Goods held at the port: pay the storage fee or wait.',
    product: { name: 'Crates', hs: null }, origin: { name: 'Aland', fictional: true }, destination: { name: 'Borduria', fictional: true },
    currency: 'USD', money: Math.max(1, Math.floor(moneyStates) - 1), deadline: 1, playMinutes: 1, difficulty: 'easy', objectives: ['Ship the goods.'], sources: [{ id: 'x', title: 'X' }],
    rules: { outOfMoney: { next: 'broke' }, pastDeadline: { next: 'late' } }, start: 'port',
    nodes: {
      port: {
        type: 'scene', text: 'Your goods are held at the port.', choices: [
          { id: 'ship', label: 'Ship now', next: 'shipped' },
          { id: 'wait', label: 'Wait a day', cost: { days: 1 }, next: 'port' },
          { id: 'fee', label: 'Pay the storage fee', cost: { money: 1 }, next: 'port' },
        ],
      },
      shipped: { type: 'ending', kind: 'success', title: 'Shipped', text: 'The goods are on their way.' },
      broke: { type: 'ending', kind: 'over-budget', title: 'Out of money', text: 'The fees ate the budget.' },
      late: { type: 'ending', kind: 'late', title: 'Too late', text: 'The buyer cancelled.' },
    },
  });
  if (!r.ok) throw new Error(`fee-or-wait scenario is invalid: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.scenario;
}

export interface LoopTiming {
  readonly moneyStates: number;
  readonly states: number;
  readonly transitions: number;
  readonly complete: boolean;
  readonly ms: number;
  /** Resident memory of the fresh process before the analysis, and its peak (MB). */
  readonly startMb: number;
  readonly peakMb: number;
}

/** Analyses the loop in a fresh process (so its peak memory is the analysis's own) and returns the figures. */
export function timeFeeOrWait(moneyStates: number, maxStates: number): LoopTiming {
  const script = fileURLToPath(new URL('./fee-wait-run.ts', import.meta.url));
  const r = spawnSync(process.execPath, [...process.execArgv, script, String(moneyStates), String(maxStates)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fee-or-wait analysis at ${moneyStates} money states failed (${r.status ?? r.signal}): ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as LoopTiming;
}
