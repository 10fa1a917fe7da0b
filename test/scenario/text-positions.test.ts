/**
 * Text warnings point at the token, not at the start of the text (escapes such as \" and \u00e9 counted as
 * the file writes them), and the unknown-hs-code hint keeps the words that tell the subheadings apart.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/scenario';
import { hsCodes, miniText } from './helpers';

/** mini.json with the text of the scene "ship" replaced by the raw JSON string literal `literal`. */
function withShipText(literal: string): string {
  const out = miniText.replace('"text": "How to ship?"', `"text": ${literal}`);
  expect(out).not.toBe(miniText);
  return out;
}

function columnOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

describe('text warnings point at the token', () => {
  it('unknown-text-token, after quotes, a line break and a \\u escape', () => {
    const text = withShipText(String.raw`"Ship \"fast\",\ncaf\u00e9 costs {money:1,200} today."`);
    const d = checkScenarioText('x.json', text, { hsCodes }).diagnostics.find((x) => x.code === 'unknown-text-token');
    expect(d && { line: d.line, column: d.column }).toEqual(columnOf(text, '{money:1,200}'));
  });

  it('unbalanced-bold, at the marker left open', () => {
    const text = withShipText('"**Ship** it **now, or wait?"');
    const d = checkScenarioText('x.json', text, { hsCodes }).diagnostics.find((x) => x.code === 'unbalanced-bold');
    expect(d && { line: d.line, column: d.column }).toEqual(columnOf(text, '**now'));
  });

  it('undefined-variable in a text, at its {var:…} token', () => {
    const text = withShipText('"Quality so far: {var:grade}."');
    const d = checkScenarioText('x.json', text, { hsCodes }).diagnostics.find((x) => x.code === 'undefined-variable');
    expect(d && { line: d.line, column: d.column }).toEqual(columnOf(text, '{var:grade}'));
  });
});

describe('unknown-hs-code hint', () => {
  it('names the shared words once and keeps every word that tells the subheadings apart', () => {
    const text = miniText.replace('"hs": "0901.11"', '"hs": "0801.39"');
    const hint = checkScenarioText('x.json', text, { hsCodes }).diagnostics.find((d) => d.code === 'unknown-hs-code')?.hint ?? '';
    expect(hint).toContain('Heading 0801 (Nuts, edible) has:');
    expect(hint).toContain('0801.19 coconuts, fresh or dried, other than desiccated or in the inner shell (endocarp)');
    expect(hint).toContain('0801.31 cashew nuts, fresh or dried, in shell; 0801.32 cashew nuts, fresh or dried, shelled');
    expect(hint).not.toContain('…');
  });
});
