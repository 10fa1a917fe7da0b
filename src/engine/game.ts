/**
 * The public game API: create a game from a scenario and a seed, send choices,
 * read the view model and the report, save and load, replay a choice log.
 * A game is a running XState actor of the scenario's machine; the machine's
 * guard and action are the pure rules, so the actor only holds the snapshot.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../scenario';
import { createGameMachine, forcedOutcomesFit, resolveChance, type GameMachine } from './machine';
import { buildReport, type Report } from './report';
import { applyChoice, rejectChoice, startState } from './rules';
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

/** Starts a game of a scenario with a seed. */
export function createGame(scenario: Scenario, seed: number, fromState?: GameState): Game {
  const machine = machineFor(scenario);
  const actor = createActor(machine, { input: { seed, ...(fromState ? { state: fromState } : {}) } });
  let failure: unknown;
  actor.subscribe({ error: (e) => { failure = e; } });
  actor.start();
  if (failure !== undefined) throw failure;
  const context = () => actor.getSnapshot().context;
  return {
    scenario,
    get seed() { return context().seed; },
    get state() { return context(); },
    get log() { return context().log; },
    choose(choiceId, forced = []) {
      const rejection = rejectChoice(scenario, context(), choiceId);
      if (rejection) return { ok: false, rejection };
      if (forced.length > 0 && !forcedOutcomesFit(scenario, context(), choiceId, forced))
        return { ok: false, rejection: { code: 'bad-forced-outcome', choice: choiceId } };
      actor.send({ type: 'CHOOSE', choice: choiceId, forced });
      if (failure !== undefined) throw failure; // a content bug (EngineError), never a player's mistake
      return { ok: true };
    },
    view: () => buildView(scenario, context()),
    report: () => buildReport(scenario, context()),
  };
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
 * A replay is a batch job (loading a save, checking a result code, the workshop server re-checking a seat),
 * so it folds the log through the same pure rules the machine's action runs and starts one actor at the end,
 * instead of sending every choice through an actor.
 */
export function replay(scenario: Scenario, seed: number, log: readonly string[]): ReplayResult {
  const steps = groupLog(log);
  let state = resolveChance(scenario, startState(scenario, seed));
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as { choice: string; forced: string[] };
    const rejection = rejectChoice(scenario, state, step.choice);
    if (rejection) return { ok: false, game: createGame(scenario, seed, state), step: i, rejection };
    if (step.forced.length > 0 && !forcedOutcomesFit(scenario, state, step.choice, step.forced))
      return { ok: false, game: createGame(scenario, seed, state), step: i, rejection: { code: 'bad-forced-outcome', choice: step.choice } };
    state = resolveChance(scenario, applyChoice(scenario, state, step.choice), step.forced);
  }
  return { ok: true, game: createGame(scenario, seed, state) };
}
