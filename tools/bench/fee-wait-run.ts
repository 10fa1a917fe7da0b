/** Child process of the fee-or-wait bench: analyses one loop size and prints its figures as one JSON line. */
import { analyze } from '../../src/engine';
import { feeOrWait, type LoopTiming } from './fee-wait';

const moneyStates = Number(process.argv[2]);
const maxStates = Number(process.argv[3] ?? 2_000_000);
const s = feeOrWait(moneyStates);
const startMb = process.memoryUsage().rss / 1e6;
const t0 = performance.now();
const a = analyze(s, { maxStates });
const ms = performance.now() - t0;
const peakMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
const out: LoopTiming = { moneyStates, states: a.states, transitions: a.transitions, complete: a.complete, ms, startMb, peakMb };
console.log(JSON.stringify(out));
