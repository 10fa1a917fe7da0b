/**
 * Turning explored states back into replayable logs: the choice ids (and
 * "@outcome" entries after a choice) that `replay(scenario, seed, log)` and
 * `Game.choose(id, forced)` accept.
 */
import { gameMachineOf } from '../machine';
import { outcomeIndex } from '../rules';
import type { StateGraph } from './explore';

/** A replayable way to reach a state. */
export interface Route {
  /** Choice ids, each followed by "@outcome" entries pinning the chance results on the way. */
  readonly log: readonly string[];
  /** The seed to replay with. Only matters when the start itself is a chance node; null if no seed was found for that. */
  readonly seed: number | null;
  readonly money: number;
  readonly day: number;
  /** The node the route ends at. */
  readonly node: string;
}

/** How many seeds to try when the game starts at a chance node. */
const SEED_SEARCH = 5000;

/** The labels on the shortest known path from the start to a state. */
export function pathLabels(g: StateGraph, id: number): string[] {
  const out: string[] = [];
  for (let at = id; at >= 0 && g.parent.get(at) >= 0; at = g.parent.get(at)) out.push(g.labels.values[g.parentLabel.get(at)] ?? '?');
  return out.reverse();
}

/** A replayable route to an explored state. */
export function routeTo(g: StateGraph, id: number): Route {
  const labels = pathLabels(g, id);
  let lead = 0;
  while (lead < labels.length && labels[lead]?.startsWith('@')) lead++;
  const base = { money: g.money.get(id), day: g.day.get(id), node: g.nodeIds[g.node.get(id)] ?? '?' };
  if (lead === 0) return { log: labels, seed: 1, ...base };
  return { log: labels.slice(lead), seed: seedFor(g, labels.slice(0, lead)), ...base };
}

/**
 * A seed whose own draws at the start give exactly these outcomes, or null: the machine held at the start
 * takes the outcomes (DRAW), and new games (which draw at once) are tried seed by seed until one matches.
 */
function seedFor(g: StateGraph, outcomes: readonly string[]): number | null {
  const s = g.scenario;
  const { stepper } = gameMachineOf(s);
  try {
    let at = stepper.begin({ seed: 0, hold: true });
    for (const o of outcomes) {
      const next = stepper.move(at, { type: 'DRAW', outcome: outcomeIndex(s, at.context, o.slice(1)) });
      if (next === null) return null;
      at = next;
    }
    const want = g.keyer.key(at.context);
    for (let seed = 1; seed <= SEED_SEARCH; seed++) {
      if (g.keyer.key(stepper.begin({ seed }).context) === want) return seed;
    }
  } catch {
    return null;
  }
  return null;
}
