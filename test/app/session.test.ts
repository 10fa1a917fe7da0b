/** One play session for solo and workshop games: each choice goes to its sink, which may refuse it or fail to keep it. */
import { describe, expect, it } from 'vitest';
import { Session, type ChoiceSink } from '../../src/app/session';
import { createGame, type Game } from '../../src/engine';
import { scene, tiny } from '../support/scenarios';

const scenario = tiny({
  s0: scene([{ id: 'a', next: 's1' }, { id: 'b', next: 'win' }]),
  s1: scene([{ id: 'c', next: 'win' }]),
});

function recordingSink(over: Partial<ChoiceSink> = {}): ChoiceSink & { kept: (string | null)[]; nexts: number } {
  const sink = {
    kept: [] as (string | null)[], nexts: 0,
    refusal: () => null,
    keep(_game: Game, choice: string | null) {
      sink.kept.push(choice);
      return true;
    },
    next() {
      sink.nexts++;
    },
    ...over,
  };
  return sink;
}

const choiceOf = (s: Session, id: string) => {
  const c = s.game.view().choices.find((x) => x.id === id);
  if (!c) throw new Error(`no choice ${id}`);
  return c;
};

describe('Session', () => {
  it('gives each choice to its sink and shows its consequence; next() returns to choosing and tells the sink', () => {
    const sink = recordingSink();
    const s = Session.start(scenario, null, 1, 'coach', sink);
    expect(s.choose(choiceOf(s, 'a'))).toBe(true);
    expect(sink.kept).toEqual(['a']);
    expect(s.phase.kind).toBe('outcome');
    expect(s.game.state.node).toBe('s1');
    s.next();
    expect(s.phase.kind).toBe('choose');
    expect(sink.nexts).toBe(1);
  });

  it('takes no choice while the sink refuses (e.g. the trainer paused the room)', () => {
    const sink = recordingSink({ refusal: () => 'paused' });
    const s = Session.start(scenario, null, 1, 'coach', sink);
    expect(s.choose(choiceOf(s, 'a'))).toBe(false);
    expect(s.game.state.node).toBe('s0');
    expect(sink.kept).toEqual([]);
    expect(s.phase.kind).toBe('choose');
  });

  it('says when the sink could not keep the choice (storage refused the autosave), and goes on', () => {
    const s = Session.start(scenario, null, 1, 'coach', recordingSink({ keep: () => false }));
    expect(s.choose(choiceOf(s, 'a'))).toBe(true);
    expect(s.saveFailed).toBe(true);
  });

  it('does not keep a game after an author jump (its log would not replay), and adopts an authoritative game', () => {
    const sink = recordingSink();
    const s = Session.start(scenario, null, 1, 'coach', sink);
    s.jump({ ...s.game.state, node: 's1' });
    expect(s.authentic).toBe(false);
    expect(s.choose(choiceOf(s, 'c'))).toBe(true);
    expect(sink.kept).toEqual([]);
    const server = createGame(scenario, 1);
    expect(server.choose('b').ok).toBe(true);
    s.adopt(server);
    expect(s.authentic).toBe(true);
    expect(s.game.state.node).toBe('win');
    expect(s.phase.kind).toBe('choose');
  });
});
