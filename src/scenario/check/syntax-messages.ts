/** Readable messages for JSON syntax errors (jsonc-parser error codes), written for non-programmers. */

const MESSAGES: Record<number, [string, string]> = {
  1: ['Unexpected character', 'JSON allows only objects { }, lists [ ], "text" in double quotes, numbers, true, false and null.'],
  2: ['Invalid number', 'Write numbers without leading zeros, thousands separators or a trailing dot, e.g. 1200 or 0.5.'],
  3: ['A field name in double quotes was expected', 'Field names need double quotes, e.g. "text": "…". Is there a comma too many before this?'],
  4: ['A value was expected', 'Is there a comma too many, or a missing value after a colon?'],
  5: ['A colon (:) was expected', 'Write each field as "name": value.'],
  6: ['A comma (,) was expected', 'Separate fields and list items with commas; the previous line probably needs one at its end.'],
  7: ['A closing brace } was expected', 'An object opened with { is not closed, or a comma is missing between fields.'],
  8: ['A closing bracket ] was expected', 'A list opened with [ is not closed, or a comma is missing between items.'],
  9: ['Unexpected text after the end of the scenario', 'There is text after the end of the scenario: a stray bracket, or two objects in one file.'],
  10: ['Comments are not allowed in JSON', 'Remove the // or /* */ comment.'],
  11: ['Comments are not allowed in JSON', 'Remove the /* comment.'],
  12: ['Text is not closed', 'A "text" is missing its closing double quote, or has a line break inside (write \\n instead).'],
  13: ['Unexpected end of number', 'Write numbers like 1200 or 0.5.'],
  14: ['Invalid \\u escape in text', 'Write \\u followed by four hex digits, e.g. \\u00e9.'],
  15: ['Invalid escape in text', 'Inside text, a backslash must be one of \\" \\\\ \\/ \\n \\t or \\uXXXX; write \\\\ for a backslash.'],
  16: ['Invalid character in text', 'Control characters (tab, line break) must be written as \\t or \\n inside text.'],
};

/** Message and hint for a syntax error at `offset` in `text`. */
export function syntaxMessage(code: number, text: string, offset: number): { message: string; hint: string } {
  const [what, hint] = MESSAGES[code] ?? ['Invalid JSON', 'Check the brackets, commas and quotes around this place.'];
  if (text.trim() === '') return { message: 'The file is empty.', hint: 'A scenario is a JSON object { … }: start from the example in the author guide.' };
  if (offset >= text.length) return { message: `${what}, but the file ends here.`, hint };
  const near = visible(text.slice(offset, offset + 16).split(/\r?\n|\r/)[0] ?? '');
  if (code === 1 && (near.startsWith('//') || near.startsWith('/*'))) return { message: 'Comments are not allowed in JSON.', hint: 'Remove the comment.' };
  if (code === 1 && near.startsWith("'")) return { message: "Unexpected character: text must be in double quotes (\"), not single quotes (').", hint };
  return { message: `${what}${near ? ` at \`${near}\`` : ''}.`, hint };
}

/** Shows control characters as escapes, so a tab or a NUL in the snippet is visible. */
function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
