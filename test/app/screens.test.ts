/** The screen machine: which screen shows, and what the browser's Back does (asks before leaving a game). */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { entryToReuse } from '../../src/app/history';
import { screenMachine, screenOf, type ScreenEmitted } from '../../src/app/screens';

function start() {
  const actor = createActor(screenMachine);
  const emitted: ScreenEmitted[] = [];
  for (const type of ['record', 'restore', 'hold', 'ask', 'leave'] as const) actor.on(type, (e) => emitted.push(e));
  actor.start();
  return { actor, emitted, screen: () => screenOf(actor.getSnapshot().value) };
}

describe('screen machine', () => {
  it('records each screen the app shows, as asked (push or replace)', () => {
    const { actor, emitted, screen } = start();
    actor.send({ type: 'SHOW', screen: 'title', how: 'replace' });
    actor.send({ type: 'SHOW', screen: 'picker', how: 'push' });
    expect(screen()).toEqual({ screen: 'picker', asking: false });
    expect(emitted).toEqual([{ type: 'record', screen: 'title', how: 'replace' }, { type: 'record', screen: 'picker', how: 'push' }]);
  });

  it('Back from the picker restores the title without asking', () => {
    const { actor, emitted, screen } = start();
    actor.send({ type: 'SHOW', screen: 'picker', how: 'push' });
    emitted.length = 0;
    actor.send({ type: 'BACK', to: { screen: 'title', depth: 0 }, inProgress: false });
    expect(screen().screen).toBe('title');
    expect(emitted).toEqual([{ type: 'restore', place: { screen: 'title', depth: 0 } }]);
  });

  it('Back during a game in progress holds the game and asks; Stay keeps playing, Leave goes back for real', () => {
    const { actor, emitted, screen } = start();
    actor.send({ type: 'SHOW', screen: 'play', how: 'push' });
    emitted.length = 0;
    const back = { type: 'BACK', to: { screen: 'picker', depth: 1 }, inProgress: true } as const;
    actor.send(back);
    expect(screen()).toEqual({ screen: 'play', asking: true });
    expect(emitted.map((e) => e.type)).toEqual(['hold', 'ask']);
    // Back again while asking: hold again, no second question.
    actor.send(back);
    expect(emitted.map((e) => e.type)).toEqual(['hold', 'ask', 'hold']);
    actor.send({ type: 'STAY' });
    expect(screen()).toEqual({ screen: 'play', asking: false });
    emitted.length = 0;
    actor.send(back);
    actor.send({ type: 'LEAVE' });
    expect(emitted.map((e) => e.type)).toEqual(['hold', 'ask', 'leave']);
    // The browser then goes back: now it goes through.
    actor.send(back);
    expect(screen()).toEqual({ screen: 'picker', asking: false });
    expect(emitted.at(-1)).toEqual({ type: 'restore', place: { screen: 'picker', depth: 1 } });
  });

  it('Back from a finished game (no game in progress) leaves at once', () => {
    const { actor, screen } = start();
    actor.send({ type: 'SHOW', screen: 'play', how: 'push' });
    actor.send({ type: 'BACK', to: { screen: 'title', depth: 0 }, inProgress: false });
    expect(screen().screen).toBe('title');
  });
});

describe('history entries to return to instead of piling up new ones', () => {
  it('returns to the entry just before when it shows the same screen (back to the game from about)', () => {
    expect(entryToReuse(['title', 'picker', 'play', 'about'], 3, 'play')).toBe(2);
  });

  it('returns to an earlier title or picker, unless a game lies between (Back then still leads through it)', () => {
    expect(entryToReuse(['title', 'picker'], 1, 'title')).toBe(0);
    expect(entryToReuse(['title', 'about', 'picker', 'report'], 3, 'title')).toBe(0);
    expect(entryToReuse(['title', 'picker', 'play'], 2, 'title')).toBe(-1);
    expect(entryToReuse(['title', 'picker', 'play', 'about'], 3, 'picker')).toBe(-1);
  });

  it('never reuses at the first entry, and never for a new game or the report', () => {
    expect(entryToReuse(['title'], 0, 'title')).toBe(-1);
    expect(entryToReuse(['title', 'picker'], 1, 'play')).toBe(-1);
    expect(entryToReuse(['title', 'play'], 1, 'report')).toBe(-1);
  });
});
