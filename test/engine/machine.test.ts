import { createActor, getNextSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createGame, createGameMachine, replay, startSnapshot, step } from '../../src/engine';
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

describe('the machine as pure steps (how every host plays)', () => {
  it('steps a snapshot without an actor and gives back the very snapshot on a refused choice', () => {
    const machine = createGameMachine(mini());
    const first = startSnapshot(machine, { seed: 3 });
    const green = step(machine, first, { type: 'CHOOSE', choice: 'green' });
    expect(green).not.toBe(first);
    expect(green.context.log).toEqual(['green']);
    expect(step(machine, green, { type: 'CHOOSE', choice: 'vip' })).toBe(green);
    expect(step(machine, green, { type: 'CHOOSE', choice: 'nonsense' })).toBe(green);
    expect(first.context.log).toEqual([]); // the earlier snapshot is untouched
  });

  it('reaches its final state, where every choice is refused', () => {
    const machine = createGameMachine(mini());
    let snap = startSnapshot(machine, { seed: 3 });
    for (const choice of ['green', 'skip', 'air', 'deliver']) snap = step(machine, snap, { type: 'CHOOSE', choice });
    expect(snap.value).toBe('ended');
    expect(snap.status).toBe('done');
    expect(step(machine, snap, { type: 'CHOOSE', choice: 'green' })).toBe(snap);
  });

  it('resumes at a saved state, playing or ended, and plays on exactly as the game it came from', () => {
    const machine = createGameMachine(mini());
    const game = createGame(mini(), 5);
    game.choose('green');
    const resumed = startSnapshot(machine, { seed: 5, state: game.state });
    expect(resumed.value).toBe('playing');
    expect(resumed.context).toBe(game.state);
    game.choose('skip');
    expect(step(machine, resumed, { type: 'CHOOSE', choice: 'skip' }).context).toEqual(game.state);
    for (const c of ['air', 'deliver']) game.choose(c);
    const over = startSnapshot(machine, { seed: 5, state: game.state });
    expect([over.value, over.status]).toEqual(['ended', 'done']);
  });

  it('pins forced outcomes through the guard: an outcome that does not fit is refused, not thrown', () => {
    const s = mini();
    const machine = createGameMachine(s);
    let snap = startSnapshot(machine, { seed: 3 });
    for (const choice of ['green', 'skip']) snap = step(machine, snap, { type: 'CHOOSE', choice });
    expect(step(machine, snap, { type: 'CHOOSE', choice: 'air', forced: ['no-such-outcome'] })).toBe(snap);
    expect(step(machine, snap, { type: 'CHOOSE', choice: 'air', forced: ['red-lane'] }).context.log).toEqual(['green', 'skip', 'air', '@red-lane']);
    const game = createGame(s, 3);
    for (const c of ['green', 'skip']) game.choose(c);
    expect(game.choose('air', ['no-such-outcome'])).toEqual({ ok: false, rejection: { code: 'bad-forced-outcome', choice: 'air' } });
    expect(game.state.log).toEqual(['green', 'skip']);
  });

  it('replays a log through the same machine: the same state as playing it', () => {
    const s = mini();
    const game = createGame(s, 8);
    for (const c of ['green', 'skip', 'air']) game.choose(c);
    const r = replay(s, 8, game.log);
    expect(r.ok).toBe(true);
    expect(r.game.state).toEqual(game.state);
    const bad = replay(s, 8, ['green', 'skip', 'vip']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([bad.step, bad.rejection.code, bad.game.state.log]).toEqual([2, 'unavailable', ['green', 'skip']]);
  });
});
