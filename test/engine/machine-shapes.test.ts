/**
 * The pure step interprets only the machine shapes it can execute faithfully: every other shape is refused
 * with its reason when the machine is first stepped, and the shapes it does take (guardless and eventless
 * transitions, transitions that stay) give what XState's own interpreter gives.
 */
import { assign, initialTransition, setup, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { startSnapshot, step, type GameEvent, type GameMachine } from '../../src/engine';

type Config = Record<string, unknown>;

/** A two-state machine (`one`, final `two`) with `top` merged into the root, `one` as given and `extra` states. */
const machine = (top: Config, one: Config, extra: Config = {}) =>
  setup({
    types: { context: {} as { n: number }, events: {} as { type: string } },
    guards: { yes: () => true, no: () => false },
    actions: { bump: assign(({ context }) => ({ n: context.n + 1 })), log: () => {} },
  }).createMachine({ context: () => ({ n: 0 }), initial: 'one', ...top, states: { one, two: { type: 'final' }, ...extra } } as never) as unknown as GameMachine;

const refusal = (m: GameMachine) => {
  try {
    startSnapshot(m, { seed: 1 });
    return 'interpreted';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('a machine shape the pure step does not interpret', () => {
  it.each([
    ['an entry action on the root', { entry: 'bump' }],
    ['an exit action on the root', { exit: 'bump' }],
    ['an actor invoked by the root', { invoke: { src: 'x' } }],
    ['an event handled by the root', { on: { GO: { actions: 'bump' } } }],
    ['an eventless transition on the root', { always: { guard: 'no', actions: 'bump' } }],
  ])('is refused: %s', (_, top) => {
    expect(refusal(machine(top, {}))).toBe('step: the game machine uses actions, events or actors on the root, which the pure step does not interpret');
  });

  it.each([
    ['an entry action', { entry: 'bump' }],
    ['an exit action', { exit: 'bump' }],
    ['an invoked actor', { invoke: { src: 'x' } }],
    ['a delayed transition', { after: { 10: 'two' } }],
  ])('is refused: %s on a state', (_, one) => {
    expect(refusal(machine({}, one))).toBe('step: the game machine uses entry or exit actions, delays or invoked actors, which the pure step does not interpret');
  });

  it.each([
    ['a compound state', {}, { initial: 'x', states: { x: {} } }, {}, 'a compound state'],
    ['a parallel state', {}, { type: 'parallel', states: { x: {}, y: {} } }, {}, 'a parallel state'],
    ['a transition to several states', {}, { on: { GO: { target: ['two', 'three'] } } }, { three: {} }, 'a transition to several states'],
    ['a transition out of the top level', { id: 'root' }, { on: { GO: { target: '#root' } } }, {}, 'a transition out of the top level'],
    ['a re-entering self-transition', {}, { on: { GO: { reenter: true, actions: 'bump' } } }, {}, 'a re-entering self-transition'],
    ['an inline guard', {}, { on: { GO: { guard: () => true, target: 'two' } } }, {}, 'a guard that is not a named implementation'],
    ['an inline assign', {}, { on: { GO: { actions: assign(({ context }: { context: { n: number } }) => context), target: 'two' } } }, {}, 'an action other than a named assign'],
    ['a named action that is not an assign', {}, { on: { GO: { actions: 'log', target: 'two' } } }, {}, 'an action other than a named assign'],
    ['a context that is not built from the input', { context: { n: 0 } }, {}, {}, 'a context that is not built from the input'],
  ])('is refused: %s', (_, top, one, extra, reason) => {
    expect(refusal(machine(top, one, extra))).toBe(`step: the game machine uses ${reason}, which the pure step does not interpret`);
  });

  it('stops an endless loop of eventless transitions with the state it loops at', () => {
    const m = machine({}, { always: { target: 'three' } }, { three: { always: { target: 'one' } } });
    expect(refusal(m)).toMatch(/^step: eventless transitions loop at "(one|three)"$/);
  });

  it('follows a chain of 100 eventless hops (the loop guard allows them)', () => {
    const chain: Config = {};
    for (let i = 0; i < 100; i++) chain[`s${i}`] = { always: { target: i === 99 ? 'two' : `s${i + 1}`, actions: 'bump' } };
    const m = machine({ initial: 's0' }, {}, chain);
    const snap = startSnapshot(m, { seed: 1 });
    expect([snap.value, snap.status, snap.context]).toEqual(['two', 'done', { n: 100 }]);
  });
});

describe('a machine shape the pure step interprets', () => {
  /** The pure step and XState's interpreter, from the start through these events. */
  const both = (m: GameMachine, events: readonly string[]) => {
    let ours = startSnapshot(m, { seed: 1 });
    let [theirs] = initialTransition(m, { seed: 1 });
    const seen: unknown[][] = [[ours.value, ours.status, ours.context, theirs.value, theirs.status, theirs.context]];
    for (const type of events) {
      ours = step(m, ours, { type } as unknown as GameEvent);
      [theirs] = transition(m, theirs, { type } as never);
      seen.push([ours.value, ours.status, ours.context, theirs.value, theirs.status, theirs.context]);
    }
    return seen;
  };
  const agree = (seen: unknown[][]) => seen.map((r) => [r[0], r[1], r[2]]).every((x, i) => JSON.stringify(x) === JSON.stringify((seen[i] as unknown[]).slice(3)));

  it('takes a guardless eventless transition at once', () => {
    const seen = both(machine({}, { always: { actions: 'bump', target: 'two' } }), []);
    expect(seen[0]?.slice(0, 3)).toEqual(['two', 'done', { n: 1 }]);
    expect(agree(seen)).toBe(true);
  });

  it('stays in its state on a transition without a target, running its assign (no exit, no entry)', () => {
    const seen = both(machine({}, { on: { GO: { actions: 'bump' }, END: { target: 'two' } } }), ['GO', 'GO', 'END', 'GO']);
    expect(seen.map((r) => [r[0], r[2]])).toEqual([['one', { n: 0 }], ['one', { n: 1 }], ['one', { n: 2 }], ['two', { n: 2 }], ['two', { n: 2 }]]);
    expect(agree(seen)).toBe(true);
  });

  it('tries the candidates of an event in order and takes the first whose guard holds; none: the same snapshot', () => {
    const m = machine({}, { on: { GO: [{ guard: 'no', target: 'two' }, { guard: 'yes', actions: 'bump' }], STOP: { guard: 'no', target: 'two' } } });
    const seen = both(m, ['GO', 'STOP']);
    expect(seen.map((r) => [r[0], r[2]])).toEqual([['one', { n: 0 }], ['one', { n: 1 }], ['one', { n: 1 }]]);
    expect(agree(seen)).toBe(true);
    const start = startSnapshot(m, { seed: 1 });
    expect(step(m, start, { type: 'STOP' } as unknown as GameEvent)).toBe(start);
    expect(step(m, start, { type: 'UNKNOWN' } as unknown as GameEvent)).toBe(start);
  });

  it('repeats an eventless transition without a target while its guard holds, as XState does', () => {
    const m = setup({
      types: { context: {} as { n: number }, events: {} as { type: string } },
      guards: { low: ({ context }) => context.n < 3 },
      actions: { bump: assign(({ context }) => ({ n: context.n + 1 })) },
    }).createMachine({ context: () => ({ n: 0 }), initial: 'one', states: { one: { always: { guard: 'low', actions: 'bump' } }, two: { type: 'final' } } }) as unknown as GameMachine;
    const seen = both(m, []);
    expect(seen[0]?.slice(0, 3)).toEqual(['one', 'active', { n: 3 }]);
    expect(agree(seen)).toBe(true);
  });

  it('stops a guardless eventless transition without a target (it would repeat for ever)', () => {
    expect(refusal(machine({}, { always: { actions: 'bump' } }))).toBe('step: eventless transitions loop at "one"');
  });
});
