import { expect, it } from 'vitest';
import { createGame, type Game } from '../../src/engine';
import { rankSeats } from '../../src/workshop/debrief';
import { mini } from '../support/scenarios';

const scenario = mini();

function play(seed: number, steps: [string, string[]?][]): Game {
  const g = createGame(scenario, seed);
  for (const [choice, forced] of steps) expect(g.choose(choice, forced ?? []).ok, choice).toBe(true);
  return g;
}

it('ranks finished seats: success first, then readiness, then money left; pseudonyms by position; ties share a rank', () => {
  const plays = [
    play(1, [['roasted'], ['skip'], ['sea', ['green-lane']], ['deliver']]), // S1 refused
    play(2, [['green'], ['apply'], ['air', ['green-lane']], ['deliver']]), // S2 success, 1000-300-600 = 100 left
    play(3, [['green'], ['skip']]), // S3 still playing: not ranked
    null, // S4 removed: keeps its number, not ranked
    play(5, [['green'], ['skip'], ['sea', ['red-lane']], ['deliver']]), // S5 success, 800 left
    play(6, [['roasted'], ['splurge']]), // S6 out of money
    { seed: 7, log: ['green', 'skip', 'sea', '@green-lane', 'deliver'] }, // S7 success, 800 left: same as S5
  ];
  const rows = rankSeats(scenario, plays);
  expect(rows.map((r) => [r.rank, r.seat, r.kind, r.money])).toEqual([
    [1, 'S5', 'success', 800], [1, 'S7', 'success', 800], [3, 'S2', 'success', 100],
    [4, 'S1', 'refused', 600], [5, 'S6', 'over-budget', -1000],
  ]);
  expect(rows.every((r) => /^S\d+$/.test(r.seat))).toBe(true);
});

it('readiness outranks money among equal outcomes', () => {
  // Both out of money with the same money left; S2 classified right, so its readiness is higher.
  const rows = rankSeats(scenario, [
    play(1, [['roasted'], ['splurge']]), // over-budget, readiness low
    play(2, [['green'], ['splurge']]), // over-budget, classification right: higher readiness, same money
  ]);
  expect(rows.map((r) => r.seat)).toEqual(['S2', 'S1']);
  expect((rows[0]?.overall ?? 0)).toBeGreaterThan(rows[1]?.overall ?? 0);
});

it('leaves out logs that do not replay and games of another scenario', () => {
  const other = mini((raw) => { raw.id = 'other'; });
  const g = createGame(other, 1);
  expect(rankSeats(scenario, [{ seed: 1, log: ['nope'] }, g])).toEqual([]);
});
