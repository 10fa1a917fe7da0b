/**
 * The ledger: where the days and the money went, step by step, from the
 * game's trail (decisions, chance outcomes, consequences, rules), with the
 * running day and money after each step against the deadline and the budget.
 * Trail entries hold the day and money *before* their step, so a step's
 * deltas are the difference to the next entry (or to the final state).
 */
import { keys, type Scenario, type TextRef } from '../scenario';
import type { GameState, TrailEntry } from './state';

export interface LedgerRow {
  readonly kind: TrailEntry['kind'];
  /** The scene or chance node of a decision or an outcome; null for consequences and rules. */
  readonly node: string | null;
  /** The choice, outcome, consequence or rule id. */
  readonly id: string;
  /** The scene's title for a decision (null when the scene has none). */
  readonly scene: TextRef | null;
  /** What happened: the choice label, the outcome or consequence title; null for a rule. */
  readonly label: TextRef | null;
  /** Money gained by the step (negative: spent). */
  readonly money: number;
  /** Days the step took. */
  readonly days: number;
  readonly dayBefore: number;
  readonly dayAfter: number;
  readonly moneyAfter: number;
  /** The running day is past the deadline after this step. */
  readonly pastDeadline: boolean;
  /** The money is below zero after this step. */
  readonly overBudget: boolean;
}

export interface Ledger {
  readonly rows: readonly LedgerRow[];
  readonly budget: number;
  readonly deadline: number;
  readonly currency: string;
}

function labelOf(s: Scenario, t: TrailEntry): { scene: TextRef | null; label: TextRef | null } {
  if (t.kind === 'choice') {
    const n = s.nodes[t.node];
    const c = n?.type === 'scene' ? n.choices.find((x) => x.id === t.choice) : undefined;
    const scene = n?.type === 'scene' && n.title !== undefined ? { key: keys.node(t.node, 'title'), text: n.title } : null;
    return { scene, label: c ? { key: keys.choice(t.node, t.choice, 'label'), text: c.label } : null };
  }
  if (t.kind === 'outcome') {
    const n = s.nodes[t.node];
    const o = n?.type === 'chance' ? n.outcomes.find((x) => x.id === t.outcome) : undefined;
    return { scene: null, label: o ? { key: keys.outcome(t.node, t.outcome, 'title'), text: o.title } : null };
  }
  if (t.kind === 'consequence') {
    const c = s.consequences?.[t.id];
    return { scene: null, label: c ? { key: keys.consequence(t.id, 'title'), text: c.title } : null };
  }
  return { scene: null, label: null };
}

const idOf = (t: TrailEntry): string =>
  t.kind === 'choice' ? t.choice : t.kind === 'outcome' ? t.outcome : t.kind === 'consequence' ? t.id : t.rule;

/** The ledger of a state (normally an ended one). */
export function buildLedger(s: Scenario, st: GameState): Ledger {
  const rows = st.trail.map((t, i): LedgerRow => {
    const after = st.trail[i + 1] ?? st;
    return {
      kind: t.kind,
      node: t.kind === 'choice' || t.kind === 'outcome' ? t.node : null,
      id: idOf(t),
      ...labelOf(s, t),
      money: after.money - t.money,
      days: after.day - t.day,
      dayBefore: t.day,
      dayAfter: after.day,
      moneyAfter: after.money,
      pastDeadline: after.day > s.deadline,
      overBudget: after.money < 0,
    };
  });
  return { rows, budget: s.money, deadline: s.deadline, currency: s.currency };
}

/**
 * The steps that cost the most days ('days') or money ('money'), largest first,
 * at most `n`; steps that cost nothing are left out. Ties keep the play order.
 */
export function costliest(ledger: Ledger, by: 'days' | 'money', n = 3): LedgerRow[] {
  const cost = (r: LedgerRow) => (by === 'days' ? r.days : -r.money);
  return ledger.rows
    .map((row, i) => ({ row, i }))
    .filter((x) => cost(x.row) > 0)
    .sort((a, b) => cost(b.row) - cost(a.row) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.row);
}
