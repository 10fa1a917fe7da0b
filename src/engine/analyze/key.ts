/**
 * The canonical key of a game state for merging.
 *
 * A key holds: node, money, day, pending consequences (in order), and the
 * flags, variables, visited nodes and scores live at the node given what is
 * pending (see liveness.ts). Left out, because no future step reads them: the
 * PRNG (the explorer enumerates outcomes), log, trail, effects, the transport
 * mode, and dead flags, variables and scores.
 */
import type { Dimension, Scenario } from '../../scenario';
import type { GameState } from '../state';
import { staticInfo, type StaticInfo } from './liveness';

/** What is live for one node and set of pending consequences, as ordered lists. */
interface LiveLists {
  readonly flags: readonly string[];
  readonly vars: readonly string[];
  readonly visited: readonly string[];
  readonly scores: readonly Dimension[];
}

const BITS = 30;

/** Builds state keys. */
export class StateKeyer {
  readonly info: StaticInfo;
  private readonly nodeIndex: Map<string, number>;
  private readonly consequenceIds: string[];
  private readonly consequenceIndex: Map<string, number>;
  private readonly lists = new Map<string, LiveLists>();

  constructor(s: Scenario) {
    this.info = staticInfo(s);
    this.nodeIndex = new Map(Object.keys(s.nodes).map((id, i) => [id, i]));
    this.consequenceIds = Object.keys(s.consequences ?? {});
    this.consequenceIndex = new Map(this.consequenceIds.map((id, i) => [id, i]));
  }

  /** The merge key of a state. */
  key(st: GameState): string {
    const node = this.nodeIndex.get(st.node) ?? -1;
    if (st.status === 'ended') return `E|${node}|${st.money}|${st.day}`;
    let pending = '';
    let which = '';
    for (const p of st.pending) {
      const c = this.consequenceIndex.get(p.id);
      pending += `${c}:${p.due ?? ''},`;
      which += `${c},`;
    }
    const live = this.live(st.node, which);
    let vars = '';
    for (const v of live.vars) vars += `${st.vars[v] ?? 0},`;
    let scores = '';
    for (const d of live.scores) scores += `${st.scores[d]},`;
    return `${node}|${st.money}|${st.day}|${pending}|${bits(live.flags, (f) => st.flags[f] === true)}|${vars}|${bits(live.visited, (n) => st.visited.includes(n))}|${scores}`;
  }

  /** Live lists for a node and the indexes of the pending consequences ("3,5,"), cached. */
  private live(node: string, which: string): LiveLists {
    const cacheKey = `${node}|${which}`;
    let lists = this.lists.get(cacheKey);
    if (lists) return lists;
    const set = new Set(this.info.live.get(node));
    for (const c of which.split(',')) {
      if (!c) continue;
      for (const x of this.info.pendingReads.get(this.consequenceIds[Number(c)] as string) ?? []) set.add(x);
    }
    const pick = (prefix: string) => [...set].filter((x) => x.startsWith(prefix)).map((x) => x.slice(2)).sort();
    lists = { flags: pick('f:'), vars: pick('v:'), visited: pick('n:'), scores: pick('s:') as Dimension[] };
    this.lists.set(cacheKey, lists);
    return lists;
  }
}

/** Encodes which names hold as base-36 chunks of 30 bits. */
function bits(names: readonly string[], has: (name: string) => boolean): string {
  let out = '';
  for (let start = 0; start < names.length; start += BITS) {
    let word = 0;
    const end = Math.min(names.length, start + BITS);
    for (let i = start; i < end; i++) if (has(names[i] as string)) word |= 1 << (i - start);
    out += `${word.toString(36)}.`;
  }
  return out;
}
