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

/** Flags (and visited nodes) are packed 30 to a base-36 word. */
const BITS = 30;

/** Builds state keys. */
export class StateKeyer {
  readonly info: StaticInfo;
  private readonly nodeIndex: Map<string, number>;
  private readonly consequenceIds: string[];
  private readonly consequenceIndex: Map<string, number>;
  private readonly lists = new Map<string, LiveLists>();
  /** Live lists by node index when nothing is pending. */
  private readonly plain: (LiveLists | undefined)[] = [];

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
    // Most states have nothing pending: their live lists come from a per-node array, without a string key.
    const live = which === '' ? (this.plain[node] ??= this.live(st.node, '')) : this.live(st.node, which);
    let k = `${node}|${st.money}|${st.day}|${pending}|`;
    const { flags, vars, visited, scores } = live;
    for (let start = 0; start < flags.length; start += BITS) {
      let word = 0;
      const end = Math.min(flags.length, start + BITS);
      for (let i = start; i < end; i++) if (st.flags[flags[i] as string] === true) word |= 1 << (i - start);
      k += `${word.toString(36)}.`;
    }
    k += '|';
    for (const v of vars) k += `${st.vars[v] ?? 0},`;
    k += '|';
    for (let start = 0; start < visited.length; start += BITS) {
      let word = 0;
      const end = Math.min(visited.length, start + BITS);
      for (let i = start; i < end; i++) if (st.visited.includes(visited[i] as string)) word |= 1 << (i - start);
      k += `${word.toString(36)}.`;
    }
    k += '|';
    for (const d of scores) k += `${st.scores[d]},`;
    return k;
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
