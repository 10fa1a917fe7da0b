/**
 * The analysis report of a scenario: states, endings with their state and path
 * counts, whether success is reachable within budget and deadline, the
 * cheapest and fastest winning routes, what play never reaches, soft-locks,
 * content errors, the uniform-random outcome distribution, and coverage.
 */
import type { EndingNode, Scenario } from '../../scenario';
import { explore, KIND, type ExploreOptions, type StateGraph } from './explore';
import { routeTo, type Route } from './routes';
import { flow } from './summarize';

export type { Route } from './routes';
export type { ExploreOptions, ExploreProgress } from './explore';

/** One ending as reached by play. */
export interface EndingReach {
  readonly id: string;
  readonly kind: EndingNode['kind'];
  readonly title: string;
  /** Distinct end states (money, day) at this ending. */
  readonly states: number;
  /** Distinct logs leading here; null when the state graph has a cycle or the analysis is incomplete. */
  readonly paths: number | null;
  /** Probability under uniformly random choices; null when not computed. */
  readonly probability: number | null;
  /** The shortest route here. */
  readonly example: Route;
}

export interface Coverage {
  readonly reached: number;
  readonly total: number;
}

export interface Analysis {
  readonly scenario: string;
  /** False when the state cap stopped the exploration: absences are then not proven. */
  readonly complete: boolean;
  readonly states: number;
  readonly transitions: number;
  /** The state graph has a cycle (a way to come back to an identical state); false when not known (incomplete). */
  readonly cyclic: boolean;
  readonly endings: readonly EndingReach[];
  readonly kinds: readonly { readonly kind: EndingNode['kind']; readonly states: number; readonly paths: number | null; readonly probability: number | null }[];
  readonly success: { readonly reachable: boolean; readonly cheapest: Route | null; readonly fastest: Route | null; readonly probability: number | null };
  readonly unreachedEndings: readonly string[];
  /** Scenes and chance nodes no play rests at; `linked` when the node graph does link them from the start. */
  readonly unreachedNodes: readonly { readonly id: string; readonly type: 'scene' | 'chance'; readonly linked: boolean }[];
  /** Choices of reached scenes never available; the route shows their scene. */
  readonly unavailableChoices: readonly { readonly node: string; readonly index: number; readonly id: string; readonly route: Route }[];
  readonly softLocks: readonly { readonly node: string; readonly states: number; readonly route: Route }[];
  /** Content errors, one per node and message; `count`: how many steps met it. */
  readonly errors: readonly { readonly node: string; readonly message: string; readonly count: number; readonly route: Route | null }[];
  /** Probability of getting stuck in a soft-lock or error under uniformly random choices. */
  readonly stuckProbability: number | null;
  /** Nodes: scenes, chance nodes and endings some state rests at (branches are passed through, so not counted); choices available somewhere; outcomes drawn with positive weight somewhere. */
  readonly coverage: { readonly nodes: Coverage; readonly choices: Coverage; readonly outcomes: Coverage };
  /** The nodes holding most states, with how many money amounts and days they see: what makes the state space big. */
  readonly hotspots: readonly Hotspot[];
}

export interface Hotspot {
  readonly node: string;
  readonly states: number;
  readonly moneyAmounts: number;
  readonly days: number;
}

/** Explores a scenario exhaustively and reports what play can and cannot reach. */
export function analyze(s: Scenario, opts: ExploreOptions = {}): Analysis {
  return summarize(explore(s, opts));
}

/** Builds the report from an explored state graph. */
export function summarize(g: StateGraph): Analysis {
  const s = g.scenario;
  // Path counts and odds need every state: on a cut-off graph they would be silently low.
  const f = g.complete ? flow(g) : null;
  const endings = new Map<string, { states: number; paths: number; probability: number; first: number }>();
  const softLocks = new Map<string, { states: number; first: number }>();
  let cheapest = -1;
  let fastest = -1;
  let successProbability = 0;
  let stuckProbability = 0;
  for (let id = 0; id < g.count; id++) {
    const kind = g.kind.get(id);
    const node = g.nodeIds[g.node.get(id)] as string;
    const mass = f?.mass[id] ?? 0;
    if (kind === KIND.softLock || kind === KIND.error) stuckProbability += mass;
    if (kind === KIND.softLock) bump(softLocks, node, id);
    if (kind !== KIND.ending) continue;
    const e = endings.get(node) ?? { states: 0, paths: 0, probability: 0, first: id };
    endings.set(node, { ...e, states: e.states + 1, paths: e.paths + (f?.paths[id] ?? 0), probability: e.probability + mass });
    if (!isWin(s, g, id)) continue;
    successProbability += mass;
    if (cheapest < 0 || better(g.money.get(id), -g.day.get(id), g.money.get(cheapest), -g.day.get(cheapest))) cheapest = id;
    if (fastest < 0 || better(-g.day.get(id), g.money.get(id), -g.day.get(fastest), g.money.get(fastest))) fastest = id;
  }
  const reached: EndingReach[] = [...endings].map(([id, e]) => {
    const n = s.nodes[id] as EndingNode;
    return { id, kind: n.kind, title: n.title, states: e.states, paths: f ? e.paths : null, probability: f ? e.probability : null, example: routeTo(g, e.first) };
  });
  const kinds = [...new Set(reached.map((e) => e.kind))].map((kind) => {
    const of = reached.filter((e) => e.kind === kind);
    const sum = (pick: (e: EndingReach) => number | null) => (f ? of.reduce((a, e) => a + (pick(e) ?? 0), 0) : null);
    return { kind, states: of.reduce((a, e) => a + e.states, 0), paths: sum((e) => e.paths), probability: sum((e) => e.probability) };
  });
  return {
    scenario: s.id,
    complete: g.complete,
    states: g.count,
    transitions: g.edgeTo.length,
    cyclic: g.complete && f === null,
    endings: reached,
    kinds,
    success: {
      reachable: cheapest >= 0,
      cheapest: cheapest >= 0 ? routeTo(g, cheapest) : null,
      fastest: fastest >= 0 ? routeTo(g, fastest) : null,
      probability: f ? successProbability : null,
    },
    ...absences(g),
    softLocks: [...softLocks].map(([node, x]) => ({ node, states: x.states, route: routeTo(g, x.first) })),
    errors: g.errors.map((e) => ({ node: e.node, message: e.message, count: e.count, route: e.from < 0 ? null : extend(routeTo(g, e.from), e.label) })),
    stuckProbability: f ? stuckProbability : null,
    coverage: coverage(g),
    hotspots: hotspots(g, 3),
  };
}

/** The `top` nodes with the most states. */
function hotspots(g: StateGraph, top: number): Hotspot[] {
  const perNode = new Int32Array(g.nodeIds.length);
  for (let id = 0; id < g.count; id++) if (g.kind.get(id) !== KIND.ending) perNode[g.node.get(id)]! += 1;
  const nodes = [...perNode.keys()].filter((n) => (perNode[n] as number) > 0).sort((a, b) => (perNode[b] as number) - (perNode[a] as number)).slice(0, top);
  const money = nodes.map(() => new Set<number>());
  const days = nodes.map(() => new Set<number>());
  for (let id = 0; id < g.count; id++) {
    const at = nodes.indexOf(g.node.get(id));
    if (at < 0 || g.kind.get(id) === KIND.ending) continue;
    money[at]!.add(g.money.get(id));
    days[at]!.add(g.day.get(id));
  }
  return nodes.map((n, i) => ({ node: g.nodeIds[n] as string, states: perNode[n] as number, moneyAmounts: money[i]!.size, days: days[i]!.size }));
}

/** A success ending reached with money ≥ 0 and within the deadline. */
function isWin(s: Scenario, g: StateGraph, id: number): boolean {
  const n = s.nodes[g.nodeIds[g.node.get(id)] as string];
  return n?.type === 'ending' && n.kind === 'success' && g.money.get(id) >= 0 && g.day.get(id) <= s.deadline;
}

const better = (a1: number, a2: number, b1: number, b2: number) => a1 > b1 || (a1 === b1 && a2 > b2);

function bump(m: Map<string, { states: number; first: number }>, node: string, id: number): void {
  const x = m.get(node);
  m.set(node, x ? { states: x.states + 1, first: x.first } : { states: 1, first: id });
}

function extend(r: Route, label: string | null): Route {
  return label === null ? r : { ...r, log: [...r.log, label] };
}

function absences(g: StateGraph): Pick<Analysis, 'unreachedEndings' | 'unreachedNodes' | 'unavailableChoices'> {
  const s = g.scenario;
  const unreachedEndings: string[] = [];
  const unreachedNodes: { id: string; type: 'scene' | 'chance'; linked: boolean }[] = [];
  const unavailableChoices: { node: string; index: number; id: string; route: Route }[] = [];
  for (const [id, n] of Object.entries(s.nodes)) {
    const first = g.firstAt(id);
    if (n.type === 'ending' && first === undefined) unreachedEndings.push(id);
    if ((n.type === 'scene' || n.type === 'chance') && first === undefined) unreachedNodes.push({ id, type: n.type, linked: g.keyer.info.linked.has(id) });
    if (n.type !== 'scene' || first === undefined) continue;
    n.choices.forEach((c, index) => {
      if (!g.choiceTaken(id, index)) unavailableChoices.push({ node: id, index, id: c.id, route: routeTo(g, first) });
    });
  }
  return { unreachedEndings, unreachedNodes, unavailableChoices };
}

function coverage(g: StateGraph): Analysis['coverage'] {
  const nodes = Object.values(g.scenario.nodes);
  return {
    nodes: { reached: g.counts.nodesReached, total: nodes.filter((n) => n.type !== 'branch').length },
    choices: { reached: g.counts.choicesTaken, total: nodes.reduce((a, n) => a + (n.type === 'scene' ? n.choices.length : 0), 0) },
    outcomes: { reached: g.counts.outcomesTaken, total: nodes.reduce((a, n) => a + (n.type === 'chance' ? n.outcomes.length : 0), 0) },
  };
}
