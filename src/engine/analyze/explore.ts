/**
 * Exhaustive exploration: every state reachable from the start, identical states merged by key, found by
 * stepping the scenario's game machine (machine.ts) one node at a time: CHOOSE with `hold` for every choice
 * of a scene (the machine's guard refuses those not available) and DRAW for every outcome of a chance node
 * with positive weight, so the explorer executes the same definition, guards and actions as every game.
 * States are expanded depth first; a state
 * waiting on the stack carries no history (its log, trail and effects are
 * dropped: the key ignores them and no rule reads them), so memory grows with
 * the number of states, not with the length of the routes to them. States and
 * edges live in typed columns (the edges of state i are firstEdge[i] ..
 * lastEdge[i]-1), and a breadth-first pass afterwards gives each state the
 * parent on its shortest route: a replayable log is rebuilt from these back
 * references only for the states a report names.
 */
import type { Scenario } from '../../scenario';
import { drawWeights, gameMachineOf, type GameEvent, type Resting } from '../machine';
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

/**
 * A content bug met while exploring: the step from `from` by `label` threw. Bugs with the same node and
 * message are one entry (the first met), with how many steps met it: a loop over money amounts can meet
 * the same bug in millions of states.
 */
export interface ExploreError {
  readonly from: number;
  readonly label: string | null;
  readonly node: string;
  readonly message: string;
  readonly count: number;
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
  readonly lastEdge: Column<Int32Array>;
  readonly edgeTo: Column<Int32Array>;
  readonly edgeLabel: Column<Int32Array>;
  readonly edgeProb: Column<Float64Array>;
  readonly labels: Interner;
  readonly nodeIds: readonly string[];
  readonly errors: readonly ExploreError[];
  /** True when the choice at this index of this scene was available in some reachable state. */
  choiceTaken(node: string, index: number): boolean;
  /** True when this outcome of this chance node had positive weight in some reachable state. */
  outcomeTaken(node: string, index: number): boolean;
  /** The first (shortest-route) state resting at a node, or undefined. */
  firstAt(node: string): number | undefined;
  readonly counts: { readonly nodesReached: number; readonly choicesTaken: number; readonly outcomesTaken: number };
}

/** The empty history of a waiting state. Not frozen (a frozen array slows every step's copy of it); steps copy before they write. */
const NONE: readonly never[] = [];

/**
 * Shares equal flag objects among the states waiting on the stack. A step that sets a flag gives its state a
 * flag object of its own; in a loop that sets flags, thousands of waiting states would each hold an equal copy.
 * The cache is bounded: past its size it starts afresh (sharing is an economy, never needed for correctness).
 */
class FlagSets {
  private readonly bySignature = new Map<string, Readonly<Record<string, boolean>>>();
  private readonly shared = new WeakSet<object>();

  intern(flags: Readonly<Record<string, boolean>>): Readonly<Record<string, boolean>> {
    if (this.shared.has(flags)) return flags;
    let sig = '';
    for (const k in flags) sig += `${flags[k] ? '+' : '-'}${k}\u0000`;
    const known = this.bySignature.get(sig);
    if (known) return known;
    if (this.bySignature.size >= 100_000) this.bySignature.clear();
    this.bySignature.set(sig, flags);
    this.shared.add(flags);
    return flags;
  }
}

/** Explores every reachable state of a scenario. */
export function explore(s: Scenario, opts: ExploreOptions = {}): StateGraph {
  const maxStates = opts.maxStates ?? 2_000_000;
  const every = Math.max(1, opts.progressEvery ?? 20_000);
  const keyer = new StateKeyer(s);
  const nodeIds = Object.keys(s.nodes);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const labels = new Interner();
  // Per node: where its choices/outcomes start in the flat "taken" arrays, and their interned labels.
  const base = new Int32Array(nodeIds.length);
  let slots = 0;
  const labelIds = nodeIds.map((id, i) => {
    const n = s.nodes[id];
    base[i] = slots;
    const ls = n?.type === 'scene' ? n.choices.map((c) => c.id) : n?.type === 'chance' ? n.outcomes.map((o) => `@${o.id}`) : [];
    slots += ls.length;
    return ls.map((l) => labels.id(l));
  });
  // Per node: the events that try each of its choices (an explorer's CHOOSE, held at chance nodes) or outcomes (DRAW).
  const events = nodeIds.map((id): GameEvent[] => {
    const n = s.nodes[id];
    if (n?.type === 'scene') return n.choices.map((c) => ({ type: 'CHOOSE', choice: c.id, hold: true }));
    if (n?.type === 'chance') return n.outcomes.map((_, i) => ({ type: 'DRAW', outcome: i }));
    return [];
  });
  const { stepper } = gameMachineOf(s);
  const taken = new Uint8Array(slots);
  const first = new Int32Array(nodeIds.length).fill(-1);
  const g = {
    node: int32s(), money: float64s(), day: int32s(), kind: uint8s(), parent: int32s(), parentLabel: int32s(),
    firstEdge: int32s(), lastEdge: int32s(), edgeTo: int32s(), edgeLabel: int32s(), edgeProb: float64s(),
  };
  const ids = new Map<string, number>();
  const flagSets = new FlagSets();
  /** Discovered states not yet expanded (ended states are never pushed), without their history; where the machine rests and their ids alongside. */
  const stack: GameState[] = [];
  const stackAt: string[] = [];
  const stackIds: number[] = [];
  const errors: { -readonly [K in keyof ExploreError]: ExploreError[K] }[] = [];
  const errorAt = new Map<string, number>();
  const addError = (e: Omit<ExploreError, 'count'>): void => {
    const k = `${e.node}\u0000${e.message}`;
    const at = errorAt.get(k);
    if (at === undefined) {
      errorAt.set(k, errors.length);
      errors.push({ ...e, count: 1 });
    } else (errors[at] as ExploreError & { count: number }).count++;
  };
  let complete = true;

  /** Records the step's target (new or known) and the edge; a new state past the cap is dropped. */
  const arrive = (r: Resting, from: number, label: number, prob: number): void => {
    const st = r.context;
    const key = keyer.key(st);
    let to = ids.get(key);
    if (to === undefined) {
      if (ids.size >= maxStates) { complete = false; return; }
      to = ids.size;
      ids.set(key, to);
      const node = nodeIndex.get(st.node) ?? -1;
      g.node.push(node);
      g.money.push(st.money);
      g.day.push(st.day);
      g.kind.push(r.value === 'ended' ? KIND.ending : r.value === 'drawing' ? KIND.chance : KIND.scene);
      g.parent.push(-1);
      g.parentLabel.push(-1);
      g.firstEdge.push(0);
      g.lastEdge.push(0);
      if (r.value !== 'ended') {
        stack.push({
          node: st.node, status: st.status, money: st.money, day: st.day, flags: flagSets.intern(st.flags), vars: st.vars, scores: st.scores,
          mode: st.mode, pending: st.pending, visited: st.visited, rng: st.rng, seed: st.seed, log: NONE, trail: NONE, effects: NONE,
        });
        stackAt.push(r.value);
        stackIds.push(to);
      }
    }
    if (from < 0) return;
    g.edgeTo.push(to);
    g.edgeLabel.push(label);
    g.edgeProb.push(prob);
  };
  const fail = (from: number, label: number | null, node: string, e: unknown) =>
    addError({ from, label: label === null ? null : (labels.values[label] as string), node: (e as { node?: string }).node ?? node, message: e instanceof Error ? e.message : String(e) });

  try {
    arrive(stepper.begin({ seed: 0, hold: true }), -1, -1, 1);
  } catch (e) {
    fail(-1, null, s.start, e);
  }
  // Where each choice of the scene being expanded led: a resting place, null (refused by the guard) or undefined (it threw `threw[i]`).
  const led: (Resting | null | undefined)[] = [];
  const threw: unknown[] = [];
  for (let expanded = 0; stack.length > 0; expanded++) {
    const at: Resting = { value: stackAt.pop() as string, context: stack.pop() as GameState };
    const st = at.context;
    const id = stackIds.pop() as number;
    g.firstEdge.set(id, g.edgeTo.length);
    if (expanded % every === 0 && expanded > 0) opts.onProgress?.({ states: ids.size, expanded, transitions: g.edgeTo.length });
    const ni = g.node.get(id);
    const ls = labelIds[ni] as number[];
    const tries = events[ni] as GameEvent[];
    if (at.value === 'playing') {
      let open = 0;
      for (let i = 0; i < tries.length; i++) {
        try {
          led[i] = stepper.move(at, tries[i] as GameEvent);
        } catch (e) {
          led[i] = undefined;
          threw[i] = e;
        }
        if (led[i] !== null) open++;
      }
      if (open === 0) g.kind.set(id, KIND.softLock);
      for (let i = 0; i < tries.length; i++) {
        const r = led[i];
        if (r === null) continue;
        taken[(base[ni] as number) + i] = 1;
        if (r === undefined) fail(id, ls[i] as number, st.node, threw[i]);
        else arrive(r, id, ls[i] as number, 1 / open);
      }
    } else if (at.value === 'drawing') {
      const weights = drawWeights(s, st);
      let total = 0;
      for (const w of weights) total += w;
      if (total <= 0) {
        g.kind.set(id, KIND.error);
        addError({ from: id, label: null, node: st.node, message: 'every outcome has weight 0 here' });
      }
      for (let i = 0; i < weights.length; i++) {
        const w = weights[i] as number;
        if (w <= 0) continue;
        taken[(base[ni] as number) + i] = 1;
        let next: Resting | null;
        try {
          next = stepper.move(at, tries[i] as GameEvent);
        } catch (e) {
          fail(id, ls[i] as number, st.node, e);
          continue;
        }
        if (next !== null) arrive(next, id, ls[i] as number, w / total);
      }
    }
    g.lastEdge.set(id, g.edgeTo.length);
  }
  shortestRoutes(g, ids.size, first);
  const slot = (node: string, index: number) => {
    const ni = nodeIndex.get(node);
    return ni === undefined || index < 0 || index >= (labelIds[ni] as number[]).length ? -1 : (base[ni] as number) + index;
  };
  const isTaken = (node: string, index: number) => { const at = slot(node, index); return at >= 0 && taken[at] === 1; };
  let choicesTaken = 0;
  let outcomesTaken = 0;
  nodeIds.forEach((id, ni) => {
    const type = s.nodes[id]?.type;
    for (let i = 0; i < (labelIds[ni] as number[]).length; i++) if (taken[(base[ni] as number) + i]) { if (type === 'scene') choicesTaken++; else outcomesTaken++; }
  });
  return {
    scenario: s, keyer, complete, count: ids.size, nodeIds, errors, labels, ...g,
    choiceTaken: isTaken,
    outcomeTaken: isTaken,
    firstAt: (node) => { const ni = nodeIndex.get(node); const f = ni === undefined ? -1 : (first[ni] as number); return f < 0 ? undefined : f; },
    counts: { nodesReached: first.filter((f) => f >= 0).length, choicesTaken, outcomesTaken },
  };
}

/** Breadth first from the start over the explored edges: each state's parent on a shortest route, and the first state at each node. */
function shortestRoutes(g: Pick<StateGraph, 'node' | 'parent' | 'parentLabel' | 'firstEdge' | 'lastEdge' | 'edgeTo' | 'edgeLabel'>, count: number, first: Int32Array): void {
  if (count === 0) return;
  const seen = new Uint8Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  for (let head = 0; head < tail; head++) {
    const id = queue[head] as number;
    const node = g.node.get(id);
    if (node >= 0 && first[node] === -1) first[node] = id;
    for (let e = g.firstEdge.get(id); e < g.lastEdge.get(id); e++) {
      const to = g.edgeTo.get(e);
      if (seen[to]) continue;
      seen[to] = 1;
      g.parent.set(to, id);
      g.parentLabel.set(to, g.edgeLabel.get(e));
      queue[tail++] = to;
    }
  }
}
