/**
 * The pure step executes the machine's own definition: it must give exactly what XState's general
 * interpreter gives for the same snapshot and event, on every shipped scenario, and refuse a definition
 * it would not interpret faithfully.
 */
import { assign, initialTransition, setup, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createGameMachine, nextRandom, openingState, rejectChoice, startSnapshot, step, type GameMachine, type GameSnapshot } from '../../src/engine';
import { shippedScenarios } from '../content/helpers';
import { mini } from '../support/scenarios';

/** What a snapshot says: where the machine rests, whether it is done, and the game state. */
const view = (x: GameSnapshot) => ({ value: x.value, status: x.status, context: x.context });

describe('the pure step against XState\'s own interpreter', () => {
  for (const { scenario: s } of shippedScenarios()) {
    it(`gives the same snapshots as xstate.transition over 40 seeded plays of ${s.id}, refusals included`, () => {
      const machine = createGameMachine(s);
      for (let seed = 1; seed <= 40; seed++) {
        const [reference] = initialTransition(machine, { seed });
        let ours = startSnapshot(machine, { seed });
        let theirs = reference;
        expect(view(ours)).toEqual(view(theirs));
        let rng = seed;
        for (let guard = 0; ours.status === 'active' && guard < 500; guard++) {
          const node = s.nodes[ours.context.node];
          if (node?.type !== 'scene') break;
          const r = nextRandom(rng);
          rng = r.state;
          // Mostly available choices, sometimes any choice (a refusal must leave both snapshots as they were).
          const pool = r.value < 0.2 ? node.choices : node.choices.filter((c) => rejectChoice(s, ours.context, c.id) === undefined);
          if (pool.length === 0) break;
          const choice = pool[Math.floor(r.value * 997) % pool.length]!.id;
          const event = { type: 'CHOOSE' as const, choice };
          const next = step(machine, ours, event);
          const [ref] = transition(machine, theirs, event);
          expect(view(next)).toEqual(view(ref));
          expect(next === ours).toBe(ref.context === theirs.context);
          ours = next;
          theirs = ref;
        }
        expect(ours.status).toBe(theirs.status);
      }
    });
  }

  it('starts a new game at the opening state and a resumed one where it was, playing or ended', () => {
    const s = mini();
    const machine = createGameMachine(s);
    expect(startSnapshot(machine, { seed: 4 }).context).toEqual(openingState(s, 4));
    let snap = startSnapshot(machine, { seed: 3 });
    for (const choice of ['green', 'skip', 'air', 'deliver']) snap = step(machine, snap, { type: 'CHOOSE', choice });
    const [reference] = initialTransition(machine, { seed: 3, state: snap.context });
    const resumed = startSnapshot(machine, { seed: 3, state: snap.context });
    expect(view(resumed)).toEqual(view(reference));
    expect(resumed.matches('ended')).toBe(true);
  });
});

describe('a machine definition the step does not interpret', () => {
  const machine = (config: Record<string, unknown>) =>
    setup({ types: { context: {} as any, events: {} as any }, actions: { a: assign(({ context }) => context), log: () => {} } }).createMachine({
      context: () => ({}),
      initial: 'one',
      states: { one: config, two: { type: 'final' } },
    } as any) as unknown as GameMachine;
  const start = (m: GameMachine) => () => startSnapshot(m, { seed: 1 });

  it('is refused with the reason: entry actions, actions other than assign, nested states, delays', () => {
    expect(start(machine({ entry: 'a' }))).toThrow(/entry or exit actions/);
    expect(start(machine({ on: { GO: { actions: 'log' } } }))).toThrow(/an action other than a named assign/);
    expect(start(machine({ initial: 'x', states: { x: {} } }))).toThrow(/a compound state/);
    expect(start(machine({ after: { 10: 'two' } }))).toThrow(/delays/);
  });

  it('interprets a plain one: an eventless transition to the final state', () => {
    const m = machine({ always: { target: 'two', actions: 'a' } });
    expect([startSnapshot(m, { seed: 1 }).value, startSnapshot(m, { seed: 1 }).status]).toEqual(['two', 'done']);
  });
});
