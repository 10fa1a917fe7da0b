/** Reading pasted result codes for the offline debrief page: lines, garbage, other scenarios and versions. */
import { describe, expect, it } from 'vitest';
import { createGame, encodeResultCode } from '../../src/engine';
import { MAX_CODES, mainScenario, readPastedCodes, replayCodes } from '../../src/ui/debrief/codes';
import { buildDebrief } from '../../src/workshop/debrief';
import { mini } from '../support/scenarios';

const scenario = mini();
const codeOf = (seed: number, choices: string[], s = scenario) => {
  const g = createGame(s, seed);
  for (const c of choices) expect(g.choose(c).ok).toBe(true);
  return encodeResultCode(g);
};
const known = (id: string) => id === 'mini' || id === 'other';

describe('readPastedCodes', () => {
  it('reads one code per line or any whitespace, keeping each line number', () => {
    const a = codeOf(1, ['green', 'apply']);
    const b = codeOf(2, ['roasted']);
    const { codes, truncated } = readPastedCodes(`  ${a}\r\n\n${b}\tgarbage<script>\n`);
    expect(truncated).toBe(false);
    expect(codes.map((c) => [c.line, c.text, c.decoded?.seed ?? null])).toEqual([[1, a, 1], [3, b, 2], [3, 'garbage<script>', null]]);
  });

  it(`reads at most ${MAX_CODES} codes and says so`, () => {
    const { codes, truncated } = readPastedCodes('x '.repeat(MAX_CODES + 3));
    expect(codes).toHaveLength(MAX_CODES);
    expect(truncated).toBe(true);
  });

  it('shortens a very long token for display', () => {
    expect(readPastedCodes('y'.repeat(5000)).codes[0]?.text).toHaveLength(78);
  });
});

describe('mainScenario and replayCodes', () => {
  it('counts a code pasted twice once, and says where it was first', () => {
    const a = codeOf(1, ['green', 'apply', 'sea', 'deliver']);
    const b = codeOf(2, ['roasted', 'skip']);
    const { codes } = readPastedCodes([a, b, a, `${b} ${a}`].join('\n'));
    const { games, problems } = replayCodes(scenario, codes, known);
    expect(games.map((g) => g.log)).toEqual([['green', 'apply', 'sea', 'deliver'], ['roasted', 'skip']]);
    expect(problems).toEqual([
      { line: 3, text: a, kind: 'duplicate', first: 1 },
      { line: 4, text: b, kind: 'duplicate', first: 2 },
      { line: 4, text: a, kind: 'duplicate', first: 1 },
    ]);
    expect(buildDebrief(scenario, games).players).toBe(2);
  });

  it('picks the scenario most codes are for, ignoring unknown ones', () => {
    const { codes } = readPastedCodes([codeOf(1, ['green']), 'TG1.nowhere.1.0.0.1.0.zz', codeOf(2, [])].join('\n'));
    expect(mainScenario(codes, known)).toBe('mini');
    expect(mainScenario(readPastedCodes('junk').codes, known)).toBeNull();
  });

  it('replays the codes of the scenario and gives each other line its reason', () => {
    const other = mini((raw) => { raw.id = 'other'; });
    const newer = mini((raw) => { raw.version = '1.1.0'; });
    const good = [codeOf(1, ['green', 'apply', 'sea', 'deliver']), codeOf(2, ['roasted', 'skip'])];
    // A valid code whose moves do not fit: choice 3 at the first scene, which has two choices.
    const body = 'TG1.mini.1.0.0.1.3';
    let h = 7;
    for (const ch of body) h = (h * 31 + ch.charCodeAt(0)) % 1296;
    const misfit = `${body}.${h.toString(36).padStart(2, '0')}`;
    const text = [good[0], 'not-a-code', codeOf(3, ['green'], other), codeOf(4, [], newer), good[1], misfit, good[0]?.replace('.1.', '.2.')].join('\n');
    const { codes } = readPastedCodes(text);
    const { games, problems } = replayCodes(scenario, codes, known);
    expect(games.map((g) => g.log)).toEqual([['green', 'apply', 'sea', 'deliver'], ['roasted', 'skip']]);
    expect(problems.map((p) => [p.line, p.kind])).toEqual([[2, 'invalid'], [3, 'other-scenario'], [4, 'other-version'], [6, 'does-not-fit'], [7, 'invalid']]);
    expect(problems[1]).toMatchObject({ scenario: 'other' });
    expect(problems[2]).toMatchObject({ version: '1.1.0', expected: '1.0.0' });
    expect(buildDebrief(scenario, games).players).toBe(2);
  });

  it('keeps each replayed code’s feedback mode for the debrief (an old TG1 code is a coach game)', () => {
    const mode = (seed: number, choices: string[], m: 'coach' | 'challenge') => {
      const g = createGame(scenario, seed);
      for (const c of choices) expect(g.choose(c).ok).toBe(true);
      return encodeResultCode(g, m);
    };
    const body = 'TG1.mini.1.0.0.5.0';
    let h = 7;
    for (const ch of body) h = (h * 31 + ch.charCodeAt(0)) % 1296;
    const tg1 = `${body}.${h.toString(36).padStart(2, '0')}`;
    const { codes } = readPastedCodes([mode(1, ['green'], 'challenge'), 'junk', mode(2, ['roasted'], 'coach'), tg1, mode(3, [], 'challenge')].join('\n'));
    const { games, modes } = replayCodes(scenario, codes, known);
    expect(games).toHaveLength(4);
    expect(modes).toEqual(['challenge', 'coach', 'coach', 'challenge']);
    expect(buildDebrief(scenario, games, modes).modes).toEqual({ coach: 2, challenge: 2 });
  });

  it('calls a code of a scenario this copy does not have unknown', () => {
    const { codes } = readPastedCodes(codeOf(1, [], mini((raw) => { raw.id = 'elsewhere'; })));
    expect(replayCodes(scenario, codes, known).problems).toMatchObject([{ line: 1, kind: 'unknown-scenario', scenario: 'elsewhere' }]);
  });
});

describe('a garbage line', () => {
  it('is one problem for the line, its words kept as text', () => {
    const { codes } = readPastedCodes(`${codeOf(1, [])}\nthis is <b>not</b> a code\nnope`);
    expect(replayCodes(scenario, codes, known).problems).toEqual([
      { line: 2, kind: 'invalid', text: 'this is <b>not</b> a code' },
      { line: 3, kind: 'invalid', text: 'nope' },
    ]);
  });
});
