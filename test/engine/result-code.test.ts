import { describe, expect, it } from 'vitest';
import { createGame, decodeResultCode, encodeResultCode, replay, replayResultCode } from '../../src/engine';

/** The checksum result codes end with (the same arithmetic as src/engine/result-code.ts). */
function checksumOf(text: string): string {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1296;
  return h.toString(36).padStart(2, '0');
}
const tg1 = (id: string, version: string, seed: number, moves: string) => {
  const body = `TG1.${id}.${version}.${seed.toString(36)}.${moves}`;
  return `${body}.${checksumOf(body)}`;
};
import { mini } from '../support/scenarios';

describe('result codes', () => {
  it('replays to the same result', () => {
    const g = createGame(mini(), 4242);
    for (const c of ['roasted', 'apply', 'sea', 'deliver']) g.choose(c);
    const code = encodeResultCode(g);
    expect(code).toMatch(/^TG2\.mini\.1\.0\.0\.[0-9a-z]+\.c\./);
    const decoded = decodeResultCode(code);
    expect(decoded).not.toBeNull();
    const r = replayResultCode(mini(), decoded!);
    expect(r.ok && r.game.state).toEqual(g.state);
    expect(r.ok && r.game.report()).toEqual(g.report());
  });

  it('rejects a code with a typo', () => {
    const g = createGame(mini(), 1);
    g.choose('green');
    const code = encodeResultCode(g);
    const typo = code.replace('.0.', '.1.');
    expect(decodeResultCode(typo)).toBeNull();
    expect(decodeResultCode('hello')).toBeNull();
  });

  it('names the feedback mode, and still reads a first-form (TG1) code as coach', () => {
    const g = createGame(mini(), 4242);
    for (const c of ['roasted', 'apply', 'sea', 'deliver']) g.choose(c);
    expect(decodeResultCode(encodeResultCode(g, 'challenge'))?.mode).toBe('challenge');
    expect(decodeResultCode(encodeResultCode(g, 'coach'))?.mode).toBe('coach');
    const old = decodeResultCode(tg1('mini', '1.0.0', 4242, '1000'));
    expect(old).toMatchObject({ scenario: 'mini', seed: 4242, mode: 'coach', moves: '1000' });
    const r = replayResultCode(mini(), old!);
    expect(r.ok && r.game.state.log).toEqual(['roasted', 'apply', 'sea', 'deliver']);
  });

  it('keeps forced chance outcomes: a red-lane route does not replay as the green-lane one', () => {
    const red = replay(mini(), 1, ['green', 'skip', 'sea', '@red-lane', 'deliver']);
    const green = replay(mini(), 1, ['green', 'skip', 'sea', '@green-lane', 'deliver']);
    expect(red.ok && green.ok).toBe(true);
    const redCode = encodeResultCode(red.game);
    const greenCode = encodeResultCode(green.game);
    expect(redCode).not.toBe(greenCode);
    for (const [code, game] of [[redCode, red.game], [greenCode, green.game]] as const) {
      const back = replayResultCode(mini(), decodeResultCode(code)!);
      expect(back.ok && back.game.state.day).toBe(game.state.day);
      expect(back.ok && back.game.state.log).toEqual(game.state.log);
    }
    expect(red.game.state.day).not.toBe(green.game.state.day);
  });

  it('refuses letters that name no outcome and a code that starts with an outcome', () => {
    const g = replay(mini(), 1, ['green', 'skip', 'sea', '@red-lane', 'deliver']);
    const code = encodeResultCode(g.game);
    const body = code.slice(0, -3).replace(/b(\d)$/, 'h$1');
    expect(body).not.toBe(code.slice(0, -3));
    const bad = decodeResultCode(`${body}.${checksumOf(body)}`);
    expect(bad && replayResultCode(mini(), bad).ok).toBe(false);
    const leading = 'TG2.mini.1.0.0.1.c.a0';
    expect(decodeResultCode(`${leading}.${checksumOf(leading)}`)).toBeNull();
  });

  it('refuses a forced outcome that could not happen (weight 0), in a replay and in a code', () => {
    const s = mini((raw) => { raw.nodes.inspection.outcomes[1].weight = 0; });
    const r = replay(s, 1, ['green', 'skip', 'sea', '@red-lane', 'deliver']);
    expect(r.ok).toBe(false);
    const ok = replay(mini(), 1, ['green', 'skip', 'sea', '@red-lane', 'deliver']);
    const code = encodeResultCode(ok.ok ? ok.game : createGame(mini(), 1));
    const back = replayResultCode(s, decodeResultCode(code)!);
    expect(back.ok).toBe(false);
  });

  it('refuses a code for another scenario version', () => {
    const g = createGame(mini(), 1);
    const decoded = decodeResultCode(encodeResultCode(g))!;
    const r = replayResultCode(mini((raw) => { raw.version = '2.0.0'; }), decoded);
    expect(r.ok).toBe(false);
  });
});
