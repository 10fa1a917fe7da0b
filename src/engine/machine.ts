/**
 * The XState machine built from a scenario: the one definition every host plays through (the browser's
 * Game, the workshop server, replays of saves and result codes). Its context is the GameState; its guard
 * and action are the pure rules (`rejectStep`, `takeChoice`), registered once with setup().
 * No `after`, `invoke` or async: every path stays explorable offline.
 *
 * Hosts do not run an actor per game: `startSnapshot` and `step` are pure functions of a snapshot and an
 * event (XState 5's ActorLogic `getInitialSnapshot`/`transition`), so a game is just its current snapshot.
 */
import { assign, createActor, setup, type ActorScope, type AnyActorScope, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario';
import { openingState, rejectStep, takeChoice } from './rules';
import type { GameState } from './state';

/** A player's choice; `forced` pins the outcomes of chance nodes it leads to (replays of analysis findings). */
export type ChooseEvent = { type: 'CHOOSE'; choice: string; forced?: readonly string[] };

/** Where a machine starts: a new game from a seed, or a game resumed at a state. */
export type GameInput = { seed: number; state?: GameState };

/** Builds the game machine for one scenario. Input: the seed (and optionally the state to resume at). */
export function createGameMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as GameState,
      events: {} as ChooseEvent,
      input: {} as GameInput,
    },
    guards: {
      // The only check of a choice on the way in: Game.choose asks the rules for the reason only when it refuses.
      canChoose: ({ context, event }) => rejectStep(scenario, context, event.choice, event.forced) === undefined,
      isOver: ({ context }) => context.status === 'ended',
    },
    actions: {
      choose: assign(({ context, event }) => takeChoice(scenario, context, event.choice, event.forced)),
    },
  }).createMachine({
    id: `scenario:${scenario.id}`,
    context: ({ input }) => input.state ?? openingState(scenario, input.seed),
    initial: 'playing',
    states: {
      playing: {
        always: { guard: 'isOver', target: 'ended' },
        on: { CHOOSE: { guard: 'canChoose', actions: 'choose' } },
      },
      ended: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;

/**
 * One inert actor scope per machine, made once. XState's own `transition(machine, snapshot, event)` builds a
 * throw-away actor on every call (its constructor even computes an initial snapshot), which costs more than
 * the step itself; the machine needs no live actor, no clock and no children, so one scope serves every step.
 */
const scopes = new WeakMap<GameMachine, AnyActorScope>();

function scopeOf(machine: GameMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // Never started: it only lends its (empty) actor system to the pure steps.
    const self = createActor(machine, { input: { seed: 0 } });
    const noop = () => {};
    scope = { self, id: '', sessionId: '', system: self.system, logger: noop, defer: noop, emit: noop, stopChild: noop, actionExecutor: noop } as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/** The machine's first snapshot: a new game from a seed, or (with `state`) a game resumed where it was. */
export function startSnapshot(machine: GameMachine, input: GameInput): GameSnapshot {
  if (input.state) return machine.resolveState({ value: input.state.status === 'ended' ? 'ended' : 'playing', context: input.state });
  return machine.getInitialSnapshot(scopeOf(machine) as ActorScope<GameSnapshot, ChooseEvent>, input);
}

/**
 * The next snapshot after an event, as a pure function. A refused event returns the very snapshot it was
 * given (the guard said no), so callers tell refusals by identity. A content bug (EngineError) is thrown.
 */
export function step(machine: GameMachine, snapshot: GameSnapshot, event: ChooseEvent): GameSnapshot {
  return machine.transition(snapshot, event, scopeOf(machine) as ActorScope<GameSnapshot, ChooseEvent>);
}
