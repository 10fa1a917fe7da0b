/**
 * buildDebrief: the room's debrief from its games (or from choice logs,
 * replayed here with the engine). Pure: the same inputs give the same
 * debrief on the workshop server and in the offline debrief page.
 */
import { buildReport, replay, type FeedbackMode, type Game, type GameState, type Report } from '../../engine';
import { DIMENSIONS, ENDING_KINDS, keys, type EndingNode, type Scenario, type TextRef } from '../../scenario';
import type { DecisionTally, Debrief, EndingTally, MistakeTally } from './model';
import { pathMap } from './paths';
import { average, bump, distribution } from './stats';

/** A played game, or a seed and choice log to replay. */
export type DebriefPlay = Game | { readonly seed: number; readonly log: readonly string[] };

const isGame = (p: DebriefPlay): p is Game => 'state' in p && 'scenario' in p;

/**
 * Builds the debrief of a room that played `scenario`. Games of another scenario and logs that do not replay are skipped.
 * `modes`: the feedback mode of the whole room (a workshop session), or of each play (result codes); absent when unknown.
 */
export function buildDebrief(scenario: Scenario, plays: readonly DebriefPlay[], modes?: FeedbackMode | readonly FeedbackMode[]): Debrief {
  const states: GameState[] = [];
  const skipped: Debrief['skipped'][number][] = [];
  const modeCount = { coach: 0, challenge: 0 };
  const include = (st: GameState, index: number) => {
    states.push(st);
    const mode = typeof modes === 'string' ? modes : modes?.[index];
    if (mode === 'coach' || mode === 'challenge') modeCount[mode]++;
  };
  plays.forEach((p, index) => {
    if (isGame(p)) {
      if (p.scenario.id !== scenario.id || p.scenario.version !== scenario.version) skipped.push({ index, reason: 'other-scenario' });
      else include(p.state, index);
      return;
    }
    const r = safeReplay(scenario, p.seed, p.log);
    if (r) include(r, index);
    else skipped.push({ index, reason: 'replay-failed' });
  });
  const reports = states.map((st) => buildReport(scenario, st));
  const finished = reports.filter((r) => r.finished);
  return {
    scenario: { id: scenario.id, version: scenario.version, title: { key: 'title', text: scenario.title }, currency: scenario.currency, budget: scenario.money, deadline: scenario.deadline },
    players: states.length,
    modes: modes === undefined ? null : modeCount,
    finished: finished.length,
    outcomes: outcomes(scenario, reports),
    decisions: decisions(scenario, states),
    paths: pathMap(scenario, states),
    mistakes: mistakes(scenario, reports),
    money: distribution(finished.map((r) => r.money.end)),
    days: distribution(finished.map((r) => r.days.used)),
    readiness: DIMENSIONS.map((dimension) => {
      const values = reports.map((r) => r.dimensions[dimension].percent).filter((x): x is number => x !== null);
      return { dimension, average: average(values), players: values.length };
    }),
    overall: average(reports.map((r) => r.overall).filter((x): x is number => x !== null)),
    skipped,
  };
}

function safeReplay(scenario: Scenario, seed: number, log: readonly string[]): GameState | null {
  try {
    const r = replay(scenario, seed, log);
    return r.ok ? r.game.state : null;
  } catch {
    return null; // a content bug met while replaying: leave this play out rather than lose the room's debrief
  }
}

function outcomes(scenario: Scenario, reports: readonly Report[]): Debrief['outcomes'] {
  const kinds = new Map<EndingNode['kind'], number>();
  const endings = new Map<string, number>();
  for (const r of reports) if (r.ending) {
    bump(kinds, r.ending.kind);
    bump(endings, r.ending.node);
  }
  const byEnding: EndingTally[] = Object.entries(scenario.nodes).flatMap(([id, n]) =>
    n.type === 'ending' && endings.has(id) ? [{ node: id, kind: n.kind, title: { key: keys.node(id, 'title'), text: n.title }, count: endings.get(id) ?? 0 }] : []);
  return {
    byKind: ENDING_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    byEnding,
    unfinished: reports.filter((r) => !r.finished).length,
  };
}

/**
 * Per scene, counted in players: who reached it (once each, however often they came back), and the choice
 * each player made there last (a player who came back and chose again counts once, with the later choice).
 */
function decisions(scenario: Scenario, states: readonly GameState[]): DecisionTally[] {
  const reached = new Map<string, number>();
  const chosen = new Map<string, number>();
  for (const st of states) {
    const here = new Set<string>();
    const last = new Map<string, string>();
    for (const t of st.trail) if (t.kind === 'choice') {
      here.add(t.node);
      last.set(t.node, t.choice);
    }
    if (st.status === 'playing') here.add(st.node);
    for (const n of here) bump(reached, n);
    for (const [node, choice] of last) bump(chosen, `${node}\u0000${choice}`);
  }
  return Object.entries(scenario.nodes).flatMap(([id, n]) => {
    if (n.type !== 'scene' || !reached.has(id)) return [];
    const choices = n.choices.map((c) => ({ id: c.id, label: { key: keys.choice(id, c.id, 'label'), text: c.label }, count: chosen.get(`${id}\u0000${c.id}`) ?? 0 }));
    return [{
      node: id,
      prompt: { key: keys.node(id, n.title !== undefined ? 'title' : 'text'), text: n.title ?? n.text },
      reached: reached.get(id) ?? 0,
      chosen: choices.reduce((a, c) => a + c.count, 0),
      choices,
    }];
  });
}

/** The scene and the label of what a mistake came from (a choice, a chance outcome, a consequence). */
function origin(scenario: Scenario, from: MistakeTally['from']): { scene: TextRef | null; what: TextRef | null } {
  const n = from.node === null ? undefined : scenario.nodes[from.node];
  if (from.kind === 'choice' && n?.type === 'scene' && from.node !== null) {
    const c = n.choices.find((x) => x.id === from.id);
    return {
      scene: { key: keys.node(from.node, n.title !== undefined ? 'title' : 'text'), text: n.title ?? n.text },
      what: c ? { key: keys.choice(from.node, c.id, 'label'), text: c.label } : null,
    };
  }
  if (from.kind === 'outcome' && n?.type === 'chance' && from.node !== null) {
    const o = n.outcomes.find((x) => x.id === from.id);
    return { scene: null, what: o ? { key: keys.outcome(from.node, o.id, 'title'), text: o.title } : null };
  }
  const q = from.kind === 'consequence' ? scenario.consequences?.[from.id] : undefined;
  return { scene: null, what: q ? { key: keys.consequence(from.id, 'title'), text: q.title } : null };
}

function mistakes(scenario: Scenario, reports: readonly Report[]): MistakeTally[] {
  const groups = new Map<string, { first: MistakeTally; players: number; occurrences: number; order: number }>();
  for (const r of reports) {
    const mine = new Set<string>();
    for (const m of r.mistakes) {
      const key = [m.from.kind, m.from.node ?? '', m.from.id, m.dimension].join('\u0000');
      let g = groups.get(key);
      if (!g) {
        const from = { kind: m.from.kind, node: m.from.node, id: m.from.id };
        g = { first: { from, ...origin(scenario, from), dimension: m.dimension, points: m.points, feedback: m.feedback, source: m.source, players: 0, occurrences: 0 }, players: 0, occurrences: 0, order: groups.size };
        groups.set(key, g);
      }
      g.occurrences++;
      if (!mine.has(key)) g.players++;
      mine.add(key);
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.players - a.players || a.first.points - b.first.points || a.order - b.order)
    .map((g) => ({ ...g.first, players: g.players, occurrences: g.occurrences }));
}
