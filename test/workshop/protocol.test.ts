/** Workshop protocol validation: every message is checked; bad, oversized, unknown and forged ones get typed errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNickname, containsBlockedWord, generateNickname, MAX_MESSAGE_BYTES, parseClientMessage } from '../../src/workshop/protocol';

const seat = 'abcdefghijklmnop';
const ok = (m: object) => {
  const r = parseClientMessage(JSON.stringify(m));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.message;
};
const code = (text: string) => {
  const r = parseClientMessage(text);
  return r.ok ? 'ok' : r.error.code;
};

describe('workshop protocol', () => {
  it('accepts a well-formed message of each role', () => {
    expect(ok({ v: 1, type: 'create', settings: { scenario: 'coffee', version: '1.0.0', lang: 'fr', seedScope: 'team', play: 'teams', teams: 4, decisionSeconds: 90, timeoutChoice: 'cheapest' } }).type).toBe('create');
    expect(ok({ v: 1, type: 'join', code: 'ABCDEFG', nickname: 'Ana' }).type).toBe('join');
    expect(ok({ v: 1, type: 'choose', seat, step: 3, choice: 'by-sea', rid: 9 })).toEqual({ v: 1, type: 'choose', seat, step: 3, choice: 'by-sea', rid: 9 });
    expect(ok({ v: 1, type: 'hold', node: 'ship' }).type).toBe('hold');
    expect(ok({ v: 1, type: 'ping' }).type).toBe('ping');
  });

  it('refuses text that is not a JSON object', () => {
    expect(code('not json')).toBe('bad-json');
    expect(code('[1,2]')).toBe('bad-json');
    expect(code('null')).toBe('bad-json');
    expect(code('"choose"')).toBe('bad-json');
  });

  it('refuses an oversized message before parsing it', () => {
    const big = JSON.stringify({ v: 1, type: 'rename', nickname: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(code(big)).toBe('too-large');
  });

  it('refuses an unknown type and another protocol version', () => {
    expect(code(JSON.stringify({ v: 1, type: 'become-trainer' }))).toBe('unknown-type');
    expect(code(JSON.stringify({ v: 1, type: '__proto__' }))).toBe('unknown-type');
    expect(code(JSON.stringify({ v: 2, type: 'ping' }))).toBe('unsupported-version');
    expect(code(JSON.stringify({ type: 'ping' }))).toBe('unsupported-version');
  });

  it('refuses forged fields: a score, money or day in a choice is not part of the protocol', () => {
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'green', money: 999999 }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'green', score: { finance: 99 } }))).toBe('invalid-message');
  });

  it('refuses out-of-range and malformed fields with the field named', () => {
    const r = parseClientMessage(JSON.stringify({ v: 1, type: 'choose', seat, step: -1, choice: 'green', rid: 4 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-message');
      expect(r.error.message).toContain('step');
      expect(r.rid).toBe(4);
    }
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat, step: 1.5, choice: 'green' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat, step: 100000, choice: 'green' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat: 'x', step: 0, choice: 'green' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'choose', seat, step: 0, choice: 'constructor' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'join', code: 'abc' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'join', code: 'ABCDEF0' }))).toBe('invalid-message'); // 0 is not in the alphabet
    expect(code(JSON.stringify({ v: 1, type: 'resume', token: 'short' }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'create', settings: { scenario: 'coffee', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo', decisionSeconds: 1 } }))).toBe('invalid-message');
    expect(code(JSON.stringify({ v: 1, type: 'create', settings: { scenario: 'coffee', version: '1', lang: 'en', seedScope: 'room', play: 'solo' } }))).toBe('invalid-message');
  });

  it('generates nicknames from its word lists, every one passing its own filter', () => {
    const names = new Set<string>();
    for (let a = 0; a < 16; a++)
      for (let b = 0; b < 16; b++) {
        const picks = [a, b, 0];
        let i = 0;
        names.add(generateNickname((n) => (picks[i++] as number) % n));
      }
    expect(names.size).toBe(256);
    for (const name of names) expect(checkNickname(name), name).toEqual({ ok: true, nickname: name });
    expect([...names][0]).toBe('Brave Otter 10');
  });

  it('filters nicknames: length, characters, blocked words also spelled around', () => {
    expect(checkNickname('  Ana   María ')).toEqual({ ok: true, nickname: 'Ana María' });
    expect(checkNickname('Peacock Otter').ok).toBe(true); // a short blocked word only counts as a whole word
    expect(checkNickname('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkNickname('x'.repeat(25))).toEqual({ ok: false, reason: 'too-long' });
    expect(checkNickname('<script>')).toEqual({ ok: false, reason: 'characters' });
    expect(checkNickname('Sh1t happens')).toEqual({ ok: false, reason: 'word' });
    expect(containsBlockedWord('P.U.T.A.I.N')).toBe(true);
    expect(containsBlockedWord('Mérde')).toBe(true);
  });

  it('stays usable in the browser: the protocol imports only zod/mini and its own files', () => {
    const dir = new URL('../../src/workshop/protocol/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files)
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/from\s+'([^']+)'/g))
        expect(m[1] === 'zod/mini' || /^\.\/[a-z-]+$/.test(m[1] as string), `${f} imports ${m[1]}`).toBe(true);
  });
});
