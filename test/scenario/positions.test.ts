/** JSON paths map to 1-based line:column, and syntax errors are reported at their exact place. */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, parseJsonDocument } from '../../src/scenario';
import { miniText } from './helpers';

const only = (text: string) => {
  const { diagnostics, scenario } = checkScenarioText('f.json', text);
  expect(scenario).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as NonNullable<(typeof diagnostics)[0]>;
};

describe('positions', () => {
  const text = '{\n  "a": 1,\n  "b": { "c": [10, { "d": "x" }] },\n  "e": []\n}';
  const doc = parseJsonDocument(text);

  it('places a value, and an object or list at its key', () => {
    expect(doc.locate(['a'])).toMatchObject({ line: 2, column: 8, found: ['a'] });
    expect(doc.locate(['b'])).toMatchObject({ line: 3, column: 3 });
    expect(doc.locate(['b', 'c', 1, 'd'])).toMatchObject({ line: 3, column: 27 });
    expect(doc.locate(['b', 'c', 1])).toMatchObject({ line: 3, column: 20 });
    expect(doc.locate(['a'], 'key')).toMatchObject({ line: 2, column: 3 });
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(doc.locate(['b', 'c', 1, 'missing', 'deeper'])).toMatchObject({ line: 3, column: 20, found: ['b', 'c', 1] });
    expect(doc.locate(['e', 3])).toMatchObject({ line: 4, column: 3, found: ['e'] });
    expect(doc.locate(['nothing'])).toMatchObject({ line: 1, column: 1, found: [] });
  });

  it('counts CRLF and CR line breaks as one line each', () => {
    const crlf = parseJsonDocument('{\r\n"a":\r\n 1}');
    expect(crlf.locate(['a'])).toMatchObject({ line: 3, column: 2 });
    expect(parseJsonDocument('{\r"a":\r 1}').locate(['a'])).toMatchObject({ line: 3, column: 2 });
  });

  it('resolves a repeated key to the last one, as JSON.parse does', () => {
    const dup = parseJsonDocument('{"a": 1,\n"a": 2}');
    expect(dup.data).toEqual({ a: 2 });
    expect(dup.locate(['a'])).toMatchObject({ line: 2, column: 6 });
  });
});

describe('syntax errors', () => {
  it.each([
    ['a missing comma, at the next field', miniText.replace('"id": "mini",', '"id": "mini"'), 4, 3, /comma/],
    ['a trailing comma, at the comma', miniText.replace('"en",', '"en",,'), 5, 16, /field name/],
    ['an unclosed object, at the end', miniText.trimEnd().slice(0, -1), 71, 1, /file ends here/],
    ['a comment', miniText.replace('"lang": "en",', '"lang": "en", // English'), 5, 17, /Comments are not allowed/],
    ['single quotes', miniText.replace('"lang": "en"', "'lang': 'en'"), 5, 3, /double quotes/],
    ['a tab inside text', miniText.replace('Mini export', 'Mini\texport'), 6, 12, /character/],
    ['an empty file', '   ', 1, 1, /empty/],
    ['text after the end', `${miniText}\n}`, 73, 1, /after the end/],
  ])('%s', (_, text, line, column, message) => {
    const d = only(text);
    expect(d).toMatchObject({ code: 'invalid-json', severity: 'error', line, column });
    expect(d.message).toMatch(message);
    expect(d.hint).toBeTruthy();
  });

  it('a byte-order mark is an error at 1:1, and the rest of the file is still checked', () => {
    const { diagnostics } = checkScenarioText('f.json', `\uFEFF${miniText.replace('"ship" },', '"shop" },')}`);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual(['invalid-json', 1, 1]);
    expect(diagnostics.map((d) => d.code)).toContain('dangling-reference');
  });

  it('deep nesting stops at the bracket that goes too deep, without recursion', () => {
    const d = only(`{"a": ${'['.repeat(200_000)}`);
    expect(d).toMatchObject({ code: 'too-deep', line: 1, column: 47 });
  });
});
