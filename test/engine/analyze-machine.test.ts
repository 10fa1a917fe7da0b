/**
 * The explorer steps the game machine: from an explored state, the edges it records are exactly the events a
 * host stepping the machine's snapshots (`startSnapshot`, `step`) accepts there, leading to the same places
 * with the same odds. Each state is reached by replaying its route through the machine, one node at a time.
 */
import { describe, expect, it } from 'vitest';
import { chanceWeights, createGameMachine, startSnapshot, step, type GameEvent, type GameSnapshot } from '../../src/engine';
import { explore, type StateGraph } from '../../src/engine/analyze';
import type { Scenario } from '../../src/scenario';
import { shippedScenario } from '../content/helpers';
import { mini, scene, tiny } from '../support/scenarios';

const KIND_VALUE = ['playing', 'drawing', 'ended', 'playing', 'drawing'] as const; // scene, chance, ending, soft-lock, error

/** The host's event for an edge label: a held choice, or "@outcome" as a DRAW of that outcome here. */
function eventFor(s: Scenario, snap: GameSnapshot, label: string): GameEvent {
  if (!label.startsWith('@')) return { type: 'CHOOSE', choice: label, hold: true };
  const node = s.nodes[snap.context.node];
  return { type: 'DRAW', outcome: node?.type === 'chance' ? node.outcomes.findIndex((o) => o.id === label.slice(1)) : -1 };
}

/** Every event a host could send where the snapshot rests: each choice of its scene, each outcome of its chance node. */
function candidates(s: Scenario, snap: GameSnapshot): { label: string; event: GameEvent }[] {
  const node = s.nodes[snap.context.node];
  if (snap.value === 'playing' && node?.type === 'scene') return node.choices.map((c) => ({ label: c.id, event: { type: 'CHOOSE', choice: c.id, hold: true } }));
  if (snap.value === 'drawing' && node?.type === 'chance') return node.outcomes.map((o, i) => ({ label: `@${o.id}`, event: { type: 'DRAW', outcome: i } }));
  return [];
}

/** Replays the state's shortest route through the machine from the held start; checks where it rests. */
function reach(s: Scenario, g: StateGraph, id: number): GameSnapshot {
  const labels: string[] = [];
  for (let at = id; g.parent.get(at) >= 0; at = g.parent.get(at)) labels.unshift(g.labels.values[g.parentLabel.get(at)] as string);
  const machine = createGameMachine(s);
  let snap = startSnapshot(machine, { seed: 0, hold: true });
  for (const label of labels) {
    const next = step(machine, snap, eventFor(s, snap, label));
    expect(next, `the route to state ${id} takes "${label}"`).not.toBe(snap);
    snap = next;
  }
  return snap;
}

/** Checks every edge of the state against what the host's step gives, and that nothing the host accepts is missing. */
function agree(s: Scenario, g: StateGraph, id: number): number {
  const machine = createGameMachine(s);
  const snap = reach(s, g, id);
  const where = (x: GameSnapshot) => ({ node: x.context.node, money: x.context.money, day: x.context.day, value: x.value });
  expect(where(snap)).toEqual({ node: g.nodeIds[g.node.get(id)], money: g.money.get(id), day: g.day.get(id), value: KIND_VALUE[g.kind.get(id)] });
  const accepted: { label: string; to: GameSnapshot }[] = [];
  for (const { label, event } of candidates(s, snap)) {
    let to: GameSnapshot;
    try {
      to = step(machine, snap, event);
    } catch {
      expect(g.errors.some((e) => e.label === label), `"${label}" threw and the explorer reported it`).toBe(true);
      continue;
    }
    if (to !== snap) accepted.push({ label, to });
  }
  const edges: { label: string; to: unknown; prob: number }[] = [];
  for (let e = g.firstEdge.get(id); e < g.lastEdge.get(id); e++) {
    const to = g.edgeTo.get(e);
    edges.push({ label: g.labels.values[g.edgeLabel.get(e)] as string, to: { node: g.nodeIds[g.node.get(to)], money: g.money.get(to), day: g.day.get(to), value: KIND_VALUE[g.kind.get(to)] }, prob: g.edgeProb.get(e) });
  }
  const weights = snap.value === 'drawing' ? chanceWeights(s, snap.context) : [];
  const total = weights.reduce((a, w) => a + w, 0);
  const odds = (label: string) => {
    if (snap.value !== 'drawing') return 1 / accepted.length;
    const node = s.nodes[snap.context.node] as { outcomes: { id: string }[] };
    return (weights[node.outcomes.findIndex((o) => `@${o.id}` === label)] as number) / total;
  };
  expect(edges).toEqual(accepted.map((a) => ({ label: a.label, to: where(a.to), prob: odds(a.label) })));
  return edges.length;
}

/** How many states rest in each way (KIND: scene, chance, ending, soft-lock, error). */
function kinds(g: StateGraph): number[] {
  const n = [0, 0, 0, 0, 0];
  for (let id = 0; id < g.count; id++) (n[g.kind.get(id)] as number)++;
  return n;
}

/** Every state of a small graph, or an even spread of a large one's. */
function sample(g: StateGraph, most: number): number[] {
  const every = Math.max(1, Math.floor(g.count / most));
  const ids: number[] = [];
  for (let id = 0; id < g.count; id += every) ids.push(id);
  return ids;
}

describe('the explorer and a host stepping the machine', () => {
  it('agree on every edge of every state of the mini scenario', () => {
    const s = mini();
    const g = explore(s);
    let edges = 0;
    for (const id of sample(g, Infinity)) edges += agree(s, g, id);
    expect(edges).toBe(g.edgeTo.length);
    expect(kinds(g)[1]).toBeGreaterThan(0); // chance states were followed outcome by outcome
  });

  it('agree on a scenario that starts at a chance node, with a soft-lock, a refused choice and a weight changed by a flag', () => {
    const s = tiny({
      s0: { type: 'chance', outcomes: [{ id: 'calm', title: 'Calm', text: 'Calm.', weight: 3, next: 's1' }, { id: 'storm', title: 'Storm', text: 'Storm.', weight: 1, next: 's1', effects: [{ type: 'flag', flag: 'storm' }] }] },
      s1: scene([
        { id: 'insure', cost: { money: 10 }, effects: [{ type: 'flag', flag: 'insured' }], next: 'c' },
        { id: 'gamble', next: 'c' },
        { id: 'vip', requires: { type: 'flag', flag: 'storm' }, reason: 'Only in a storm.', next: 'win' },
      ]),
      c: { type: 'chance', outcomes: [
        { id: 'lost', title: 'Lost', text: 'Lost.', weight: 1, modifiers: [{ when: { type: 'flag', flag: 'insured' }, multiply: 0 }], next: 'stuck' },
        { id: 'safe', title: 'Safe', text: 'Safe.', weight: 1, next: 'win' },
      ] },
      stuck: scene([{ id: 'wait', requires: { type: 'flag', flag: 'never' }, reason: 'Never.', next: 'win' }]),
    });
    const g = explore(s);
    let edges = 0;
    for (const id of sample(g, Infinity)) edges += agree(s, g, id);
    expect(edges).toBe(g.edgeTo.length);
    expect(kinds(g)[3]).toBe(1); // the soft-lock
  });

  it('agree on an even spread of 300 states of the cashew scenario', () => {
    const s = shippedScenario('cashew');
    const g = explore(s);
    let edges = 0;
    for (const id of sample(g, 300)) edges += agree(s, g, id);
    expect(edges).toBeGreaterThan(300);
  });
});
