/**
 * The export-readiness report: outcome, money and days against budget and
 * deadline, a score per readiness dimension, every mistake with its feedback,
 * and what to learn next. Derived only from the scenario and the state.
 */
import { DIMENSIONS, keys, type Dimension, type EndingNode, type Scenario, type Score, type TextRef } from '../scenario';
import { buildLedger, costliest, type Ledger, type LedgerRow } from './ledger';
import type { GameState } from './state';
import { pickText } from './variants';

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
}

export interface ScoredItem {
  readonly dimension: Dimension;
  readonly points: number;
  readonly feedback: TextRef;
  readonly source: SourceRef | null;
  /** Where it came from: a choice, a chance outcome or a later consequence. */
  readonly from: { readonly kind: 'choice' | 'outcome' | 'consequence'; readonly node: string | null; readonly id: string; readonly day: number };
  /** What was judged: the choice label, the outcome or consequence title (null if the scenario lacks it). */
  readonly label: TextRef | null;
}

/**
 * What cost a failed game: the steps that took the most days (when late), the biggest spends
 * (when over budget), and the step that led to the ending.
 */
export interface Setback {
  readonly days: readonly LedgerRow[];
  readonly money: readonly LedgerRow[];
  /** The last step before the ending (a rule is skipped for the step that triggered it). */
  readonly decisive: LedgerRow | null;
}

export interface DimensionScore {
  /**
   * Points earned: outcomes and consequences count in full; the choices made at one scene
   * count together, at most that scene's best (a scene visited again, e.g. after "check
   * first", is one decision: checking first never lowers the score, a mistake still does).
   */
  readonly earned: number;
  /** The best points available at the scenes this player decided at, each scene once. */
  readonly possible: number;
  /** earned / possible as 0–100, or null when no decision touched the dimension. */
  readonly percent: number | null;
}

export interface Report {
  readonly finished: boolean;
  readonly ending: { readonly node: string; readonly kind: EndingNode['kind']; readonly title: TextRef; readonly text: TextRef } | null;
  readonly success: boolean;
  readonly money: { readonly start: number; readonly end: number; readonly spent: number; readonly currency: string };
  readonly days: { readonly used: number; readonly deadline: number };
  readonly onTime: boolean;
  readonly withinBudget: boolean;
  readonly decisions: number;
  readonly dimensions: Readonly<Record<Dimension, DimensionScore>>;
  /** Overall readiness 0–100: the mean of the dimensions that were touched. */
  readonly overall: number | null;
  readonly mistakes: readonly ScoredItem[];
  readonly strengths: readonly ScoredItem[];
  /** Verdicts with 0 points: teaching without a gain or a loss. */
  readonly notes: readonly ScoredItem[];
  /** Where the days and the money went, step by step. */
  readonly ledger: Ledger;
  /** For a finished game that failed: what cost it; null otherwise. */
  readonly setback: Setback | null;
  readonly learnNext: readonly { readonly dimension: Dimension; readonly text: TextRef | null; readonly source: SourceRef | null }[];
  readonly sources: readonly SourceRef[];
}

/** Builds the report for a state (normally an ended one). */
export function buildReport(s: Scenario, st: GameState): Report {
  const sourceRef = (id: string | undefined): SourceRef | null => {
    const src = id ? s.sources.find((x) => x.id === id) : undefined;
    return src ? { id: src.id, title: src.title, url: src.url ?? null } : null;
  };
  const zero = () => Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const earned = zero();
  const possible = zero();
  /** Per scene: its best points (once) and the points of every choice made there. */
  const scenes = new Map<string, { best: Record<Dimension, number>; gained: Record<Dimension, number>; lost: Record<Dimension, number> }>();
  const items: ScoredItem[] = [];
  const toEarned = (dim: Dimension, points: number) => { earned[dim] += points; };
  const collect = (scores: readonly Score[] | undefined, key: (dim: string) => string, from: ScoredItem['from'], label: TextRef | null, add = toEarned) => {
    for (const sc of scores ?? []) {
      add(sc.dimension, sc.points);
      items.push({ dimension: sc.dimension, points: sc.points, feedback: { key: key(sc.dimension), text: sc.feedback }, source: sourceRef(sc.source), from, label });
    }
  };
  let decisions = 0;
  for (const t of st.trail) {
    if (t.kind === 'choice') {
      const n = s.nodes[t.node];
      if (n?.type !== 'scene') continue;
      decisions++;
      let scene = scenes.get(t.node);
      if (!scene) {
        const best = zero();
        for (const dim of DIMENSIONS) best[dim] = Math.max(0, ...n.choices.map((c) => c.scores?.filter((x) => x.dimension === dim).reduce((a, x) => a + x.points, 0) ?? 0));
        scene = { best, gained: zero(), lost: zero() };
        scenes.set(t.node, scene);
      }
      const c = n.choices.find((x) => x.id === t.choice);
      const at = scene;
      collect(c?.scores, (dim) => keys.choiceFeedback(t.node, t.choice, dim), { kind: 'choice', node: t.node, id: t.choice, day: t.day },
        c ? { key: keys.choice(t.node, t.choice, 'label'), text: c.label } : null,
        (dim, points) => { if (points >= 0) at.gained[dim] += points; else at.lost[dim] += points; });
    } else if (t.kind === 'outcome') {
      const n = s.nodes[t.node];
      const o = n?.type === 'chance' ? n.outcomes.find((x) => x.id === t.outcome) : undefined;
      collect(o?.scores, (dim) => keys.outcomeFeedback(t.node, t.outcome, dim), { kind: 'outcome', node: t.node, id: t.outcome, day: t.day },
        o ? { key: keys.outcome(t.node, t.outcome, 'title'), text: o.title } : null);
    } else if (t.kind === 'consequence') {
      const c = s.consequences?.[t.id];
      collect(c?.scores, (dim) => keys.consequenceFeedback(t.id, dim), { kind: 'consequence', node: null, id: t.id, day: t.day },
        c ? { key: keys.consequence(t.id, 'title'), text: c.title } : null);
    }
  }
  // A scene counts its best once, however often it was visited: what was gained there is capped at that
  // best (checking first, then choosing well, is not scored above choosing well), and every mistake made
  // there still counts (good, bad, good again is not a clean record).
  for (const { best, gained, lost } of scenes.values()) {
    for (const dim of DIMENSIONS) {
      possible[dim] += best[dim];
      earned[dim] += Math.min(gained[dim], best[dim]) + lost[dim];
    }
  }
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const p = possible[d];
      const percent = p > 0 ? Math.round(Math.min(100, Math.max(0, (earned[d] / p) * 100))) : null;
      return [d, { earned: earned[d], possible: p, percent }];
    }),
  ) as Record<Dimension, DimensionScore>;
  const touched = DIMENSIONS.map((d) => dimensions[d].percent).filter((x): x is number => x !== null);
  const node = s.nodes[st.node];
  const ending = node?.type === 'ending' && st.status === 'ended'
    ? { node: st.node, kind: node.kind, title: { key: keys.node(st.node, 'title'), text: node.title }, text: pickText({ key: keys.node(st.node, 'text'), text: node.text }, node.textVariants, (v) => keys.nodeVariant(st.node, v), st) }
    : null;
  const mistakes = items.filter((i) => i.points < 0);
  const ledger = buildLedger(s, st);
  const onTime = st.day <= s.deadline;
  const withinBudget = st.money >= 0;
  const failed = st.status === 'ended' && ending?.kind !== 'success';
  const weak = DIMENSIONS
    .filter((d) => mistakes.some((m) => m.dimension === d) || (dimensions[d].percent ?? 100) < 70)
    .sort((a, b) => (dimensions[a].percent ?? 100) - (dimensions[b].percent ?? 100));
  return {
    finished: st.status === 'ended',
    ending,
    success: ending?.kind === 'success',
    money: { start: s.money, end: st.money, spent: s.money - st.money, currency: s.currency },
    days: { used: st.day, deadline: s.deadline },
    onTime,
    withinBudget,
    decisions,
    dimensions,
    overall: touched.length ? Math.round(touched.reduce((a, b) => a + b, 0) / touched.length) : null,
    mistakes,
    strengths: items.filter((i) => i.points > 0),
    notes: items.filter((i) => i.points === 0),
    ledger,
    setback: failed ? {
      days: !onTime || ending?.kind === 'late' ? costliest(ledger, 'days') : [],
      money: !withinBudget || ending?.kind === 'over-budget' ? costliest(ledger, 'money') : [],
      decisive: [...ledger.rows].reverse().find((r) => r.kind !== 'rule') ?? null,
    } : null,
    learnNext: weak.map((d) => {
      const lm = s.learnMore?.[d];
      return { dimension: d, text: lm ? { key: keys.learnMore(d), text: lm.text } : null, source: sourceRef(lm?.source) };
    }),
    sources: s.sources.map((x) => ({ id: x.id, title: x.title, url: x.url ?? null })),
  };
}
