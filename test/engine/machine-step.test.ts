/**
 * The pure step executes the machine's own definition: it must give exactly what XState's general
 * interpreter gives for the same snapshot and event, on every shipped scenario (the shapes it refuses:
 * machine-shapes.test.ts).
 */
import { assign, initialTransition, setup, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { chanceWeights, createGameMachine, nextRandom, openingState, rejectChoice, startSnapshot, startState, step, type GameEvent, type GameMachine, type GameSnapshot } from '../../src/engine';
import { shippedScenarios } from '../content/helpers';
import { mini, scene, tiny } from '../support/scenarios';

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

  for (const { scenario: s } of shippedScenarios()) {
    it(`gives the same snapshots as xstate.transition when an explorer holds at chance nodes and draws (DRAW) over 40 plays of ${s.id}`, () => {
      const machine = createGameMachine(s);
      let draws = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const [reference] = initialTransition(machine, { seed, hold: true });
        let ours = startSnapshot(machine, { seed, hold: true });
        let theirs = reference;
        expect(view(ours)).toEqual(view(theirs));
        let rng = seed;
        for (let guard = 0; ours.status === 'active' && guard < 500; guard++) {
          const node = s.nodes[ours.context.node];
          const r = nextRandom(rng);
          rng = r.state;
          let event: GameEvent;
          if (ours.value === 'drawing') {
            expect(node?.type).toBe('chance');
            // Any index, impossible ones included (weight 0, out of range: refused by both).
            const count = node?.type === 'chance' ? node.outcomes.length : 0;
            event = { type: 'DRAW', outcome: Math.floor(r.value * 997) % (count + 1) };
            draws++;
          } else {
            if (node?.type !== 'scene') break;
            const pool = r.value < 0.2 ? node.choices : node.choices.filter((c) => rejectChoice(s, ours.context, c.id) === undefined);
            if (pool.length === 0) break;
            event = { type: 'CHOOSE', choice: pool[Math.floor(r.value * 997) % pool.length]!.id, hold: true };
          }
          const next = step(machine, ours, event);
          const [ref] = transition(machine, theirs, event);
          expect(view(next)).toEqual(view(ref));
          expect(next === ours).toBe(ref.context === theirs.context);
          ours = next;
          theirs = ref;
        }
        expect(ours.status).toBe(theirs.status);
      }
      expect(draws).toBeGreaterThan(40);
    });
  }

  it('holds at a chance node the game starts at, and a player draws it at once, as xstate.transition does', () => {
    const s = tiny({
      s0: { type: 'chance', outcomes: [{ id: 'a', title: 'a', text: 'a.', weight: 1, next: 's1' }, { id: 'b', title: 'b', text: 'b.', weight: 1, next: 'late' }] },
      s1: scene([{ id: 'go', next: 'win' }]),
    });
    const machine = createGameMachine(s);
    for (const input of [{ seed: 5 }, { seed: 5, hold: true }, { seed: 6, state: startState(s, 6) }, { seed: 6, state: startState(s, 6), hold: true }]) {
      const [reference] = initialTransition(machine, input);
      expect(view(startSnapshot(machine, input))).toEqual(view(reference));
    }
    expect(startSnapshot(machine, { seed: 5, hold: true }).value).toBe('drawing');
    expect(startSnapshot(machine, { seed: 5 }).value).not.toBe('drawing');
    const held = startSnapshot(machine, { seed: 5, hold: true });
    const [drawn] = transition(machine, held, { type: 'DRAW', outcome: 1 });
    expect(view(step(machine, held, { type: 'DRAW', outcome: 1 }))).toEqual(view(drawn));
    expect(drawn.value).toBe('ended');
  });

  it('follows a choice and its outcomes one node at a time (CHOOSE with hold, then DRAW) to the state the player reaches with them forced', () => {
    const s = mini();
    const machine = createGameMachine(s);
    let player = startSnapshot(machine, { seed: 3 });
    for (const choice of ['green', 'skip']) player = step(machine, player, { type: 'CHOOSE', choice });
    const held = step(machine, player, { type: 'CHOOSE', choice: 'air', hold: true });
    expect([held.value, held.context.node]).toEqual(['drawing', 'inspection']);
    const weights = chanceWeights(s, held.context);
    for (let i = 0; i < weights.length; i++) {
      const outcome = (s.nodes.inspection as { outcomes: { id: string }[] }).outcomes[i]!.id;
      const drawn = step(machine, held, { type: 'DRAW', outcome: i });
      expect(drawn).not.toBe(held);
      expect(drawn.value).toBe('playing');
      expect(drawn.context).toEqual(step(machine, player, { type: 'CHOOSE', choice: 'air', forced: [outcome] }).context);
    }
    // Only a chance node takes DRAW, and only an outcome it has; a held machine takes no CHOOSE.
    expect(step(machine, player, { type: 'DRAW', outcome: 0 })).toBe(player);
    expect(step(machine, held, { type: 'DRAW', outcome: weights.length })).toBe(held);
    expect(step(machine, held, { type: 'CHOOSE', choice: 'deliver' })).toBe(held);
  });

  it('refuses a DRAW of an outcome that cannot happen in this state (weight 0)', () => {
    const s = tiny({
      s0: scene([{ id: 'go', next: 'c' }]),
      c: { type: 'chance', outcomes: [{ id: 'never', title: 'never', text: 'never.', weight: 0, next: 'late' }, { id: 'yes', title: 'yes', text: 'yes.', weight: 2, next: 'win' }] },
    });
    const machine = createGameMachine(s);
    const held = step(machine, startSnapshot(machine, { seed: 1 }), { type: 'CHOOSE', choice: 'go', hold: true });
    expect(held.value).toBe('drawing');
    expect(step(machine, held, { type: 'DRAW', outcome: 0 })).toBe(held);
    const [ref] = transition(machine, held, { type: 'DRAW', outcome: 0 });
    expect(ref.context).toBe(held.context);
    expect(step(machine, held, { type: 'DRAW', outcome: 1 }).context.node).toBe('win');
  });

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
