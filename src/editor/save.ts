/**
 * Saving: the edits are written into the text the scenario was opened from, change by change
 * (jsonc-parser's modify), so untouched lines keep their exact bytes, keys keep their order and a
 * git diff shows only what the author changed. New content is written with 2-space indentation.
 */
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { isObject, type Json, type JsonObject, type Path } from './model';

const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The scenario text after the edits: the original text with each difference between the two data written in. */
export function saveText(original: string, before: JsonObject, after: JsonObject): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions: FormattingOptions = { tabSize: 2, insertSpaces: true, eol };
  let text = original.trim() === '' ? '{}' : original;
  const write = (path: Path, value: Json | undefined, extra: { isArrayInsertion?: boolean; getInsertionIndex?: (keys: string[]) => number } = {}) => {
    text = applyEdits(text, modify(text, [...path], value, { formattingOptions, ...extra }));
  };
  const diff = (path: Path, a: Json | undefined, b: Json | undefined): void => {
    if (same(a, b)) return;
    if (isObject(a) && isObject(b)) {
      const keysB = Object.keys(b);
      for (const k of Object.keys(a)) if (!Object.hasOwn(b, k)) write([...path, k], undefined);
      keysB.forEach((k, i) => {
        if (Object.hasOwn(a, k)) diff([...path, k], a[k], b[k]);
        // A new key goes where it is in the edited data: after the key that precedes it there.
        else write([...path, k], b[k], { getInsertionIndex: (keys) => insertionIndex(keys, keysB.slice(0, i)) });
      });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      diffArray(path, a, b);
      return;
    }
    write(path, b);
  };
  const diffArray = (path: Path, a: Json[], b: Json[]): void => {
    // One item removed or inserted: write just that; otherwise item by item.
    if (a.length === b.length + 1) {
      const i = firstDifference(a, b);
      if (same(JSON.parse(JSON.stringify(a.slice(i + 1))) as Json, b.slice(i) as Json)) return write([...path, i], undefined);
    }
    if (b.length === a.length + 1) {
      const i = firstDifference(a, b);
      if (same(a.slice(i) as Json, b.slice(i + 1) as Json)) return write([...path, i], b[i], { isArrayInsertion: true });
    }
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) diff([...path, i], a[i], b[i]);
    for (let i = a.length - 1; i >= n; i--) write([...path, i], undefined);
    for (let i = n; i < b.length; i++) write([...path, i], b[i], { isArrayInsertion: true });
  };
  diff([], before, after);
  if (!text.endsWith('\n')) text += eol;
  return text;
}

function firstDifference(a: Json[], b: Json[]): number {
  let i = 0;
  while (i < a.length && i < b.length && same(a[i], b[i])) i++;
  return i;
}

/** Where a new key goes among the file's keys: right after the last of the keys that precede it in the data. */
function insertionIndex(fileKeys: string[], before: string[]): number {
  for (let j = before.length - 1; j >= 0; j--) {
    const at = fileKeys.indexOf(before[j] ?? '');
    if (at >= 0) return at + 1;
  }
  return 0;
}

/** A new scenario file's text: the data with 2-space indentation and a final newline. */
export function freshText(data: JsonObject): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
