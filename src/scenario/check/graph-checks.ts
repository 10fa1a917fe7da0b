/** Graph checks: unreachable nodes, nodes with no way to an ending, cycles of branches. */
import type { Scenario } from '../schema';
import { error, type Finding } from './finding';
import type { ScenarioGraph } from './graph';

/** unreachable-node, dead-end, branch-cycle, no-ending. */
export function graphFindings(s: Scenario, g: ScenarioGraph): Finding[] {
  const out: Finding[] = [];
  const entries = Object.entries(s.nodes);
  const hasEnding = entries.some(([, n]) => n.type === 'ending');
  if (!hasEnding) {
    out.push(error('no-ending', ['nodes'], 'The scenario has no ending node, so no game can finish.', { at: 'key', hint: 'Add nodes with "type": "ending" (e.g. success, late, over-budget) and lead choices to them.' }));
  }
  for (const [id, n] of entries) {
    const p = ['nodes', id];
    if (!g.reachable.has(id)) {
      out.push(error('unreachable-node', p, `Node ${JSON.stringify(id)} can never be reached from "start" (${JSON.stringify(s.start)}).`, { at: 'key', hint: 'Lead a choice, outcome, branch case, rule or consequence to it, or delete it.' }));
    } else if (n.type !== 'ending' && hasEnding && !g.canEnd.has(id)) {
      out.push(error('dead-end', p, `No ending can be reached from node ${JSON.stringify(id)}: the player would be stuck.`, { at: 'key', hint: 'Lead at least one of its choices (or of the nodes after it) towards an ending.' }));
    }
  }
  for (const cycle of branchCycles(s)) {
    const first = cycle[0] as string;
    const names = cycle.length === 1 ? `Branch ${JSON.stringify(first)} leads to itself` : `Branches ${cycle.map((c) => JSON.stringify(c)).join(', ')} lead to each other in a cycle`;
    out.push(error('branch-cycle', ['nodes', first], `${names}: the game would loop without asking the player.`, { at: 'key', hint: 'Lead one of these branches to a scene, chance node or ending instead.' }));
  }
  return out;
}

/** Strongly connected groups of branch nodes linked only through branches (Tarjan, iterative). */
function branchCycles(s: Scenario): string[][] {
  const succ = new Map<string, string[]>();
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type !== 'branch') continue;
    const targets = [...n.cases.map((c) => c.next), n.else].filter((t) => Object.hasOwn(s.nodes, t) && s.nodes[t]?.type === 'branch');
    succ.set(id, [...new Set(targets)]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const root of succ.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1] as { id: string; i: number };
      const targets = succ.get(top.id) ?? [];
      if (top.i < targets.length) {
        const t = targets[top.i++] as string;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ id: t, i: 0 });
        } else if (onStack.has(t)) low.set(top.id, Math.min(low.get(top.id) ?? 0, index.get(t) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(top.id) ?? 0));
      if (low.get(top.id) !== index.get(top.id)) continue;
      const group: string[] = [];
      for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
        onStack.delete(x);
        group.push(x);
        if (x === top.id) break;
      }
      if (group.length > 1 || (succ.get(top.id) ?? []).includes(top.id)) cycles.push(group.reverse());
    }
  }
  return cycles;
}
