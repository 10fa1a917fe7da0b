/**
 * A scenario or translation file as text: JSON syntax errors with their exact position, duplicate keys
 * (JSON.parse silently keeps the last one), and JSON path → line/column. Uses jsonc-parser's tree in strict mode.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LIMITS } from '../load';
import { error, type Finding, type JsonPath } from './finding';
import { syntaxMessage } from './syntax-messages';

/** A 1-based place in a file. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** A parsed file: its data (when it is valid JSON), findings about the text itself, and a way to place paths. */
export interface JsonDocument {
  readonly text: string;
  /** The parsed value, as JSON.parse sees it; undefined when the text is not JSON (or too large or deep) to check further. */
  readonly data?: unknown;
  /** Syntax, size, depth and duplicate-key findings. */
  readonly findings: Finding[];
  /** Line and column of a path (or of the deepest part of it that exists in the file). */
  locate(path: JsonPath, at?: 'key' | 'value'): Place & { readonly found: JsonPath };
  /** Line and column of a character offset. */
  placeOf(offset: number): Place;
  /** The file offset of the character at `index` of the text at `path` (escapes counted as the file writes them); undefined when the path is not a text. */
  offsetWithin(path: JsonPath, index: number): number | undefined;
}

/** Options: which objects are maps keyed by ids, so a repeated key is a "duplicate-id" rather than a "duplicate-key". */
export interface ParseOptions {
  readonly isIdMap?: (path: JsonPath) => boolean;
}

/** Parses JSON text strictly (no comments, no trailing commas), keeping positions. Never throws. */
export function parseJsonDocument(input: string, options: ParseOptions = {}): JsonDocument {
  const findings: Finding[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    findings.push(error('invalid-json', [], 'The file starts with a byte-order mark (BOM), which JSON does not allow.', { offset: 0, hint: 'Save the file as "UTF-8" without BOM.' }));
    text = ` ${text.slice(1)}`; // same length, so every offset stays right
  }
  const lines = lineStarts(text);
  const placeOf = (offset: number): Place => place(lines, offset);
  const fail = (f: Finding): JsonDocument => ({ text, findings: [...findings, f], placeOf, locate: () => ({ line: 1, column: 1, found: [] }), offsetWithin: () => undefined });

  if (text.length > LIMITS.bytes) return fail(error('too-large', [], `The file has ${text.length} characters; the limit is ${LIMITS.bytes}.`, { offset: 0, hint: 'Split the scenario into smaller ones.' }));
  const deep = tooDeepAt(text, LIMITS.depth + 1);
  if (deep !== undefined) return fail(error('too-deep', [], `Nesting deeper than ${LIMITS.depth} levels.`, { offset: deep, hint: 'Scenarios never need this much nesting: look for a run of [ or { brackets.' }));

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const more = errors.length - 1;
    const { message, hint } = syntaxMessage(first.error, text, first.offset);
    return fail(error('invalid-json', [], message, { offset: text.trim() === '' ? 0 : first.offset, hint: more ? `${hint} (Fix this first: the parser stumbled ${more} more time${more > 1 ? 's' : ''} after it, often because of this one.)` : hint }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : 'Invalid JSON.';
    const at = /position (\d+)/.exec(message);
    return fail(error('invalid-json', [], `Invalid JSON: ${message}`, { offset: at ? Number(at[1]) : 0, hint: 'Control characters (such as a tab or a line break) must be written as \\t or \\n inside text.' }));
  }
  if (depthOf(data, 0) > LIMITS.depth) return fail(error('too-deep', [], `Nesting deeper than ${LIMITS.depth} levels.`, { offset: 0 }));
  if (root) duplicateKeys(root, [], options.isIdMap ?? (() => false), placeOf, findings);

  const locate = (path: JsonPath, at: 'key' | 'value' = 'value') => {
    const { node, found } = nodeAt(root, path);
    const keyed = node?.parent?.type === 'property' && (at === 'key' || node.type === 'object' || node.type === 'array');
    const target = keyed ? node?.parent?.children?.[0] : node;
    return { ...placeOf(target?.offset ?? 0), found };
  };
  const offsetWithin = (path: JsonPath, index: number): number | undefined => {
    const { node, found } = nodeAt(root, path);
    if (!node || node.type !== 'string' || found.length !== path.length) return undefined;
    return rawOffset(text, node.offset, index);
  };
  return { text, data, findings, locate, placeOf, offsetWithin };
}

/** The offset in the file of character `index` of the JSON string literal that starts (with its quote) at `start`. */
function rawOffset(text: string, start: number, index: number): number {
  let i = start + 1;
  for (let n = 0; n < index && i < text.length && text[i] !== '"'; n++) i += text[i] !== '\\' ? 1 : text[i + 1] === 'u' ? 6 : 2;
  return i;
}

/** The node at a path, or the deepest existing one on the way; repeated keys resolve to the last (as JSON.parse does). */
function nodeAt(root: JsonNode | undefined, path: JsonPath): { node: JsonNode | undefined; found: JsonPath } {
  let node = root;
  const found: (string | number)[] = [];
  for (const seg of path) {
    let next: JsonNode | undefined;
    if (node?.type === 'object') {
      for (const prop of node.children ?? []) if (prop.children?.[0]?.value === String(seg)) next = prop.children[1];
    } else if (node?.type === 'array' && typeof seg === 'number') next = node.children?.[seg];
    if (!next) break;
    node = next;
    found.push(seg);
  }
  return { node, found };
}

/** Reports repeated keys in every object; `path` is a stack (copied only when reporting) to keep big files cheap. */
function duplicateKeys(node: JsonNode, path: (string | number)[], isIdMap: (p: JsonPath) => boolean, placeOf: (o: number) => Place, out: Finding[]): void {
  if (node.type === 'array') {
    node.children?.forEach((c, i) => {
      path.push(i);
      duplicateKeys(c, path, isIdMap, placeOf, out);
      path.pop();
    });
  }
  if (node.type !== 'object') return;
  const seen = new Map<string, number>();
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    const earlier = seen.get(key.value);
    if (earlier !== undefined) {
      const code = isIdMap(path) ? 'duplicate-id' : 'duplicate-key';
      const first = placeOf(earlier);
      out.push(error(code, [...path, key.value], `${code === 'duplicate-id' ? 'Duplicate id' : 'Duplicate key'} ${JSON.stringify(key.value)}: it is also used at line ${first.line}, column ${first.column}. JSON keeps only the last one, so the first is silently lost.`, { offset: key.offset, hint: code === 'duplicate-id' ? 'Give each one its own id (and update what refers to it), or merge them.' : 'Remove one of them or merge them.' }));
    }
    seen.set(key.value, key.offset);
    if (value && (value.type === 'object' || value.type === 'array')) {
      path.push(key.value);
      duplicateKeys(value, path, isIdMap, placeOf, out);
      path.pop();
    }
  }
}

/** The offset where bracket nesting first exceeds `limit`, ignoring brackets inside strings. */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/** Nesting depth exactly as the loader (load.ts) measures it, so checker and game agree. */
function depthOf(v: unknown, d: number): number {
  if (d > LIMITS.depth || v === null || typeof v !== 'object') return d;
  let max = d;
  for (const x of Object.values(v)) max = Math.max(max, depthOf(x, d + 1));
  return max;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function place(starts: readonly number[], offset: number): Place {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
