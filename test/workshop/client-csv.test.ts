/** The trainer's CSV export: one row per stored choice, pseudonymous seats, replayed money and day, safe fields. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { validateScenario, type Scenario } from '../../src/scenario';
import { csvField, decisionsCsv, CSV_HEADER } from '../../src/workshop/client/csv';
import type { SeatResult } from '../../src/workshop/protocol';

const r = validateScenario(JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')));
if (!r.ok) throw new Error('mini fixture invalid');
const mini: Scenario = r.scenario;

const seat = (over: Partial<SeatResult>): SeatResult => ({ seat: 'abcdefgh', nickname: 'Jane Real Name', team: null, seed: 7, log: [], times: [], auto: [], removed: false, ...over });

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-200)).toBe('-200'); // numbers stay numbers
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('decisionsCsv', () => {
  it('has one row per choice with the scene before, money and day after (as the engine replays), and no nicknames', () => {
    const log = ['green', 'apply', 'sea'];
    const csv = decisionsCsv(mini, [
      seat({ log, times: [Date.UTC(2026, 0, 1, 9, 0, 0), Date.UTC(2026, 0, 1, 9, 1, 0), Date.UTC(2026, 0, 1, 9, 2, 0)], auto: [false, true, false] }),
      seat({ seat: 'bbbbbbbb', nickname: 'Other', team: 1, log: ['roasted'], times: [Date.UTC(2026, 0, 1, 9, 0, 30)], auto: [false] }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 4 + 1);
    const game = createGame(mini, 7);
    game.choose('green');
    expect(lines[1]).toBe(`S1,,0,classify,green,false,2026-01-01T09:00:00.000Z,${game.state.money},${game.state.day},aeo`);
    game.choose('apply');
    expect(lines[2]).toBe(`S1,,1,aeo,apply,true,2026-01-01T09:01:00.000Z,${game.state.money},${game.state.day},ship`);
    game.choose('sea');
    expect(lines[3]?.startsWith(`S1,,2,ship,sea,false,2026-01-01T09:02:00.000Z,${game.state.money},${game.state.day},`)).toBe(true);
    expect(lines[4]).toMatch(/^S2,1,0,classify,roasted,false,2026-01-01T09:00:30.000Z,1000,0,aeo$/);
    expect(csv).not.toContain('Jane');
    expect(csv).not.toContain('Other');
  });

  it('leaves money and day empty from a choice that does not replay on', () => {
    const csv = decisionsCsv(mini, [seat({ log: ['green', 'nope'], times: [0, 1], auto: [false, false] })]);
    const row = csv.split('\r\n')[2];
    expect(row).toBe('S1,,1,aeo,nope,false,1970-01-01T00:00:00.001Z,,,');
  });

  it('is just the header for a session without choices', () => {
    expect(decisionsCsv(mini, [seat({})])).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
