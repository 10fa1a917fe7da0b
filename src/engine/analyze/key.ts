/**
 * The canonical key of a game state for merging: everything that can change
 * how the game continues — node, money, day, pending consequences, and the
 * flags, variables, visited nodes and scores the node's future can still read
 * (see liveness.ts). The PRNG, log, trail, effects, the transport mode and
 * unread values are left out: they never change which choices, outcomes,
 * endings, money or days can follow.
 */
import type { Scenario } from '../../scenario';
import type { GameState } from '../state';
import { staticInfo, type LiveSet, type StaticInfo } from './liveness';

const EMPTY: LiveSet = { flags: [], vars: [], visited: [], scores: [] };

/** Builds state keys and slims states for exploration. */
export class StateKeyer {
  readonly info: StaticInfo;
  private readonly keepVisited: boolean;

  constructor(s: Scenario) {
    this.info = staticInfo(s);
    this.keepVisited = this.info.visitedRefs.size > 0;
  }

  /** The merge key of a state. */
  key(st: GameState): string {
    if (st.status === 'ended') return `E|${st.node}|${st.money}|${st.day}`;
    const live = this.info.live.get(st.node) ?? EMPTY;
    let k = `${st.node}|${st.money}|${st.day}|`;
    for (const f of live.flags) k += st.flags[f] === true ? '1' : '0';
    for (const v of live.vars) k += `|${st.vars[v] ?? 0}`;
    k += '|';
    for (const p of st.pending) k += `${p.id}@${p.due ?? ''};`;
    for (const n of live.visited) k += st.visited.includes(n) ? '+' : '-';
    for (const d of live.scores) k += `|${st.scores[d]}`;
    return k;
  }

  /** The state without what exploration never reads (log, trail, effects, unreferenced visits), so steps stay cheap. */
  slim(st: GameState): GameState {
    const visited = this.keepVisited ? st.visited.filter((n) => this.info.visitedRefs.has(n)) : [];
    return { ...st, log: [], trail: [], effects: [], visited };
  }
}
