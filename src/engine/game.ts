/**
 * The public game API: create a game from a scenario and a seed, send choices,
 * read the view model and the report, save and load, replay a choice log.
 * A game is the current snapshot of the scenario's XState machine; every choice
 * is one pure step of that machine (no actor), whose guards and actions are the rules.
 */
import type { Scenario } from '../scenario';
import { gameMachineOf, type GameMachine, type GameSnapshot, type Stepper } from './machine';
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

/** The machine for a scenario, built once per parsed scenario object. */
export function machineFor(scenario: Scenario): GameMachine {
  return gameMachineOf(scenario).machine;
}

const OK: ChooseResult = Object.freeze({ ok: true });
const NO_FORCED: readonly string[] = Object.freeze([]);

/**
 * Sends one CHOOSE through the machine. A refusal leaves the snapshot as it was; only then are the rules
 * asked why (the guard said no without a reason), so an accepted choice is checked once.
 */
function choose(scenario: Scenario, stepper: Stepper, snap: GameSnapshot, choice: string, forced: readonly string[]): GameSnapshot | Rejection {
  const next = stepper.step(snap, { type: 'CHOOSE', choice, forced });
  if (next !== snap) return next;
  return rejectStep(scenario, snap.context, choice, forced) ?? { code: 'game-over', choice };
}

const isRejection = (x: GameSnapshot | Rejection): x is Rejection => 'code' in x;

/** A game at a machine snapshot (its working parts are private fields: a game spreads or serialises as the Game it is). */
class MachineGame implements Game {
  readonly scenario: Scenario;
  readonly #stepper: Stepper;
  #snap: GameSnapshot;
  // States are immutable: the view of one is built once (it forecasts every choice), however often a screen asks.
  #viewed: { state: GameState; view: ViewModel } | null = null;

  constructor(scenario: Scenario, stepper: Stepper, snap: GameSnapshot) {
    this.scenario = scenario;
    this.#stepper = stepper;
    this.#snap = snap;
  }

  get seed(): number { return this.#snap.context.seed; }
  get state(): GameState { return this.#snap.context; }
  get log(): readonly string[] { return this.#snap.context.log; }

  choose(choiceId: string, forced: readonly string[] = NO_FORCED): ChooseResult {
    const next = choose(this.scenario, this.#stepper, this.#snap, choiceId, forced);
    if (isRejection(next)) return { ok: false, rejection: next };
    this.#snap = next;
    return OK;
  }

  view(): ViewModel {
    const st = this.#snap.context;
    if (this.#viewed?.state !== st) this.#viewed = { state: st, view: buildView(this.scenario, st) };
    return this.#viewed.view;
  }

  report(): Report {
    return buildReport(this.scenario, this.#snap.context);
  }
}

/** Starts a game of a scenario with a seed, or resumes one at a state (a save, a seat on the server). */
export function createGame(scenario: Scenario, seed: number, fromState?: GameState): Game {
  const { stepper } = gameMachineOf(scenario);
  return new MachineGame(scenario, stepper, stepper.start(fromState ? { seed, state: fromState } : { seed }));
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
  const { stepper } = gameMachineOf(scenario);
  const steps = groupLog(log);
  let snap = stepper.start({ seed });
  for (let i = 0; i < steps.length; i++) {
    const { choice, forced } = steps[i] as { choice: string; forced: string[] };
    const next = choose(scenario, stepper, snap, choice, forced);
    if (isRejection(next)) return { ok: false, game: new MachineGame(scenario, stepper, snap), step: i, rejection: next };
    snap = next;
  }
  return { ok: true, game: new MachineGame(scenario, stepper, snap) };
}
