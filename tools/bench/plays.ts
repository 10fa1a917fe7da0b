/**
 * Seeded random playthroughs three ways — the public Game API (XState actor),
 * the pure rules, and the hand-written reducer — with the same choice policy,
 * so the three play identical games and can be timed side by side.
 */
import { applyChoice, createGame, nextRandom, rejectChoice, resolveChance, startState, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import * as reducer from './reducer';

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

/** One play through the pure rules (what the machine's action calls). */
export function playRules(s: Scenario, seed: number): PlayEnd {
  let st: GameState = resolveChance(s, startState(s, seed));
  const policy = { rng: policySeed(seed) };
  for (let guard = 0; st.status === 'playing' && guard < 10_000; guard++) {
    const node = s.nodes[st.node];
    if (node?.type !== 'scene') break;
    const cur = st;
    const open = node.choices.filter((c) => rejectChoice(s, cur, c.id) === undefined);
    if (open.length === 0) break;
    st = resolveChance(s, applyChoice(s, st, (open[pick(policy, open.length)] as { id: string }).id));
  }
  return end(st);
}

/** One play through the hand-written reducer. */
export function playReducer(s: Scenario, seed: number): PlayEnd {
  const st = reducer.start(s, seed);
  const policy = { rng: policySeed(seed) };
  for (let guard = 0; !st.ended && guard < 10_000; guard++) {
    const open = reducer.available(s, st);
    if (open.length === 0) break;
    reducer.choose(s, st, open[pick(policy, open.length)] as string);
  }
  return end(st);
}

export const PLAYERS = { game: playGame, rules: playRules, reducer: playReducer } as const;

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

/** How many of `n` seeds end identically (node, money, day) in all three players. */
export function agreement(s: Scenario, n: number): number {
  let same = 0;
  for (let seed = 0; seed < n; seed++) {
    const a = playGame(s, seed);
    const b = playRules(s, seed);
    const c = playReducer(s, seed);
    if (JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(b) === JSON.stringify(c)) same++;
  }
  return same;
}
