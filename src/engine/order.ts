/**
 * The order choices are shown in: drawn from the game's seed and the scene's id, never the file's
 * order, so pressing the same number every time is no strategy. The same seed gives the same order on
 * reload, replay and for everyone sharing a seed in a workshop; it does not depend on the language.
 * Choices pinned "first" or "last" keep their place (in file order among themselves).
 */
import { fingerprint, type Choice, type SceneNode } from '../scenario';
import { nextRandom, seedState } from './rng';

const cache = new WeakMap<SceneNode, Map<number, readonly Choice[]>>();

/** The scene's choices in the order shown to a game with this seed. */
export function choiceOrder(node: SceneNode, nodeId: string, seed: number): readonly Choice[] {
  let bySeed = cache.get(node);
  if (!bySeed) {
    bySeed = new Map();
    cache.set(node, bySeed);
  }
  const key = seedState(seed);
  let order = bySeed.get(key);
  if (!order) {
    order = shuffled(node.choices, nodeId, key);
    if (bySeed.size > 64) bySeed.clear(); // analysis plays many seeds: keep the cache small
    bySeed.set(key, order);
  }
  return order;
}

function shuffled(choices: readonly Choice[], nodeId: string, seed: number): readonly Choice[] {
  const first = choices.filter((c) => c.pin === 'first');
  const last = choices.filter((c) => c.pin === 'last');
  const free = choices.filter((c) => c.pin === undefined);
  // One PRNG stream per (seed, scene): independent of the game's own draws, so chance is unchanged.
  let state = (seed ^ parseInt(fingerprint(nodeId), 16)) >>> 0;
  for (let i = free.length - 1; i > 0; i--) {
    const draw = nextRandom(state);
    state = draw.state;
    const j = Math.floor(draw.value * (i + 1));
    [free[i], free[j]] = [free[j] as Choice, free[i] as Choice];
  }
  return Object.freeze([...first, ...free, ...last]);
}
