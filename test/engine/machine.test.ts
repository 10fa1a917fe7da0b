import { createActor, getNextSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createGameMachine } from '../../src/engine';
import { mini } from '../support/scenarios';

describe('the XState machine built from a scenario', () => {
  it('plays to a final state through CHOOSE events', () => {
    const actor = createActor(createGameMachine(mini()), { input: { seed: 3 } }).start();
    for (const choice of ['green', 'skip', 'air', 'deliver']) actor.send({ type: 'CHOOSE', choice });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('ended');
    expect(snap.status).toBe('done');
    expect(snap.context.node).toBe('success');
  });

  it('ignores a CHOOSE its guard refuses (an unavailable choice)', () => {
    const actor = createActor(createGameMachine(mini()), { input: { seed: 3 } }).start();
    actor.send({ type: 'CHOOSE', choice: 'green' });
    actor.send({ type: 'CHOOSE', choice: 'skip' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'CHOOSE', choice: 'vip' });
    expect(actor.getSnapshot().context).toBe(before);
  });

  it('computes the next snapshot as a pure function of snapshot and event', () => {
    const machine = createGameMachine(mini());
    const actor = createActor(machine, { input: { seed: 9 } }).start();
    const snap = actor.getSnapshot();
    const a = getNextSnapshot(machine, snap, { type: 'CHOOSE', choice: 'roasted' });
    const b = getNextSnapshot(machine, snap, { type: 'CHOOSE', choice: 'roasted' });
    expect(a.context).toEqual(b.context);
    expect(snap.context.node).toBe('classify');
  });
});
