import { describe, expect, it } from 'vitest';
import { createGame, decodeResultCode, encodeResultCode, replayResultCode } from '../../src/engine';
import { mini } from '../support/scenarios';

describe('result codes', () => {
  it('replays to the same result', () => {
    const g = createGame(mini(), 4242);
    for (const c of ['roasted', 'apply', 'sea', 'deliver']) g.choose(c);
    const code = encodeResultCode(g);
    expect(code).toMatch(/^TG1\.mini\.1\.0\.0\./);
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

  it('refuses a code for another scenario version', () => {
    const g = createGame(mini(), 1);
    const decoded = decodeResultCode(encodeResultCode(g))!;
    const r = replayResultCode(mini((raw) => { raw.version = '2.0.0'; }), decoded);
    expect(r.ok).toBe(false);
  });
});
