/**
 * Exhaustive exploration: every state reachable from the start under the pure
 * rules, breadth first, identical states merged by key. Chance nodes branch
 * into every outcome with positive weight. States and edges live in typed
 * columns; the edges of state i are firstEdge[i] .. firstEdge[i+1]-1 (states
 * are expanded in id order), and parent pointers give each state's shortest log.
 */
import type { Scenario } from '../../scenario';
import { applyChoice, applyOutcome, chanceWeights, rejectChoice, startState } from '../rules';
import type { GameState } from '../state';
import { float64s, int32s, Interner, uint8s, type Column } from './columns';
import { StateKeyer } from './key';

/** How a state rests. */
export const KIND = { scene: 0, chance: 1, ending: 2, softLock: 3, error: 4 } as const;

export interface ExploreProgress {
  readonly states: number;
  readonly expanded: number;
  readonly transitions: number;
}

export interface ExploreOptions {
  /** Stop discovering states past this many (default 2,000,000); the result is then marked incomplete. */
  readonly maxStates?: number;
  /** Called every `progressEvery` expanded states (default 20,000). */
  readonly onProgress?: (p: ExploreProgress) => void;
  readonly progressEvery?: number;
}

/** A content bug met while exploring: the step from `from` by `label` threw. */
export interface ExploreError {
  readonly from: number;
  readonly label: string | null;
  readonly node: string;
  readonly message: string;
}

/** The explored state graph. */
export interface StateGraph {
  readonly scenario: Scenario;
  readonly keyer: StateKeyer;
  readonly complete: boolean;
  readonly count: number;
  readonly node: Column<Int32Array>;
  readonly money: Column<Float64Array>;
  readonly day: Column<Int32Array>;
  readonly kind: Column<Uint8Array>;
  readonly parent: Column<Int32Array>;
  readonly parentLabel: Column<Int32Array>;
  readonly firstEdge: Column<Int32Array>;
  readonly edgeTo: Column<Int32Array>;
  readonly edgeLabel: Column<Int32Array>;
  readonly edgeProb: Column<Float64Array>;
  readonly labels: Interner;
  readonly nodeIds: readonly string[];
  readonly errors: readonly ExploreError[];
  /** "node\tchoiceIndex" of every choice available in some reachable state. */
  readonly takeable: ReadonlySet<string>;
  /** "node\toutcomeIndex" of every outcome with positive weight in some reachable state. */
  readonly outcomes: ReadonlySet<string>;
  /** Scene/chance/ending node → the first state resting there. */
  readonly firstAt: ReadonlyMap<string, number>;
}

/** Explores every reachable state of a scenario. */
export function explore(s: Scenario, opts: ExploreOptions = {}): StateGraph {
  const maxStates = opts.maxStates ?? 2_000_000;
  const every = Math.max(1, opts.progressEvery ?? 20_000);
  const keyer = new StateKeyer(s);
  const nodeIds = Object.keys(s.nodes);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const g = {
    node: int32s(), money: float64s(), day: int32s(), kind: uint8s(), parent: int32s(), parentLabel: int32s(),
    firstEdge: int32s(), edgeTo: int32s(), edgeLabel: int32s(), edgeProb: float64s(), labels: new Interner(),
  };
  const ids = new Map<string, number>();
  const queue: (GameState | undefined)[] = [];
  const errors: ExploreError[] = [];
  const takeable = new Set<string>();
  const outcomes = new Set<string>();
  const firstAt = new Map<string, number>();
  let complete = true;

  const add = (st: GameState, parent: number, label: number): number => {
    const key = keyer.key(st);
    const known = ids.get(key);
    if (known !== undefined) return known;
    if (ids.size >= maxStates) { complete = false; return -1; }
    const id = ids.size;
    ids.set(key, id);
    g.node.push(nodeIndex.get(st.node) ?? -1);
    g.money.push(st.money);
    g.day.push(st.day);
    g.kind.push(st.status === 'ended' ? KIND.ending : s.nodes[st.node]?.type === 'chance' ? KIND.chance : KIND.scene);
    g.parent.push(parent);
    g.parentLabel.push(label);
    queue.push(st.status === 'ended' ? undefined : keyer.slim(st));
    if (!firstAt.has(st.node)) firstAt.set(st.node, id);
    return id;
  };
  const edge = (from: number, next: () => GameState, label: string, prob: number, node: string) => {
    const l = g.labels.id(label);
    let st: GameState;
    try {
      st = next();
    } catch (e) {
      errors.push({ from, label, node: (e as { node?: string }).node ?? node, message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const to = add(st, from, l);
    if (to < 0) return;
    g.edgeTo.push(to);
    g.edgeLabel.push(l);
    g.edgeProb.push(prob);
  };

  try {
    add(startState(s, 0), -1, -1);
  } catch (e) {
    errors.push({ from: -1, label: null, node: s.start, message: e instanceof Error ? e.message : String(e) });
  }
  for (let id = 0; id < queue.length; id++) {
    g.firstEdge.push(g.edgeTo.length);
    const st = queue[id];
    queue[id] = undefined;
    if (id % every === 0 && id > 0) opts.onProgress?.({ states: ids.size, expanded: id, transitions: g.edgeTo.length });
    if (!st) continue;
    const node = s.nodes[st.node];
    if (node?.type === 'scene') {
      const open = node.choices.filter((c) => rejectChoice(s, st, c.id) === undefined);
      if (open.length === 0) g.kind.set(id, KIND.softLock);
      node.choices.forEach((c, i) => { if (open.includes(c)) takeable.add(`${st.node}\t${i}`); });
      for (const c of open) edge(id, () => applyChoice(s, st, c.id), c.id, 1 / open.length, st.node);
    } else if (node?.type === 'chance') {
      const weights = chanceWeights(s, st);
      const total = weights.reduce((a, b) => a + b, 0);
      if (total <= 0) {
        g.kind.set(id, KIND.error);
        errors.push({ from: id, label: null, node: st.node, message: 'every outcome has weight 0 here' });
      }
      node.outcomes.forEach((o, i) => {
        const w = weights[i] ?? 0;
        if (w <= 0) return;
        outcomes.add(`${st.node}\t${i}`);
        edge(id, () => applyOutcome(s, st, i), `@${o.id}`, w / total, st.node);
      });
    }
  }
  g.firstEdge.push(g.edgeTo.length);
  return { scenario: s, keyer, complete, count: ids.size, nodeIds, errors, takeable, outcomes, firstAt, ...g };
}
