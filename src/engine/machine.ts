/**
 * The XState machine built from a scenario. Its context is the GameState;
 * its guard and action are the pure rules, registered once with setup().
 * No `after`, `invoke` or async: every path stays explorable offline.
 */
import { assign, setup } from 'xstate';
import type { Scenario } from '../scenario';
import { applyChoice, applyOutcome, awaitingDraw, drawOutcome, outcomeIndex, rejectChoice, startState } from './rules';
import type { GameState } from './state';

/** A player's choice; `forced` pins the outcomes of chance nodes it leads to (replays of analysis findings). */
export type ChooseEvent = { type: 'CHOOSE'; choice: string; forced?: readonly string[] };

/** Settles every chance node the state waits at: forced outcomes first, then the seeded PRNG. */
export function resolveChance(s: Scenario, st: GameState, forced: readonly string[] = []): GameState {
  let i = 0;
  while (awaitingDraw(s, st)) {
    const want = forced[i++];
    if (want === undefined) st = drawOutcome(s, st);
    else {
      const idx = outcomeIndex(s, st, want);
      if (idx < 0) throw new Error(`forced outcome "${want}" is not an outcome of "${st.node}"`);
      st = applyOutcome(s, st, idx, true);
    }
  }
  return st;
}

/** True when every forced outcome names an outcome reachable in order from this choice. */
export function forcedOutcomesFit(s: Scenario, st: GameState, choice: string, forced: readonly string[]): boolean {
  try {
    resolveChance(s, applyChoice(s, st, choice), forced);
    return true;
  } catch {
    return false;
  }
}

/** Builds the game machine for one scenario. Input: the seed. */
export function createGameMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as GameState,
      events: {} as ChooseEvent,
      input: {} as { seed: number; state?: GameState },
    },
    guards: {
      canChoose: ({ context, event }) => rejectChoice(scenario, context, event.choice) === undefined,
      isOver: ({ context }) => context.status === 'ended',
    },
    actions: {
      choose: assign(({ context, event }) => resolveChance(scenario, applyChoice(scenario, context, event.choice), event.forced)),
    },
  }).createMachine({
    id: `scenario:${scenario.id}`,
    context: ({ input }) => input.state ?? resolveChance(scenario, startState(scenario, input.seed)),
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
