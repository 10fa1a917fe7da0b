/**
 * The scenario as a graph, ignoring conditions: which nodes the player can reach from start,
 * and from which nodes an ending can still be reached. Rules and consequence redirects count as
 * edges where they can fire (money can fall only where something costs money, and so on).
 */
import type { Consequence, Effect, Node, Scenario } from '../schema';
import type { ScenarioIndex } from './scenario-index';

/** Graph facts the checks report on. */
export interface ScenarioGraph {
  /** Successors of each node, including rule and consequence edges. */
  readonly next: ReadonlyMap<string, readonly string[]>;
  /** Nodes reachable from start. */
  readonly reachable: ReadonlySet<string>;
  /** Nodes from which some ending is reachable. */
  readonly canEnd: ReadonlySet<string>;
  /** Consequences scheduled somewhere reachable. */
  readonly scheduled: ReadonlySet<string>;
}

/** Builds the graph of a scenario whose references all resolve (dangling ones are skipped). */
export function buildGraph(s: Scenario, ix: ScenarioIndex): ScenarioGraph {
  const nodes = new Map(Object.entries(s.nodes));
  const consequences = new Map(Object.entries(s.consequences ?? {}));
  const schedulesBy = new Map<string, string[]>(); // "node:id" or "consequence:id" → consequences it schedules
  for (const u of ix.schedules) {
    const key = u.owner.kind === 'scenario' ? 'scenario' : `${u.owner.kind}:${u.owner.id}`;
    const list = schedulesBy.get(key);
    if (list) list.push(u.name);
    else schedulesBy.set(key, [u.name]);
  }
  const everScheduled = new Set(ix.schedules.map((u) => u.name).filter((c) => consequences.has(c)));
  const firesAt = (scene: Node, c: Consequence) => scene.type === 'scene' && ((c.on !== undefined && c.on === scene.milestone) || c.afterDays !== undefined);

  // Edges, with rule and consequence redirects where they can happen.
  const next = new Map<string, string[]>();
  for (const [id, n] of nodes) {
    const out = new Set(structural(n));
    let spends = spendsMoney(n);
    let passes = passesTime(n);
    if (n.type === 'scene') {
      for (const cid of everScheduled) {
        const c = consequences.get(cid);
        if (!c || !firesAt(n, c)) continue;
        if (c.next !== undefined) out.add(c.next);
        spends ||= effectsSpend(c.effects);
        passes ||= effectsPass(c.effects);
      }
    }
    if (spends) out.add(s.rules.outOfMoney.next);
    if (passes) out.add(s.rules.pastDeadline.next);
    next.set(id, [...out].filter((t) => nodes.has(t)));
  }

  // Forward reachability from start; a consequence counts as scheduled once a reached node schedules it,
  // and its redirect counts once it is scheduled and a scene where it can fire is reached.
  const reachable = new Set<string>();
  const scheduled = new Set<string>();
  const milestones = new Set<string>();
  let anyScene = false;
  let moneyFalls = false;
  let timePasses = false;
  const queue: string[] = [];
  const visit = (id: string) => {
    if (!nodes.has(id) || reachable.has(id)) return;
    reachable.add(id);
    queue.push(id);
  };
  const schedule = (key: string) => {
    for (const cid of schedulesBy.get(key) ?? []) {
      const c = consequences.get(cid);
      if (!c || scheduled.has(cid)) continue;
      scheduled.add(cid);
      moneyFalls ||= effectsSpend(c.effects);
      timePasses ||= effectsPass(c.effects);
      schedule(`consequence:${cid}`);
    }
  };
  visit(s.start);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const n = nodes.get(id);
    if (!n) continue;
    schedule(`node:${id}`);
    for (const t of structural(n)) visit(t);
    moneyFalls ||= spendsMoney(n);
    timePasses ||= passesTime(n);
    if (n.type === 'scene') {
      anyScene = true;
      if (n.milestone !== undefined) milestones.add(n.milestone);
    }
    if (moneyFalls) visit(s.rules.outOfMoney.next);
    if (timePasses) visit(s.rules.pastDeadline.next);
    for (const cid of scheduled) {
      const c = consequences.get(cid);
      if (c?.next !== undefined && ((c.on !== undefined && milestones.has(c.on)) || (c.afterDays !== undefined && anyScene))) visit(c.next);
    }
  }

  // Backward reachability from endings.
  const previous = new Map<string, string[]>();
  for (const [from, targets] of next) {
    for (const t of targets) {
      const list = previous.get(t);
      if (list) list.push(from);
      else previous.set(t, [from]);
    }
  }
  const canEnd = new Set<string>();
  const back = [...nodes].filter(([, n]) => n.type === 'ending').map(([id]) => id);
  for (const id of back) canEnd.add(id);
  while (back.length) {
    const id = back.pop() as string;
    for (const p of previous.get(id) ?? []) if (!canEnd.has(p)) { canEnd.add(p); back.push(p); }
  }
  return { next, reachable, canEnd, scheduled };
}

/** Node ids a node leads to by its own choices, outcomes or cases. */
export function structural(n: Node | undefined): string[] {
  if (!n) return [];
  if (n.type === 'scene') return n.choices.map((c) => c.next);
  if (n.type === 'chance') return n.outcomes.map((o) => o.next);
  if (n.type === 'branch') return [...n.cases.map((c) => c.next), n.else];
  return [];
}

function spendsMoney(n: Node): boolean {
  if (n.type === 'scene') return n.choices.some((c) => (c.cost?.money ?? 0) > 0 || effectsSpend(c.effects));
  if (n.type === 'chance') return n.outcomes.some((o) => effectsSpend(o.effects));
  return false;
}

function passesTime(n: Node): boolean {
  if (n.type === 'scene') return n.choices.some((c) => (c.cost?.days ?? 0) > 0 || effectsPass(c.effects));
  if (n.type === 'chance') return n.outcomes.some((o) => effectsPass(o.effects));
  return false;
}

const effectsSpend = (list: readonly Effect[] | undefined) => (list ?? []).some((e) => e.type === 'money' && e.amount < 0);
const effectsPass = (list: readonly Effect[] | undefined) => (list ?? []).some((e) => e.type === 'days' && e.amount > 0);
