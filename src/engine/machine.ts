/**
 * The XState machine built from a scenario: the one definition every host plays through (the browser's
 * Game, the workshop server, replays of saves and result codes). Its context is the GameState; its guard
 * and action are the pure rules (`rejectStep`, `takeChoice`), registered once with setup().
 * No `after`, `invoke` or async: every path stays explorable offline.
 *
 * Hosts do not run an actor per game: `startSnapshot` and `step` are pure functions of a snapshot and an
 * event that execute this definition (see `step`), so a game is just its current snapshot.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
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
 * How a host steps the machine: the machine's own definition (its states, its transitions with their named
 * guards and assign actions, its eventless transitions and its final state) read once into plain tables, then
 * executed directly. XState's general interpreter (`transition`, an actor) gives the same snapshots (a test
 * plays every shipped scenario both ways), but walks its whole microstep algorithm — exit and entry sets,
 * action queues, inspection events, a fresh snapshot with its node list — on every choice: five times the
 * cost of the rules themselves. A definition that uses anything else (nested states, entry or exit actions,
 * delays, invoked actors, actions other than assign) is refused when it is first stepped.
 */
interface Transition {
  readonly guard: ((args: { context: GameState; event: ChooseEvent }) => boolean) | null;
  readonly assigns: readonly ((args: { context: GameState; event: ChooseEvent }) => GameState)[];
  /** The target state's key, or null for a transition that stays (no exit, no entry). */
  readonly target: string | null;
}

interface StateTable {
  readonly on: ReadonlyMap<string, readonly Transition[]>;
  readonly always: readonly Transition[];
  /** This state's snapshot with some context: a new snapshot is this one with the new context. */
  readonly shape: GameSnapshot;
}

interface Compiled {
  readonly states: ReadonlyMap<string, StateTable>;
  readonly initial: string;
  readonly context: (input: GameInput) => GameState;
}

type Node = {
  key: string; type: string; states: Record<string, Node>; transitions: Map<string, Def[]>; always?: Def[];
  entry: unknown[]; exit: unknown[]; invoke: unknown[]; after: unknown[]; initial?: { target: Node[] };
};
type Def = { guard?: unknown; actions: unknown[]; target?: Node[]; reenter?: boolean };

const compiled = new WeakMap<GameMachine, Compiled>();

function unsupported(what: string): never {
  throw new Error(`step: the game machine uses ${what}, which the pure step does not interpret`);
}

function compile(machine: GameMachine): Compiled {
  const root = machine.root as unknown as Node;
  const guards = machine.implementations.guards as Record<string, Transition['guard']>;
  const actions = machine.implementations.actions as Record<string, { type?: string; assignment?: unknown }>;
  if (root.entry.length || root.exit.length || root.invoke.length || root.transitions.size || root.always?.length) unsupported('actions, events or actors on the root');
  const transition = (d: Def): Transition => {
    if (d.target && d.target.length !== 1) unsupported('a transition to several states');
    const target = d.target?.[0];
    if (target && root.states[target.key] !== target) unsupported('a transition out of the top level');
    if (d.reenter && !target) unsupported('a re-entering self-transition');
    let guard: Transition['guard'] = null;
    if (d.guard !== undefined) {
      const g = typeof d.guard === 'string' ? guards[d.guard] : undefined;
      if (!g) unsupported('a guard that is not a named implementation');
      guard = g;
    }
    const assigns = d.actions.map((a) => {
      const impl = typeof a === 'string' ? actions[a] : undefined;
      if (impl?.type !== 'xstate.assign' || typeof impl.assignment !== 'function') unsupported('an action other than a named assign');
      return impl.assignment as Transition['assigns'][number];
    });
    return { guard, assigns, target: target?.key ?? null };
  };
  const context = (machine.config as { context?: unknown }).context;
  if (typeof context !== 'function') unsupported('a context that is not built from the input');
  const states = new Map<string, StateTable>();
  for (const [key, node] of Object.entries(root.states)) {
    if (node.type !== 'atomic' && node.type !== 'final') unsupported(`a ${node.type} state`);
    if (node.entry.length || node.exit.length || node.invoke.length || node.after.length) unsupported('entry or exit actions, delays or invoked actors');
    const on = new Map<string, Transition[]>();
    for (const [type, defs] of node.transitions) on.set(type, defs.map(transition));
    states.set(key, { on, always: (node.always ?? []).map(transition), shape: machine.resolveState({ value: key, context: {} as GameState }) });
  }
  const initial = root.initial?.target[0]?.key;
  if (initial === undefined) unsupported('no initial state');
  return { states, initial, context: (input) => (context as (a: { input: GameInput }) => GameState)({ input }) };
}

function compiledOf(machine: GameMachine): Compiled {
  let c = compiled.get(machine);
  if (!c) {
    c = compile(machine);
    compiled.set(machine, c);
  }
  return c;
}

/** Runs a transition's assign actions: each returns the whole context (an assign of every key). */
function run(t: Transition, context: GameState, event: ChooseEvent): GameState {
  for (const a of t.assigns) context = a({ context, event });
  return context;
}

/** Takes the eventless transitions from a state, then builds the snapshot where the machine rests. */
function settleAt(c: Compiled, value: string, context: GameState, event: ChooseEvent): GameSnapshot {
  for (let hops = 0; ; hops++) {
    if (hops > 100) throw new Error(`step: eventless transitions loop at "${value}"`);
    const table = c.states.get(value) as StateTable;
    let t: Transition | undefined;
    for (const x of table.always) {
      if (x.guard === null || x.guard({ context, event })) { t = x; break; }
    }
    if (!t) return { ...table.shape, context };
    context = run(t, context, event);
    if (t.target === null) return { ...table.shape, context };
    value = t.target;
  }
}

const INIT = { type: 'xstate.init' } as unknown as ChooseEvent;

/** The machine's first snapshot: a new game from a seed, or (with `state`) a game resumed where it was. */
export function startSnapshot(machine: GameMachine, input: GameInput): GameSnapshot {
  return startWith(compiledOf(machine), input);
}

/**
 * The next snapshot after an event, as a pure function. A refused event returns the very snapshot it was
 * given (the guard said no), so callers tell refusals by identity. A content bug (EngineError) is thrown.
 */
export function step(machine: GameMachine, snapshot: GameSnapshot, event: ChooseEvent): GameSnapshot {
  return stepWith(compiledOf(machine), snapshot, event);
}

/** `startSnapshot` and `step` bound to one machine, for a host that steps the same machine many times. */
export interface Stepper {
  start(input: GameInput): GameSnapshot;
  step(snapshot: GameSnapshot, event: ChooseEvent): GameSnapshot;
}

export function stepperOf(machine: GameMachine): Stepper {
  const c = compiledOf(machine);
  return { start: (input) => startWith(c, input), step: (snapshot, event) => stepWith(c, snapshot, event) };
}

function startWith(c: Compiled, input: GameInput): GameSnapshot {
  return settleAt(c, c.initial, c.context(input), INIT);
}

function stepWith(c: Compiled, snapshot: GameSnapshot, event: ChooseEvent): GameSnapshot {
  if (snapshot.status !== 'active') return snapshot;
  const table = c.states.get(snapshot.value as string);
  const candidates = table?.on.get(event.type);
  if (!candidates) return snapshot;
  const context = snapshot.context;
  for (const t of candidates) {
    if (t.guard !== null && !t.guard({ context, event })) continue;
    return settleAt(c, t.target ?? (snapshot.value as string), run(t, context, event), event);
  }
  return snapshot;
}
