/**
 * Which screen the app shows, and what the browser's Back and Forward buttons
 * do, as one XState machine. The app sends SHOW when it shows a screen itself
 * and BACK when the browser moved to another history entry; the machine
 * emits what to do with the history and the page:
 * - `record`: write a history entry for the screen shown (push: Back returns here; replace: it does not),
 * - `restore`: show the screen of the entry the browser went to,
 * - `hold` and `ask`: Back during a game in progress keeps the game's entry and asks before leaving,
 * - `leave`: the player confirmed; go back for real.
 * No DOM here: the app and the history module carry the effects out (see app.ts and history.ts).
 */
import { assign, emit, setup } from 'xstate';

export const SCREENS = ['title', 'picker', 'play', 'report', 'about', 'debrief', 'workshop', 'problem'] as const;
export type Screen = (typeof SCREENS)[number];

/** A browser history entry the app wrote: its screen and its place in the app's stack. */
export interface Place {
  readonly screen: Screen;
  readonly depth: number;
}

export type ScreenEvent =
  /** The app shows a screen; `how` says whether Back should return to the screen before it. */
  | { type: 'SHOW'; screen: Screen; how: 'push' | 'replace' }
  /** The browser moved to another entry (Back, Forward or its history menu). `inProgress`: a game is being played. */
  | { type: 'BACK'; to: Place; inProgress: boolean }
  /** The answer to "leave the game?". */
  | { type: 'LEAVE' }
  | { type: 'STAY' };

export type ScreenEmitted =
  | { type: 'record'; screen: Screen; how: 'push' | 'replace' }
  | { type: 'restore'; place: Place }
  | { type: 'hold' }
  | { type: 'ask' }
  | { type: 'leave' };

interface ScreenContext {
  /** Where Back was going when the app asked whether to leave the game. */
  readonly backTo: Place | null;
}

/** A SHOW or BACK transition to each screen (the event names the screen). */
const toEachScreen = (eventType: 'SHOW' | 'BACK') => SCREENS.map((screen) => ({
  guard: ({ event }: { event: ScreenEvent }) => (eventType === 'SHOW' ? event.type === 'SHOW' && event.screen === screen : event.type === 'BACK' && event.to.screen === screen),
  target: `#screens.${screen}`,
  reenter: true,
  actions: eventType === 'SHOW' ? 'record' as const : 'restore' as const,
}));

export const screenMachine = setup({
  types: { context: {} as ScreenContext, events: {} as ScreenEvent, emitted: {} as ScreenEmitted },
  guards: {
    gameInProgress: ({ event }) => event.type === 'BACK' && event.inProgress,
  },
  actions: {
    record: emit(({ event }) => {
      if (event.type !== 'SHOW') throw new Error(`record on ${event.type}`);
      return { type: 'record' as const, screen: event.screen, how: event.how };
    }),
    restore: emit(({ event }) => {
      if (event.type !== 'BACK') throw new Error(`restore on ${event.type}`);
      return { type: 'restore' as const, place: event.to };
    }),
    rememberBack: assign({ backTo: ({ event }) => (event.type === 'BACK' ? event.to : null) }),
    hold: emit({ type: 'hold' as const }),
    ask: emit({ type: 'ask' as const }),
    leave: emit({ type: 'leave' as const }),
  },
}).createMachine({
  id: 'screens',
  context: { backTo: null },
  initial: 'title',
  on: {
    SHOW: toEachScreen('SHOW'),
    BACK: toEachScreen('BACK'),
  },
  states: {
    title: {},
    picker: {},
    play: {
      initial: 'playing',
      states: {
        playing: {
          on: {
            // Back never leaves a game in progress without asking: the game keeps its entry meanwhile.
            BACK: { guard: 'gameInProgress', target: 'asking', actions: ['rememberBack', 'hold', 'ask'] },
          },
        },
        asking: {
          on: {
            // Back again while the question is open: keep the game's entry, ask once.
            BACK: { actions: ['rememberBack', 'hold'] },
            STAY: { target: 'playing' },
            LEAVE: { target: 'leaving', actions: 'leave' },
          },
        },
        // The player chose to leave: the next BACK goes through (handled at the root).
        leaving: {},
      },
    },
    report: {},
    about: {},
    debrief: {},
    workshop: {},
    problem: {},
  },
});

/** The screen a snapshot shows, and whether it is asking to leave a game. */
export function screenOf(value: unknown): { screen: Screen; asking: boolean } {
  if (typeof value === 'string') return { screen: value as Screen, asking: false };
  const play = (value as { play?: string }).play;
  return { screen: 'play', asking: play === 'asking' };
}
