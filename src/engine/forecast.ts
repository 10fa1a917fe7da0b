/**
 * Plannable costs: what a choice certainly costs and what it may cost, worked out by the rules
 * themselves (the choice, its effects, and every automatic step up to the next decision, with each
 * possible chance outcome), so what a choice shows is what playing it does. Pending consequences of
 * earlier choices are not part of it: they are shown when they come back. And a lower bound on the
 * arrival day: the fewest days any route from a node to a success ending can take.
 */
import type { Scenario } from '../scenario';
import { applyChoice, applyOutcome, awaitingDraw, chanceWeights } from './rules';
import type { GameState } from './state';

/** A range: the certain part (min) and the most it may come to (max). */
export interface Span {
  readonly min: number;
  readonly max: number;
}

export interface ChoiceForecast {
  /** Money spent up to the next decision (negative: earned). */
  readonly money: Span;
  /** Days passed up to the next decision. */
  readonly days: Span;
  /** The earliest day a success ending can be reached after this choice, or null when none can. */
  readonly earliestArrival: number | null;
  /** Chance could go on and on (a chance loop, or more outcomes than are followed): the most it may cost is not known. */
  readonly open: boolean;
  /** When no success can follow: the game ends out of money, past the deadline, or at another ending. */
  readonly blockedBy: 'money' | 'time' | 'ending' | null;
}

/** Chance outcomes explored per choice before the forecast stops branching (the scenarios have a handful). */
const MAX_LEAVES = 512;
/** Chance nodes followed in a row before the forecast calls the rest open. */
const MAX_DEPTH = 32;

/** What taking a choice in this state costs, certainly and at most, up to the next decision. */
export function choiceForecast(s: Scenario, st: GameState, choiceId: string): ChoiceForecast {
  const leaves: GameState[] = [];
  let open = false;
  const onPath: string[] = [];
  const walk = (x: GameState) => {
    if (!awaitingDraw(s, x)) {
      leaves.push(x);
      return;
    }
    // A chance node met again on the same path (a "retry until it passes" loop), too deep, or too many leaves.
    if (leaves.length >= MAX_LEAVES || onPath.length >= MAX_DEPTH || onPath.includes(x.node)) {
      open = true;
      return;
    }
    onPath.push(x.node);
    const weights = chanceWeights(s, x);
    weights.forEach((w, i) => { if (w > 0) walk(applyOutcome(s, x, i, false, weights, false)); });
    onPath.pop();
  };
  // Consequences of earlier choices are left unfired: they are not what this choice costs, and a forecast
  // must not give away a mistake before it comes back.
  walk(applyChoice(s, st, choiceId, false));
  if (leaves.length === 0) {
    const node = s.nodes[st.node];
    const c = node?.type === 'scene' ? node.choices.find((x) => x.id === choiceId) : undefined;
    const money = c?.cost?.money ?? 0, days = c?.cost?.days ?? 0;
    return { money: { min: money, max: money }, days: { min: days, max: days }, earliestArrival: null, open: true, blockedBy: null };
  }
  let spentMin = Infinity, spentMax = -Infinity, daysMin = Infinity, daysMax = -Infinity, arrival = Infinity;
  for (const leaf of leaves) {
    const spent = st.money - leaf.money;
    const days = leaf.day - st.day;
    spentMin = Math.min(spentMin, spent);
    spentMax = Math.max(spentMax, spent);
    daysMin = Math.min(daysMin, days);
    daysMax = Math.max(daysMax, days);
    arrival = Math.min(arrival, earliestArrival(s, leaf) ?? Infinity);
  }
  return {
    money: { min: spentMin, max: spentMax },
    days: { min: daysMin, max: daysMax },
    earliestArrival: Number.isFinite(arrival) ? arrival : null,
    open,
    blockedBy: Number.isFinite(arrival) ? null : blockedBy(s, leaves),
  };
}

/** Why none of the leaves can still succeed: most of them out of money, past the deadline, or at another ending. */
function blockedBy(s: Scenario, leaves: readonly GameState[]): 'money' | 'time' | 'ending' {
  let money = 0, time = 0;
  for (const leaf of leaves) {
    const node = s.nodes[leaf.node];
    const kind = node?.type === 'ending' ? node.kind : null;
    if (leaf.money < 0 || kind === 'over-budget') money++;
    else if (leaf.day > s.deadline || kind === 'late') time++;
  }
  const other = leaves.length - money - time;
  return money >= time && money >= other ? 'money' : time >= other ? 'time' : 'ending';
}

/** The earliest day a success ending can be reached from this state (optimistic: any choice, the fastest outcome), or null. */
export function earliestArrival(s: Scenario, st: GameState): number | null {
  const node = s.nodes[st.node];
  if (node?.type === 'ending') return node.kind === 'success' && st.status === 'ended' ? st.day : null;
  const rest = daysToSuccess(s).get(st.node);
  return rest === undefined ? null : st.day + rest;
}

const bounds = new WeakMap<Scenario, Map<string, number>>();

/**
 * Per node, the fewest days to a success ending over the story graph: choice costs and day effects,
 * chance outcomes that can ever happen, branches to any case. Conditions and later consequences are
 * ignored, so it never overstates: "no route from here arrives in time" is then certain.
 */
export function daysToSuccess(s: Scenario): Map<string, number> {
  const known = bounds.get(s);
  if (known) return known;
  const edges: { from: string; to: string; days: number }[] = [];
  const dayEffects = (effects: readonly { type: string; amount?: number }[] | undefined) =>
    Math.max(0, (effects ?? []).reduce((a, e) => a + (e.type === 'days' ? (e.amount ?? 0) : 0), 0));
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type === 'scene') for (const c of n.choices) edges.push({ from: id, to: c.next, days: (c.cost?.days ?? 0) + dayEffects(c.effects) });
    else if (n.type === 'chance') {
      for (const o of n.outcomes) {
        const possible = o.weight > 0 || (o.modifiers ?? []).some((m) => (m.add ?? 0) > 0);
        if (possible) edges.push({ from: id, to: o.next, days: dayEffects(o.effects) });
      }
    } else if (n.type === 'branch') {
      for (const c of n.cases) edges.push({ from: id, to: c.next, days: 0 });
      edges.push({ from: id, to: n.else, days: 0 });
    }
  }
  const dist = new Map<string, number>();
  for (const [id, n] of Object.entries(s.nodes)) if (n.type === 'ending' && n.kind === 'success') dist.set(id, 0);
  // Bellman-Ford over a small graph with non-negative weights: relax until nothing changes.
  for (let changed = true, round = 0; changed && round <= edges.length; round++) {
    changed = false;
    for (const e of edges) {
      const to = dist.get(e.to);
      if (to === undefined) continue;
      const via = to + e.days;
      if (via < (dist.get(e.from) ?? Infinity)) {
        dist.set(e.from, via);
        changed = true;
      }
    }
  }
  bounds.set(s, dist);
  return dist;
}
