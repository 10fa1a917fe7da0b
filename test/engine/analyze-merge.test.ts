/**
 * Merging states must not change what play can do: the analysis of each
 * scenario here is compared with a brute-force walk over every path (no
 * merging at all) — the same endings with the same end states, path counts
 * and random-play odds, the same available choices and soft-locks.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applyChoice, applyOutcome, chanceWeights, rejectChoice, startState, type GameState } from '../../src/engine';
import { validateScenario, type Scenario } from '../../src/scenario';
import { generateScenario } from '../../tools/lib/generate';
import { asScenario, mini } from '../support/scenarios';

interface Brute {
  endings: Map<string, { ends: Set<string>; paths: number; probability: number }>;
  available: Set<string>;
  softLocks: Set<string>;
}

/** Walks every path from the start without merging anything. */
function brute(s: Scenario, limit = 300_000): Brute {
  const out: Brute = { endings: new Map(), available: new Set(), softLocks: new Set() };
  let paths = 0;
  const walk = (st: GameState, p: number) => {
    if (++paths > limit) throw new Error('too many paths for a brute-force walk');
    const node = s.nodes[st.node];
    if (st.status === 'ended') {
      const e = out.endings.get(st.node) ?? { ends: new Set<string>(), paths: 0, probability: 0 };
      e.ends.add(`${st.money}/${st.day}`);
      e.paths++;
      e.probability += p;
      out.endings.set(st.node, e);
    } else if (node?.type === 'chance') {
      const w = chanceWeights(s, st);
      const total = w.reduce((a, b) => a + b, 0);
      w.forEach((x, i) => { if (x > 0) walk(applyOutcome(s, st, i), (p * x) / total); });
    } else if (node?.type === 'scene') {
      const open = node.choices.filter((c) => rejectChoice(s, st, c.id) === undefined);
      if (open.length === 0) out.softLocks.add(st.node);
      for (const c of open) {
        out.available.add(`${st.node}/${c.id}`);
        walk(applyChoice(s, st, c.id), p / open.length);
      }
    }
  };
  walk(startState(s, 0), 1);
  return out;
}

function expectSameAsBrute(s: Scenario) {
  const b = brute(s);
  const a = analyze(s);
  expect(a.complete).toBe(true);
  expect(a.cyclic).toBe(false);
  expect(new Set(a.endings.map((e) => e.id))).toEqual(new Set(b.endings.keys()));
  for (const e of a.endings) {
    const x = b.endings.get(e.id)!;
    expect({ id: e.id, states: e.states, paths: e.paths }).toEqual({ id: e.id, states: x.ends.size, paths: x.paths });
    expect(e.probability).toBeCloseTo(x.probability, 10);
  }
  const reachedScenes = new Set([...b.available].map((k) => k.split('/')[0]));
  for (const sl of b.softLocks) reachedScenes.add(sl);
  const never = new Set(a.unavailableChoices.map((c) => `${c.node}/${c.id}`));
  for (const node of reachedScenes) {
    const n = s.nodes[node!];
    if (n?.type !== 'scene') continue;
    for (const c of n.choices) expect(never.has(`${node}/${c.id}`), `${node}/${c.id}`).toBe(!b.available.has(`${node}/${c.id}`));
  }
  expect(new Set(a.softLocks.map((l) => l.node))).toEqual(b.softLocks);
}

/** Consequences with conditions and redirects, visited and score conditions, clamped variables, rules. */
const rich = () =>
  asScenario({
    format: 1, id: 'rich', version: '1.0.0', lang: 'en', title: 'Rich', summary: 'Every state feature.',
    product: { name: 'Thing', hs: null }, origin: { name: 'A', fictional: true }, destination: { name: 'B', fictional: true },
    currency: 'USD', money: 150, deadline: 10, playMinutes: 1, difficulty: 'easy', objectives: ['o'], sources: [{ id: 'x', title: 'X' }],
    flags: ['wrong', 'unused', 'papers'], variables: { skill: { initial: 0, min: 0, max: 2 }, noise: { initial: 0 } },
    rules: { outOfMoney: { next: 'broke' }, pastDeadline: { next: 'late' } }, start: 's0',
    consequences: {
      hold: { on: 'arrival', when: { type: 'flag', flag: 'wrong' }, title: 'Hold', text: 'Held.', effects: [{ type: 'days', amount: 2 }, { type: 'money', amount: -20 }] },
      invoice: { afterDays: 1, title: 'Invoice', text: 'Pay.', effects: [{ type: 'money', amount: -30 }] },
      fine: { on: 'arrival', when: { type: 'flag', flag: 'papers', is: false }, title: 'Fine', text: 'Fined.', effects: [{ type: 'money', amount: -10 }] },
      audit: { on: 'arrival', when: { type: 'var', var: 'skill', op: '<', value: 1 }, title: 'Audit', text: 'Audit.', next: 'audited' },
    },
    nodes: {
      s0: { type: 'scene', text: 'Start.', choices: [
        { id: 'wrong', label: 'Wrong', effects: [{ type: 'flag', flag: 'wrong' }, { type: 'flag', flag: 'unused' }, { type: 'schedule', consequence: 'hold' }, { type: 'var', var: 'noise', op: 'add', value: 3 }], next: 's1' },
        { id: 'right', label: 'Right', scores: [{ dimension: 'classification', points: 2, feedback: 'Good.' }], effects: [{ type: 'schedule', consequence: 'audit' }], next: 's1' },
        { id: 'study', label: 'Study', cost: { days: 1 }, effects: [{ type: 'var', var: 'skill', op: 'add', value: 1 }, { type: 'schedule', consequence: 'invoice' }], next: 's0b' },
      ] },
      s0b: { type: 'scene', text: 'More?', choices: [
        { id: 'again', label: 'Again', effects: [{ type: 'var', var: 'skill', op: 'add', value: 5 }, { type: 'mode', mode: 'air' }], next: 's1' },
        { id: 'go', label: 'Go', effects: [{ type: 'cancel', consequence: 'invoice' }, { type: 'schedule', consequence: 'fine' }], next: 's1' },
        { id: 'file', label: 'File', effects: [{ type: 'cancel', consequence: 'invoice' }, { type: 'flag', flag: 'papers' }, { type: 'schedule', consequence: 'fine' }], next: 's1' },
      ] },
      s1: { type: 'chance', outcomes: [
        { id: 'ok', weight: 3, title: 'OK', text: 'OK.', next: 's2' },
        { id: 'delay', weight: 1, modifiers: [{ when: { type: 'var', var: 'skill', op: '>=', value: 2 }, multiply: 0.5 }, { when: { type: 'flag', flag: 'wrong' }, add: 1 }], title: 'Delay', text: 'Delay.', effects: [{ type: 'days', amount: 2 }], next: 's2' },
      ] },
      s2: { type: 'scene', milestone: 'arrival', text: 'Arrived.', choices: [
        { id: 'ship', label: 'Ship', cost: { money: 50 }, next: 'b1' },
        { id: 'rush', label: 'Rush', requires: { type: 'score', dimension: 'classification', op: '>=', value: 2 }, cost: { money: 80 }, next: 'win' },
        { id: 'detour', label: 'Detour', next: 's3' },
      ] },
      s3: { type: 'scene', text: 'Detour.', choices: [
        { id: 'back', label: 'Back', requires: { type: 'visited', node: 's0b' }, cost: { days: 3 }, next: 's2' },
        { id: 'pay', label: 'Pay', cost: { money: 140 }, next: 'b1' },
        { id: 'vip', label: 'VIP', requires: { type: 'all', of: [{ type: 'flag', flag: 'wrong', is: false }, { type: 'not', cond: { type: 'visited', node: 's0b' } }] }, next: 'win' },
      ] },
      audited: { type: 'scene', text: 'Audit.', choices: [
        { id: 'comply', label: 'Comply', cost: { days: 4 }, next: 's2' },
        { id: 'argue', label: 'Argue', requires: { type: 'money', op: '>', value: 1000 }, next: 'win' },
      ] },
      b1: { type: 'branch', cases: [{ when: { type: 'flag', flag: 'wrong' }, next: 'refused' }, { when: { type: 'money', op: '<', value: 30 }, next: 'thin' }], else: 'win' },
      win: { type: 'ending', kind: 'success', title: 'Won', text: 'Won.' },
      thin: { type: 'ending', kind: 'other', title: 'Thin', text: 'Thin.' },
      refused: { type: 'ending', kind: 'refused', title: 'Refused', text: 'Refused.' },
      broke: { type: 'ending', kind: 'over-budget', title: 'Broke', text: 'Broke.' },
      late: { type: 'ending', kind: 'late', title: 'Late', text: 'Late.' },
    },
  });

describe('merged analysis agrees with a brute-force walk of every path', () => {
  it('on the mini fixture and a variant with a soft-lock', () => {
    expectSameAsBrute(mini());
    expectSameAsBrute(mini((raw) => { raw.nodes.arrive.choices[0].requires = { type: 'flag', flag: 'aeo' }; }));
  });

  it('on a scenario using consequences, visited, score and variable conditions, and the global rules', () => {
    const s = rich();
    expectSameAsBrute(s);
    expect(analyze(s).endings.map((e) => e.id).sort()).toEqual(['broke', 'late', 'refused', 'thin', 'win']);
  });

  it('on small generated scenarios', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = validateScenario(generateScenario({ scenes: 6 + seed * 2, seed }));
      if (!r.ok) throw new Error('generated scenario is invalid');
      expectSameAsBrute(r.scenario);
    }
  });
});
