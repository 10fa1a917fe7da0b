import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/engine';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT, suspendedScenario } from '../../src/lms/suspend';
import { shippedScenarios } from '../content/helpers';

const shipped = shippedScenarios();
const coffee = shipped.find((s) => s.scenario.id === 'coffee')?.scenario ?? (shipped[0] as (typeof shipped)[number]).scenario;

/** Plays to the end; `pick` chooses among the available choices (by index). */
function play(game: Game, pick: (n: number, step: number) => number): Game {
  for (let step = 0; game.view().status !== 'ended' && step < 500; step++) {
    const choices = game.view().choices.filter((c) => c.available);
    if (choices.length === 0) break;
    game.choose((choices[pick(choices.length, step)] as (typeof choices)[number]).id);
  }
  return game;
}

/** Among the available choices, the one after which the game can go on longest (one step ahead, then random). */
function stalling(game: Game, seed: number): Game {
  let r = seed;
  return play(game, (n) => {
    r = (r * 1103515245 + 12345) >>> 0;
    // Prefer choices whose id is longest (the most bytes per step), ties by a seeded draw.
    const choices = game.view().choices.filter((c) => c.available);
    const longest = Math.max(...choices.map((c) => c.id.length));
    const candidates = choices.map((c, i) => ({ c, i })).filter((x) => x.c.id.length === longest);
    return (candidates[r % candidates.length] as { i: number }).i % n;
  });
}

describe('suspend data codec', () => {
  it('round-trips a game in progress and a finished one, with mode, seed and position', () => {
    const game = createGame(coffee, 1234);
    play(game, (n, step) => (step * 7) % n);
    for (const g of [game, play(createGame(coffee, 99), () => 0)]) {
      const text = encodeSuspend(g, 'challenge');
      expect(text).not.toBeNull();
      expect(text?.startsWith('tg1:')).toBe(true);
      const back = decodeSuspend(coffee, text as string);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.mode).toBe('challenge');
      expect(back.game.seed).toBe(g.seed);
      expect(back.game.state.log).toEqual(g.state.log);
      expect(back.game.state.node).toBe(g.state.node);
      expect(suspendedScenario(text as string)).toBe(coffee.id);
    }
  });

  it('is compressed: far smaller than the JSON save it holds', () => {
    const game = play(createGame(coffee, 5), () => 0);
    const text = encodeSuspend(game, 'coach') as string;
    expect(text.length).toBeLessThan(JSON.stringify(game.state.log).length + 400);
  });

  it.each(shipped.map((s) => [s.scenario.id, s.scenario] as const))('stays under 4,096 characters for every long game of %s', (_id, scenario) => {
    let longest = 0;
    for (let seed = 1; seed <= 250; seed++) {
      let r = seed * 7919;
      const random = play(createGame(scenario, seed), (n) => {
        r = (r * 1103515245 + 12345) >>> 0;
        return r % n;
      });
      for (const g of [random, stalling(createGame(scenario, seed), seed)]) {
        for (const mode of ['coach', 'challenge'] as const) {
          const text = encodeSuspend(g, mode);
          expect(text, `seed ${seed}`).not.toBeNull();
          longest = Math.max(longest, (text as string).length);
        }
      }
    }
    expect(longest).toBeLessThan(SUSPEND_LIMIT);
    console.log(`${scenario.id}: longest suspend_data ${longest} characters`);
  });

  it('refuses a game whose save would not fit (never writes more than 4,096 characters)', () => {
    const game = createGame(coffee, 1);
    const huge = { ...game, state: { ...game.state, log: Array.from({ length: 3000 }, (_, i) => `choice-${i}-${(i * 2654435761) >>> 0}`) } } as Game;
    expect(encodeSuspend(huge, 'coach')).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['not ours', 'bookmark=12|score=80'],
    ['bad base64', 'tg1:%%%not base64%%%'],
    ['not deflate', `tg1:${btoa('hello world, not deflated')}`],
    ['not JSON', `tg1:${btoa(String.fromCharCode(...deflateSync(strToU8('{oops'))))}`],
    ['not a save', `tg1:${btoa(String.fromCharCode(...deflateSync(strToU8('{"kind":"other"}'))))}`],
    ['too long', `tg1:${'A'.repeat(SUSPEND_LIMIT)}`],
  ])('reports damaged suspend data (%s) as an error, never a throw', (_name, text) => {
    const r = decodeSuspend(coffee, text);
    expect(r.ok).toBe(false);
  });

  it('rejects suspend data whose choices do not replay', () => {
    const game = play(createGame(coffee, 3), () => 0);
    const text = encodeSuspend({ ...game, state: { ...game.state, log: ['no-such-choice'] } } as Game, 'coach') as string;
    expect(decodeSuspend(coffee, text).ok).toBe(false);
  });

  it('cuts off a decompression bomb (short suspend data that inflates to megabytes)', () => {
    const bomb = deflateSync(new Uint8Array(2 << 20), { level: 9 });
    let binary = '';
    for (const b of bomb) binary += String.fromCharCode(b);
    const text = `tg1:${btoa(binary)}`;
    expect(text.length).toBeLessThan(SUSPEND_LIMIT);
    expect(decodeSuspend(coffee, text).ok).toBe(false);
    expect(suspendedScenario(text)).toBeNull();
  });
});
