/**
 * The public game API: create a game from a scenario and a seed, send choices,
 * read the view model and the report, save and load, replay a choice log.
 * A game is the current snapshot of the scenario's XState machine; every choice
 * is one pure step of that machine (no actor), whose guard and action are the rules.
 */
import type { Scenario } from '../scenario';
import { createGameMachine, startSnapshot, step, type GameMachine, type GameSnapshot } from './machine';
import { buildReport, type Report } from './report';
import { rejectStep } from './rules';
import type { GameState, Rejection } from './state';
import { buildView, type ViewModel } from './view';

export type ChooseResult = { readonly ok: true } | { readonly ok: false; readonly rejection: Rejection };

/** One game of one scenario. */
export interface Game {
  readonly scenario: Scenario;
  readonly seed: number;
  /** The current state (immutable; a new object after every accepted choice). */
  readonly state: GameState;
  /** Takes a choice by id. A rejected choice leaves the state unchanged. */
  choose(choiceId: string, forced?: readonly string[]): ChooseResult;
  /** What the player sees now. */
  view(): ViewModel;
  /** The export-readiness report (meaningful once the game has ended). */
  report(): Report;
  /** The player's inputs so far, replayable with `replay`. */
  readonly log: readonly string[];
}

const machines = new WeakMap<Scenario, GameMachine>();

/** The machine for a scenario, built once per parsed scenario object. */
export function machineFor(scenario: Scenario): GameMachine {
  let m = machines.get(scenario);
  if (!m) {
    m = createGameMachine(scenario);
    machines.set(scenario, m);
  }
  return m;
}

const OK: ChooseResult = Object.freeze({ ok: true });
const NO_FORCED: readonly string[] = Object.freeze([]);

/**
 * Sends one CHOOSE through the machine. A refusal leaves the snapshot as it was; only then are the rules
 * asked why (the guard said no without a reason), so an accepted choice is checked once.
 */
function choose(scenario: Scenario, machine: GameMachine, snap: GameSnapshot, choice: string, forced: readonly string[]): GameSnapshot | Rejection {
  const next = step(machine, snap, { type: 'CHOOSE', choice, forced });
  if (next !== snap) return next;
  return rejectStep(scenario, snap.context, choice, forced) ?? { code: 'game-over', choice };
}

const isRejection = (x: GameSnapshot | Rejection): x is Rejection => 'code' in x;

/** A game at a machine snapshot. */
function gameAt(scenario: Scenario, machine: GameMachine, start: GameSnapshot): Game {
  let snap = start;
  // States are immutable: the view of one is built once (it forecasts every choice), however often a screen asks.
  let viewed: { state: GameState; view: ViewModel } | null = null;
  return {
    scenario,
    get seed() { return snap.context.seed; },
    get state() { return snap.context; },
    get log() { return snap.context.log; },
    choose(choiceId, forced = NO_FORCED) {
      const next = choose(scenario, machine, snap, choiceId, forced);
      if (isRejection(next)) return { ok: false, rejection: next };
      snap = next;
      return OK;
    },
    view() {
      if (viewed?.state !== snap.context) viewed = { state: snap.context, view: buildView(scenario, snap.context) };
      return viewed.view;
    },
    report: () => buildReport(scenario, snap.context),
  };
}

/** Starts a game of a scenario with a seed, or resumes one at a state (a save, a seat on the server). */
export function createGame(scenario: Scenario, seed: number, fromState?: GameState): Game {
  const machine = machineFor(scenario);
  return gameAt(scenario, machine, startSnapshot(machine, fromState ? { seed, state: fromState } : { seed }));
}

/** Splits a log into choices with the forced outcomes ("@id") that follow each. */
export function groupLog(log: readonly string[]): { choice: string; forced: string[] }[] {
  const steps: { choice: string; forced: string[] }[] = [];
  for (const entry of log) {
    if (entry.startsWith('@')) {
      const last = steps[steps.length - 1];
      if (last) last.forced.push(entry.slice(1));
    } else steps.push({ choice: entry, forced: [] });
  }
  return steps;
}

export type ReplayResult =
  | { readonly ok: true; readonly game: Game }
  | { readonly ok: false; readonly game: Game; readonly step: number; readonly rejection: Rejection };

/**
 * Plays a choice log from the start with a seed: the same inputs give the identical final state anywhere.
 * The log goes through the same machine as play does, one pure step per choice.
 */
export function replay(scenario: Scenario, seed: number, log: readonly string[]): ReplayResult {
  const machine = machineFor(scenario);
  const steps = groupLog(log);
  let snap = startSnapshot(machine, { seed });
  for (let i = 0; i < steps.length; i++) {
    const { choice, forced } = steps[i] as { choice: string; forced: string[] };
    const next = choose(scenario, machine, snap, choice, forced);
    if (isRejection(next)) return { ok: false, game: gameAt(scenario, machine, snap), step: i, rejection: next };
    snap = next;
  }
  return { ok: true, game: gameAt(scenario, machine, snap) };
}
