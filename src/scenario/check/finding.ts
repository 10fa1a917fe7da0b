/** Findings: a diagnostic before it has a file position (the checker places it with the JSON tree). */
import type { Severity } from '../diagnostics';

/** A JSON path inside a file, e.g. ["nodes", "intro", "choices", 0, "next"]. */
export type JsonPath = readonly (string | number)[];

/** A problem found by a check, addressed by JSON path; `at: 'key'` points at a property name instead of its value. */
export interface Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly path: JsonPath;
  readonly message: string;
  readonly hint?: string;
  readonly at?: 'key' | 'value';
  /** An exact character offset (syntax errors), used instead of the path. */
  readonly offset?: number;
  /** For a text: the index of the character inside the text (e.g. a token), so the diagnostic points at it. */
  readonly within?: number;
}

type Extra = Pick<Finding, 'hint' | 'at' | 'offset' | 'within'>;

/** An error finding. */
export const error = (code: string, path: JsonPath, message: string, extra: Extra = {}): Finding => ({ severity: 'error', code, path, message, ...clean(extra) });
/** A warning finding. */
export const warning = (code: string, path: JsonPath, message: string, extra: Extra = {}): Finding => ({ severity: 'warning', code, path, message, ...clean(extra) });
/** An info finding. */
export const info = (code: string, path: JsonPath, message: string, extra: Extra = {}): Finding => ({ severity: 'info', code, path, message, ...clean(extra) });

function clean(extra: Extra): Extra {
  const out: { -readonly [K in keyof Extra]: Extra[K] } = {};
  if (extra.hint) out.hint = extra.hint;
  if (extra.at) out.at = extra.at;
  if (extra.offset !== undefined) out.offset = extra.offset;
  if (extra.within !== undefined) out.within = extra.within;
  return out;
}

/** Describes a value for a message: strings quoted (shortened), numbers as written, objects and lists by kind. */
export function show(value: unknown, max = 40): string {
  if (typeof value === 'string') {
    const s = JSON.stringify(value.length > max ? value.slice(0, max) : value);
    return value.length > max ? `${s.slice(0, -1)}…"` : s;
  }
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
