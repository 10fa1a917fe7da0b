/**
 * Seeded random playthroughs two ways with the same choice policy, so both play identical games and can be
 * timed side by side: the public Game API (each choice one pure step of the scenario's XState machine), and
 * the baseline, a minimal loop over the same rule functions the machine's guard and action call, without the machine.
 */
import { createGame, nextRandom, openingState, rejectChoice, takeChoice, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario';

/** Where a play ended. */
export interface PlayEnd { node: string; money: number; day: number }

/** The policy's own PRNG state for a play (separate from the game's chance draws). */
const policySeed = (seed: number) => (Math.imul(seed, 2654435761) ^ 0x5bd1e995) >>> 0;

/** Picks uniformly among `n` options, advancing the policy state. */
function pick(policy: { rng: number }, n: number): number {
  const d = nextRandom(policy.rng);
  policy.rng = d.state;
  return Math.floor(d.value * n);
}

const end = (st: { node: string; money: number; day: number }): PlayEnd => ({ node: st.node, money: st.money, day: st.day });

/** One play through the public Game API: createGame, then choose among the available choices. */
export function playGame(s: Scenario, seed: number): PlayEnd {
  const game = createGame(s, seed);
  const policy = { rng: policySeed(seed) };
  for (let guard = 0; game.state.status === 'playing' && guard < 10_000; guard++) {
    const st = game.state;
    const node = s.nodes[st.node];
    if (node?.type !== 'scene') break;
    const open = node.choices.filter((c) => rejectChoice(s, st, c.id) === undefined);
    if (open.length === 0) break;
    game.choose((open[pick(policy, open.length)] as { id: string }).id);
  }
  return end(game.state);
}

/** One play of the baseline: the rule functions alone (what the machine's guard and action call), no machine. */
export function playBaseline(s: Scenario, seed: number): PlayEnd {
  let st: GameState = openingState(s, seed);
  const policy = { rng: policySeed(seed) };
  for (let guard = 0; st.status === 'playing' && guard < 10_000; guard++) {
    const node = s.nodes[st.node];
    if (node?.type !== 'scene') break;
    const cur = st;
    const open = node.choices.filter((c) => rejectChoice(s, cur, c.id) === undefined);
    if (open.length === 0) break;
    st = takeChoice(s, st, (open[pick(policy, open.length)] as { id: string }).id);
  }
  return end(st);
}

export const PLAYERS = { game: playGame, baseline: playBaseline } as const;

/**
 * Plays seeds from `first` until at least `minMs` of CPU time have been used; returns plays per CPU-second
 * (process CPU time, so other programs on a shared machine do not count against it) and per wall-clock second.
 */
export function rate(play: (s: Scenario, seed: number) => PlayEnd, s: Scenario, minMs: number, first = 0): { cpu: number; wall: number } {
  let seed = first;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let used = 0;
  while (used < minMs) {
    for (let i = 0; i < 50; i++) play(s, seed++);
    const c = process.cpuUsage(cpu0);
    used = (c.user + c.system) / 1000;
  }
  const plays = seed - first;
  return { cpu: (plays / used) * 1000, wall: (plays / (performance.now() - t0)) * 1000 };
}

/** How many of `n` seeds end identically (node, money, day) in both players. */
export function agreement(s: Scenario, n: number): number {
  let same = 0;
  for (let seed = 0; seed < n; seed++) {
    if (JSON.stringify(playGame(s, seed)) === JSON.stringify(playBaseline(s, seed))) same++;
  }
  return same;
}
