/**
 * The XState machine built from a scenario: the one definition every host plays through (the browser's
 * Game, the workshop server, replays of saves and result codes) and the analysis steps through (the
 * explorer, the policy and random players). Its context is the GameState; its guards and assign actions are
 * the pure rules, registered once with setup().
 *
 * States: `playing` (a scene waits for a choice), `drawing` (a chance node waits for its outcome) and
 * `ended`. A player's CHOOSE takes the choice and draws the chance nodes it leads to in the same step
 * (forced outcomes first, then the seeded RNG), and a game that starts or resumes at a chance node draws it
 * by the eventless transition out of `drawing`: a game never rests there. An explorer's CHOOSE carries
 * `hold: true` and stops at the chance node; its DRAW then takes one given outcome, so every outcome can be
 * followed from the same state. No `after`, `invoke` or async.
 *
 * Hosts do not run an actor per game: `startSnapshot` and `step` are pure functions of a snapshot and an
 * event that execute this definition (see `step`), so a game is just its current snapshot. The analysis,
 * which keeps millions of states, steps the same compiled definition on bare resting places (`Stepper.move`).
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario';
import { applyChoice, applyOutcome, awaitingDraw, chanceWeights, rejectChoice, rejectStep, resolveChance, startState, takeChoice } from './rules';
import type { GameState } from './state';

/**
 * A player's choice; `forced` pins the outcomes of the chance nodes it leads to (replays of analysis
 * findings). `hold: true` (an explorer) stops at the first chance node instead of drawing (`forced` is then
 * not used): DRAW goes on from there.
 */
export type ChooseEvent = { type: 'CHOOSE'; choice: string; forced?: readonly string[]; hold?: boolean };

/**
 * Takes the outcome at this index of the chance node the machine rests at (`drawing`), as a forced outcome
 * (logged "@id", the RNG not drawn). Refused for an outcome that cannot happen in this state (weight 0).
 */
export type DrawEvent = { type: 'DRAW'; outcome: number };

export type GameEvent = ChooseEvent | DrawEvent;

/**
 * Where a machine starts: a new game from a seed, or a game resumed at a state. `hold: true` (an explorer)
 * rests at a chance node the game starts at (or resumes at) instead of drawing it.
 */
export type GameInput = { seed: number; state?: GameState; hold?: boolean };

/** The event eventless transitions see at the start (XState's own shape: its type and the input). */
type InitEvent = { type: 'xstate.init'; input: GameInput };

/**
 * The weights of the outcomes at a chance node in a state. States are immutable, so the last state's are
 * kept: an explorer asks once for the odds and DRAW's guard and action ask again for every outcome.
 */
export function drawWeights(scenario: Scenario, st: GameState): readonly number[] {
  if (lastWeights.st !== st || lastWeights.scenario !== scenario) lastWeights = { scenario, st, weights: chanceWeights(scenario, st) };
  return lastWeights.weights;
}

let lastWeights: { scenario: Scenario | null; st: GameState | null; weights: readonly number[] } = { scenario: null, st: null, weights: [] };

/** Builds the game machine for one scenario. Input: the seed (and optionally the state to resume at). */
export function createGameMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as GameState,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    guards: {
      // The only check of a choice on the way in: Game.choose asks the rules for the reason only when it refuses.
      canChoose: ({ context, event }) => event.type === 'CHOOSE' && !event.hold && rejectStep(scenario, context, event.choice, event.forced) === undefined,
      canHold: ({ context, event }) => event.type === 'CHOOSE' && event.hold === true && rejectChoice(scenario, context, event.choice) === undefined,
      canDraw: ({ context, event }) => event.type === 'DRAW' && (drawWeights(scenario, context)[event.outcome] ?? 0) > 0,
      isOver: ({ context }) => context.status === 'ended',
      awaitsDraw: ({ context }) => awaitingDraw(scenario, context),
      // A game that starts at a chance node draws it at once, unless an explorer holds it there.
      drawsAtStart: ({ event }) => {
        const e = event as GameEvent | InitEvent;
        return e.type === 'xstate.init' && !e.input.hold;
      },
    },
    actions: {
      // The choice and the draws after it in one working copy of the state (the rules' takeChoice).
      choose: assign(({ context, event }) => takeChoice(scenario, context, (event as ChooseEvent).choice, (event as ChooseEvent).forced)),
      chooseAndHold: assign(({ context, event }) => applyChoice(scenario, context, (event as ChooseEvent).choice)),
      draw: assign(({ context }) => resolveChance(scenario, context)),
      drawOne: assign(({ context, event }) => applyOutcome(scenario, context, (event as DrawEvent).outcome, true, drawWeights(scenario, context))),
    },
  }).createMachine({
    id: `scenario:${scenario.id}`,
    context: ({ input }) => input.state ?? startState(scenario, input.seed),
    initial: 'playing',
    states: {
      playing: {
        always: [
          { guard: 'isOver', target: 'ended' },
          { guard: 'awaitsDraw', target: 'drawing' },
        ],
        on: {
          CHOOSE: [
            { guard: 'canChoose', actions: 'choose' },
            { guard: 'canHold', actions: 'chooseAndHold' },
          ],
        },
      },
      drawing: {
        always: { guard: 'drawsAtStart', actions: 'draw', target: 'playing' },
        on: { DRAW: { guard: 'canDraw', actions: 'drawOne', target: 'playing' } },
      },
      ended: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;

/** Where the machine rests: its state's key and its context. A snapshot is this wrapped the way XState wraps it. */
export interface Resting {
  readonly value: string;
  readonly context: GameState;
}

/**
 * How a host steps the machine: the machine's own definition (its states, its transitions with their named
 * guards and assign actions, its eventless transitions and its final state) read once into plain tables, then
 * executed directly. XState's general interpreter (`transition`, an actor) gives the same snapshots (a test
 * plays every shipped scenario both ways), but walks its whole microstep algorithm — exit and entry sets,
 * action queues, inspection events, a fresh snapshot with its node list — on every choice: five times the
 * cost of the rules themselves. A definition that uses anything else (nested states, entry or exit actions,
 * delays, invoked actors, actions other than assign) is refused when it is first stepped.
 */
type AnyEvent = GameEvent | InitEvent;

interface Transition {
  readonly guard: ((args: { context: GameState; event: AnyEvent }) => boolean) | null;
  readonly assigns: readonly ((args: { context: GameState; event: AnyEvent }) => GameState)[];
  /** The target state, or null for a transition that stays (no exit, no entry). */
  readonly target: StateTable | null;
}

interface StateTable {
  readonly key: string;
  readonly on: ReadonlyMap<string, readonly Transition[]>;
  readonly always: readonly Transition[];
  readonly final: boolean;
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
    return { guard, assigns, target: target ? (tables.get(target.key) as StateTable) : null };
  };
  const context = (machine.config as { context?: unknown }).context;
  if (typeof context !== 'function') unsupported('a context that is not built from the input');
  // Every state's table first (empty), so that transitions can point at their targets' tables.
  const tables = new Map<string, StateTable & { on: Map<string, Transition[]>; always: Transition[] }>();
  for (const [key, node] of Object.entries(root.states)) {
    if (node.type !== 'atomic' && node.type !== 'final') unsupported(`a ${node.type} state`);
    if (node.entry.length || node.exit.length || node.invoke.length || node.after.length) unsupported('entry or exit actions, delays or invoked actors');
    tables.set(key, { key, on: new Map(), always: [], final: node.type === 'final', shape: machine.resolveState({ value: key, context: {} as GameState }) });
  }
  for (const [key, node] of Object.entries(root.states)) {
    const table = tables.get(key) as StateTable & { on: Map<string, Transition[]>; always: Transition[] };
    for (const [type, defs] of node.transitions) table.on.set(type, defs.map(transition));
    table.always.push(...(node.always ?? []).map(transition));
  }
  const states: ReadonlyMap<string, StateTable> = tables;
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

/** What guards and assigns receive. One per step, refilled before each call: a guard or assign reads it and keeps nothing. */
type Args = { context: GameState; event: AnyEvent };

/** Runs a transition's assign actions: each returns the whole context (an assign of every key). */
function run(t: Transition, args: Args): GameState {
  for (const a of t.assigns) args.context = a(args);
  return args.context;
}

/** Takes the eventless transitions from a state (with the event that led there) until none is enabled: where the machine rests. */
function settleAt(table: StateTable, args: Args): Resting {
  for (let hops = 0; ; hops++) {
    if (hops > 100) throw new Error(`step: eventless transitions loop at "${table.key}"`);
    let t: Transition | undefined;
    for (const x of table.always) {
      if (x.guard === null || x.guard(args)) { t = x; break; }
    }
    if (!t) return { value: table.key, context: args.context };
    run(t, args);
    // A transition without a target stays, and its state's eventless transitions are tried again (as XState does).
    if (t.target !== null) table = t.target;
  }
}

/** The first resting place: a new game from a seed, or (with `state`) a game resumed where it was. */
function beginWith(c: Compiled, input: GameInput): Resting {
  return settleAt(c.states.get(c.initial) as StateTable, { context: c.context(input), event: { type: 'xstate.init', input } });
}

/** The resting place after an event from `value` with `context`, or null when no transition takes it (a guard said no, or the game is over). */
function moveWith(c: Compiled, value: string, context: GameState, event: GameEvent): Resting | null {
  const table = c.states.get(value);
  if (!table || table.final) return null;
  const candidates = table.on.get(event.type);
  if (!candidates) return null;
  const args: Args = { context, event };
  for (const t of candidates) {
    if (t.guard !== null && !t.guard(args)) continue;
    run(t, args);
    return settleAt(t.target ?? table, args);
  }
  return null;
}

/** XState's snapshot of a resting place: the state's shape with this context. */
const snapshotOf = (c: Compiled, r: Resting): GameSnapshot => ({ ...(c.states.get(r.value) as StateTable).shape, context: r.context });

/** The machine's first snapshot: a new game from a seed, or (with `state`) a game resumed where it was. */
export function startSnapshot(machine: GameMachine, input: GameInput): GameSnapshot {
  const c = compiledOf(machine);
  return snapshotOf(c, beginWith(c, input));
}

/**
 * The next snapshot after an event, as a pure function. A refused event returns the very snapshot it was
 * given (the guard said no), so callers tell refusals by identity. A content bug (EngineError) is thrown.
 */
export function step(machine: GameMachine, snapshot: GameSnapshot, event: GameEvent): GameSnapshot {
  return stepWith(compiledOf(machine), snapshot, event);
}

function stepWith(c: Compiled, snapshot: GameSnapshot, event: GameEvent): GameSnapshot {
  if (snapshot.status !== 'active') return snapshot;
  const r = moveWith(c, snapshot.value as string, snapshot.context, event);
  return r === null ? snapshot : snapshotOf(c, r);
}

/**
 * `startSnapshot` and `step` bound to one machine, for a host that steps the same machine many times; and the
 * same two on bare resting places (`begin`, `move`: no snapshot is built), for an analysis that keeps many states.
 */
export interface Stepper {
  start(input: GameInput): GameSnapshot;
  step(snapshot: GameSnapshot, event: GameEvent): GameSnapshot;
  begin(input: GameInput): Resting;
  /** The resting place after an event, or null when the event is refused. */
  move(at: Resting, event: GameEvent): Resting | null;
}

export function stepperOf(machine: GameMachine): Stepper {
  const c = compiledOf(machine);
  return {
    start: (input) => snapshotOf(c, beginWith(c, input)),
    step: (snapshot, event) => stepWith(c, snapshot, event),
    begin: (input) => beginWith(c, input),
    move: (at, event) => moveWith(c, at.value, at.context, event),
  };
}

const built = new WeakMap<Scenario, { readonly machine: GameMachine; readonly stepper: Stepper }>();

/** A scenario's machine and its stepper, built once per parsed scenario object (every host and the analysis share them). */
export function gameMachineOf(scenario: Scenario): { readonly machine: GameMachine; readonly stepper: Stepper } {
  let m = built.get(scenario);
  if (!m) {
    const machine = createGameMachine(scenario);
    m = { machine, stepper: stepperOf(machine) };
    built.set(scenario, m);
  }
  return m;
}
