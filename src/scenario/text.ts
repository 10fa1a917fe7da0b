/**
 * Scenario text is plain text with a few tokens, never HTML:
 * {money:1200} {days:3} {number:5} {percent:10} {var:name} and **bold**.
 * The UI renders the segments as text nodes and formats numbers per locale.
 */
export type TextSegment =
  | { kind: 'text'; text: string; bold: boolean }
  | { kind: 'money' | 'days' | 'number' | 'percent'; value: number; bold: boolean }
  | { kind: 'var'; name: string; bold: boolean };

const TOKEN = /\{(money|days|number|percent):(-?\d{1,12}(?:\.\d{1,4})?)\}|\{var:([a-zA-Z][a-zA-Z0-9_]{0,63})\}/g;

/** Splits a scenario text into segments; unknown braces stay literal text. */
export function parseText(input: string): TextSegment[] {
  const out: TextSegment[] = [];
  const parts = input.split('**');
  parts.forEach((part, i) => {
    const bold = i % 2 === 1 && i < parts.length - (parts.length % 2 === 0 ? 1 : 0);
    let last = 0;
    for (const m of part.matchAll(TOKEN)) {
      if (m.index > last) out.push({ kind: 'text', text: part.slice(last, m.index), bold });
      if (m[3] !== undefined) out.push({ kind: 'var', name: m[3], bold });
      else out.push({ kind: m[1] as 'money', value: Number(m[2]), bold });
      last = m.index + m[0].length;
    }
    if (last < part.length) out.push({ kind: 'text', text: part.slice(last), bold });
  });
  return out;
}

/** The variable names a text refers to with {var:name}. */
export function textVariables(input: string): string[] {
  return [...input.matchAll(TOKEN)].filter((m) => m[3] !== undefined).map((m) => m[3] as string);
}
