/**
 * Fork and replay: take one seat's game, change one decision, and let the
 * engine replay what follows (the seat's later choices while they remain
 * available). Pure: the same inputs give the same comparison everywhere.
 */
import { createGame, groupLog, type ChoiceView, type EffectView, type Game } from '../../engine';
import { DIMENSIONS, keys, type Dimension, type EndingNode, type Scenario, type TextRef } from '../../scenario';

/** One decision a seat made: where, what it took, and every choice shown there. */
export interface ForkDecision {
  /** 0-based position among the seat's choices. */
  readonly index: number;
  readonly node: string;
  readonly prompt: TextRef;
  /** The choice the seat took. */
  readonly taken: string;
  /** The scene's choices as the seat saw them (with availability). */
  readonly choices: readonly ChoiceView[];
}

/** Where a game stands at the end of one side of the comparison. */
export interface ForkSide {
  readonly status: 'playing' | 'ended';
  readonly ending: { readonly node: string; readonly kind: EndingNode['kind']; readonly title: TextRef } | null;
  readonly success: boolean;
  readonly money: number;
  readonly day: number;
  readonly readiness: readonly { readonly dimension: Dimension; readonly percent: number | null }[];
  readonly overall: number | null;
  /** What the forked decision did right after it was taken (money, days, score feedback, chance, consequences). */
  readonly after: readonly EffectView[];
}

/** The comparison, or why there is none. */
export type ForkResult =
  | {
    readonly ok: true;
    readonly decision: ForkDecision;
    readonly choice: string;
    readonly original: ForkSide;
    readonly fork: ForkSide;
    /** How many of the seat's later choices the fork took again. */
    readonly continued: number;
    /** The first later choice that was no longer available (the fork stops there), or null. */
    readonly stopped: { readonly index: number; readonly node: string; readonly choice: string; readonly label: TextRef | null } | null;
  }
  | { readonly ok: false; readonly reason: 'no-decision' | 'same-choice' | 'unavailable' | 'replay-failed' };

type Step = { choice: string; forced: string[] };

/** Plays the steps one by one; null when one is refused or the scenario throws. */
function play(scenario: Scenario, seed: number, steps: readonly Step[]): Game | null {
  try {
    const game = createGame(scenario, seed);
    for (const s of steps) if (!game.choose(s.choice, s.forced).ok) return null;
    return game;
  } catch {
    return null;
  }
}

/** The decisions of a seat's log, in order, each with the choices its scene showed; stops where the log no longer replays. */
export function forkDecisions(scenario: Scenario, seed: number, log: readonly string[]): ForkDecision[] {
  const steps = groupLog(log);
  const out: ForkDecision[] = [];
  const game = play(scenario, seed, []);
  if (!game) return out;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const view = game.view();
    const node = scenario.nodes[game.state.node];
    if (node?.type !== 'scene') break;
    out.push({
      index, node: game.state.node, taken: step.choice, choices: view.choices,
      prompt: { key: keys.node(game.state.node, node.title !== undefined ? 'title' : 'text'), text: node.title ?? node.text },
    });
    try {
      if (!game.choose(step.choice, step.forced).ok) break;
    } catch {
      break;
    }
  }
  return out;
}

function side(game: Game, after: readonly EffectView[]): ForkSide {
  const r = game.report();
  return {
    status: game.state.status,
    ending: r.ending ? { node: r.ending.node, kind: r.ending.kind, title: r.ending.title } : null,
    success: r.success, money: game.state.money, day: game.state.day,
    readiness: DIMENSIONS.map((dimension) => ({ dimension, percent: r.dimensions[dimension].percent })),
    overall: r.overall, after,
  };
}

/** Replays the seat's game with a different choice at decision `index`, then its later choices while they remain available. */
export function forkAndReplay(scenario: Scenario, seed: number, log: readonly string[], index: number, choice: string): ForkResult {
  const decision = forkDecisions(scenario, seed, log)[index];
  if (!decision) return { ok: false, reason: 'no-decision' };
  if (choice === decision.taken) return { ok: false, reason: 'same-choice' };
  if (!decision.choices.some((c) => c.id === choice && c.available)) return { ok: false, reason: 'unavailable' };
  const steps = groupLog(log);
  const original = play(scenario, seed, steps);
  const originalAfter = play(scenario, seed, steps.slice(0, index + 1));
  const fork = play(scenario, seed, steps.slice(0, index));
  if (!original || !originalAfter || !fork) return { ok: false, reason: 'replay-failed' };
  try {
    if (!fork.choose(choice).ok) return { ok: false, reason: 'unavailable' };
    const forkAfter = fork.view().effects;
    let continued = 0;
    let stopped: Extract<ForkResult, { ok: true }>['stopped'] = null;
    for (let i = index + 1; i < steps.length && fork.state.status === 'playing'; i++) {
      const step = steps[i] as Step;
      const shown = fork.view().choices.find((c) => c.id === step.choice);
      const ok = shown?.available && (fork.choose(step.choice, step.forced).ok || fork.choose(step.choice).ok);
      if (!ok) {
        stopped = { index: i, node: fork.state.node, choice: step.choice, label: shown?.label ?? null };
        break;
      }
      continued++;
    }
    return { ok: true, decision, choice, original: side(original, originalAfter.view().effects), fork: side(fork, forkAfter), continued, stopped };
  } catch {
    return { ok: false, reason: 'replay-failed' };
  }
}
