/** The save envelope's feedback mode: written, read back, absent in older saves (coach), and refused when it is not a mode. */
import { describe, expect, it } from 'vitest';
import { createGame, loadGame, saveGame, type Game } from '../../src/engine';
import { mini } from '../support/scenarios';

const game = (): Game => {
  const g = createGame(mini(), 31);
  g.choose('green');
  return g;
};

describe('the feedback mode in saves', () => {
  it('is stored and read back, so a reload continues in the same mode', () => {
    for (const mode of ['coach', 'challenge'] as const) {
      const save = saveGame(game(), mode);
      expect(save.mode).toBe(mode);
      const r = loadGame(mini(), JSON.stringify(save));
      expect(r).toMatchObject({ ok: true, mode });
    }
  });

  it('defaults to coach when a game is saved without one, and for saves made before modes existed', () => {
    expect(saveGame(game()).mode).toBe('coach');
    const { mode: _dropped, ...old } = saveGame(game(), 'challenge');
    const r = loadGame(mini(), JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.mode).toBe('coach');
      expect(r.game.state).toEqual(game().state);
    }
  });

  for (const hostile of ['expert', '', 'CHALLENGE', 1, null, true, ['challenge'], { mode: 'challenge' }, '__proto__', 'x'.repeat(100_000)]) {
    it(`refuses the mode ${JSON.stringify(hostile).slice(0, 30)} as a damaged save, without throwing`, () => {
      const save = { ...saveGame(game(), 'challenge'), mode: hostile };
      const r = loadGame(mini(), JSON.stringify(save));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('corrupt');
        expect(r.error.message).toMatch(/feedback mode/);
      }
    });
  }
});
