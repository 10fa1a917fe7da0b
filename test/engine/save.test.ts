import { describe, expect, it } from 'vitest';
import { createGame, loadGame, saveGame, SAVE_VERSION, type Game } from '../../src/engine';
import { mini } from '../support/scenarios';

const midGame = (): Game => {
  const g = createGame(mini(), 77);
  g.choose('green');
  g.choose('apply');
  g.choose('sea');
  return g;
};

describe('saves', () => {
  it('round-trips a game through JSON to the identical state', () => {
    const g = midGame();
    const r = loadGame(mini(), JSON.stringify(saveGame(g)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.game.state).toEqual(g.state);
      r.game.choose('deliver');
      g.choose('deliver');
      expect(r.game.state).toEqual(g.state);
    }
  });

  it('names the scenario, its version and the seed in a versioned envelope', () => {
    expect(saveGame(midGame())).toMatchObject({ kind: 'trade-game/save', saveVersion: SAVE_VERSION, scenario: 'mini', scenarioVersion: '1.0.0', seed: 77 });
  });

  const cases: [string, (save: Record<string, any>) => unknown, string][] = [
    ['not JSON', () => '{"kind": "trade-game/sa', 'corrupt'],
    ['not a save', () => ({ hello: 1 }), 'not-a-save'],
    ['a newer save format', (s) => ({ ...s, saveVersion: SAVE_VERSION + 1 }), 'save-too-new'],
    ['an older save format', (s) => ({ ...s, saveVersion: 0 }), 'save-too-old'],
    ['another scenario', (s) => ({ ...s, scenario: 'tea' }), 'other-scenario'],
    ['another scenario version', (s) => ({ ...s, scenarioVersion: '0.9.0' }), 'other-version'],
    ['a log with an impossible choice', (s) => ({ ...s, log: ['green', 'teleport'] }), 'does-not-replay'],
    ['a tampered money figure', (s) => ({ ...s, check: { ...s.check, money: 999999 } }), 'corrupt'],
    ['a field of the wrong type', (s) => ({ ...s, seed: 'abc' }), 'corrupt'],
    ['null', () => null, 'not-a-save'],
    ['an absurd seed (1e300)', (s) => JSON.stringify(s).replace('"seed":77', '"seed":1e300'), 'corrupt'],
    ['a seed that is not a number (NaN)', (s) => ({ ...s, seed: NaN }), 'corrupt'],
    ['an infinite seed', (s) => ({ ...s, seed: Infinity }), 'corrupt'],
    ['a negative seed', (s) => ({ ...s, seed: -1 }), 'corrupt'],
    ['a fractional seed', (s) => ({ ...s, seed: 77.5 }), 'corrupt'],
    ['a seed past 32 bits (2^32)', (s) => ({ ...s, seed: 2 ** 32 }), 'corrupt'],
  ];
  it('loads the smallest and the largest seed a game can have (0 and 2^32 − 1)', () => {
    for (const seed of [0, 2 ** 32 - 1]) {
      const g = createGame(mini(), seed);
      g.choose('green');
      const r = loadGame(mini(), JSON.stringify(saveGame(g)));
      expect(r.ok && r.game.state).toEqual(g.state);
      expect(g.seed).toBe(seed);
    }
  });

  it('says that the seed is what is wrong with a save whose seed no game has', () => {
    const text = JSON.stringify(saveGame(midGame())).replace('"seed":77', '"seed":1e300');
    const r = loadGame(mini(), text);
    expect(!r.ok && r.error.message).toContain('its seed is not a whole number from 0 to 4,294,967,295');
  });

  for (const [what, mutate, code] of cases) {
    it(`refuses ${what} with the error code ${code}`, () => {
      const save = JSON.parse(JSON.stringify(saveGame(midGame())));
      const r = loadGame(mini(), mutate(save));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    });
  }
});
