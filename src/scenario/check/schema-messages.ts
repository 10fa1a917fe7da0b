/**
 * Turns zod issues into findings an author can act on: zod/mini only says "Invalid input", so each issue
 * code gets its own message (missing field, wrong type, unknown field with "did you mean", bad value, …).
 */
import type * as z from 'zod/mini';
import { error, show, type Finding, type JsonPath } from './finding';
import { formatHint } from './format-hints';
import { hasPath, schemaAt, valueAt } from './schema-walk';
import { didYouMean } from './suggest';

/** The fields of a zod issue this module reads (zod 4 issue shapes). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly discriminator?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
  readonly pattern?: string;
  readonly issues?: readonly SchemaIssue[];
}

/** At most this many schema findings per file, so a badly broken file stays readable. */
export const MAX_SCHEMA_FINDINGS = 100;

/** Explains every schema issue against the data and the schema; `code` is "schema" or "invalid-translation". */
export function schemaFindings(issues: readonly SchemaIssue[], data: unknown, schema: z.ZodMiniType, code = 'schema'): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    const id = `${issue.code}|${JSON.stringify(path)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(...explain(issue, path, data, schema, code));
  }
  if (out.length <= MAX_SCHEMA_FINDINGS) return out;
  const rest = out.length - MAX_SCHEMA_FINDINGS;
  return [...out.slice(0, MAX_SCHEMA_FINDINGS), error(code, [], `${rest} more schema problem${rest > 1 ? 's' : ''} not shown.`, { hint: 'Fix the problems above and check again.' })];
}

function explain(issue: SchemaIssue, path: JsonPath, data: unknown, schema: z.ZodMiniType, code: string): Finding[] {
  const value = valueAt(data, path);
  const field = String(path.at(-1) ?? '');
  const label = fieldLabel(path);
  const here = schemaAt(schema, path, data);
  const describe = here.description;
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length > 0 && !hasPath(data, path)) {
        return [error(code, path, `Missing required field ${JSON.stringify(field)}.`, { hint: describe ? `Add "${field}": ${lowerFirst(describe)}` : `Add "${field}".` })];
      }
      const hint = path.at(-1) === 'hs' && typeof value === 'number' ? 'Write HS codes as text in quotes, e.g. "0901.11": as a number the leading zero and the trailing zero get lost.' : describe;
      const want = issue.expected === 'int' || here.integer ? 'a whole number' : expectedName(issue.expected);
      return [error(code, path, `${capital(label)} should be ${want}, but it is ${kindOf(value)}.`, hint ? { hint } : {})];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => error(code, [...path, key], `Unknown field ${JSON.stringify(key)}.`, {
        at: 'key',
        hint: didYouMean(key, here.keys ?? [], 'Allowed fields') ?? 'Remove it.',
      }));
    case 'invalid_value': {
      const allowed = (issue.values ?? here.values ?? []).map(String);
      return [error(code, path, `${show(value)} is not an allowed value for ${label}.`, { hint: (typeof value === 'string' ? didYouMean(value, allowed, 'Allowed values') : undefined) ?? `Allowed values: ${allowed.map((v) => JSON.stringify(v)).join(', ')}.` })];
    }
    case 'invalid_union': {
      const options = (issue.options ?? []).map(String);
      if (issue.discriminator && options.length) {
        const disc = issue.discriminator;
        if (value === undefined) return [error(code, path, `Missing ${JSON.stringify(disc)}: say what kind of item this is.`, { hint: `Allowed ${disc}s: ${options.map((o) => JSON.stringify(o)).join(', ')}.` })];
        return [error(code, path, `Unknown ${disc} ${show(value)}.`, { hint: (typeof value === 'string' ? didYouMean(value, options, `Allowed ${disc}s`) : undefined) ?? `Allowed ${disc}s: ${options.map((o) => JSON.stringify(o)).join(', ')}.` })];
      }
      return [error(code, path, `${capital(label)} does not match any allowed form.`, describe ? { hint: describe } : {})];
    }
    case 'invalid_key': {
      const key = path.at(-1);
      const inner = issue.issues?.[0];
      if (inner?.code === 'invalid_value') {
        const allowed = (inner.values ?? []).map(String);
        return [error(code, path, `Unknown key ${show(key)}.`, { at: 'key', hint: didYouMean(String(key), allowed, 'Allowed keys') ?? 'Remove it.' })];
      }
      const f = formatHint(inner?.pattern, String(key));
      return [error(code, path, `${f ? f.message : `Invalid key ${show(key)}`}.`, { at: 'key', hint: f?.hint ?? here.keyDescription ?? 'Rename it.' })];
    }
    case 'invalid_format': {
      if (issue.format === 'url') return [error(code, path, `${show(value)} is not a valid web address.`, { hint: 'Write the full address, starting with https://' })];
      const f = formatHint(issue.pattern, typeof value === 'string' ? value : '');
      return [error(code, path, `${f ? f.message : `${show(value)} is not in the expected form`}.`, { hint: f?.hint ?? describe ?? `It must match ${issue.pattern ?? 'the expected pattern'}.` })];
    }
    case 'too_small':
    case 'too_big':
      return [error(code, path, sizeMessage(issue, value, field, label), describe ? { hint: describe } : {})];
    default:
      return [error(code, path, `${capital(label)} is not valid here (${issue.code}).`, describe ? { hint: describe } : {})];
  }
}

function sizeMessage(issue: SchemaIssue, value: unknown, field: string, label: string): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array' && Array.isArray(value)) {
    return `${capital(label)} has ${value.length} item${value.length === 1 ? '' : 's'}; ${small ? `at least ${limit} ${limit === 1 ? 'is' : 'are'} needed` : `at most ${limit} are allowed`}${RANGES[field] ? ` (${RANGES[field]})` : ''}.`;
  }
  if (issue.origin === 'string' && typeof value === 'string') {
    if (small && value.length === 0) return `${capital(label)} is empty.`;
    return `${capital(label)} has ${value.length} characters; ${small ? 'at least' : 'at most'} ${limit} ${small ? 'are needed' : 'are allowed'}.`;
  }
  if (Math.abs(limit) >= Number.MAX_SAFE_INTEGER) return `${capital(label)} is too ${small ? 'small' : 'large'}.`;
  return `${capital(label)} is ${show(value)}; it must be ${small ? 'at least' : 'at most'} ${limit}.`;
}

const RANGES: Record<string, string> = {
  choices: 'a scene offers 1 to 4 choices',
  outcomes: 'a chance node has 2 to 8 outcomes',
  cases: 'a branch has 1 to 16 cases',
  objectives: 'a scenario lists 1 to 12 objectives',
  sources: 'a scenario cites 1 to 100 sources',
};

function fieldLabel(path: JsonPath): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'string') return JSON.stringify(last);
  const parent = path.at(-2);
  return typeof parent === 'string' ? `item ${last} of ${JSON.stringify(parent)}` : `item ${last}`;
}

function expectedName(expected: string | undefined): string {
  switch (expected) {
    case 'string': return 'text in double quotes';
    case 'number': return 'a number';
    case 'int': return 'a whole number';
    case 'boolean': return 'true or false';
    case 'object': case 'record': return 'an object { … }';
    case 'array': return 'a list [ … ]';
    case 'null': return 'null';
    default: return expected ? `of type ${expected}` : 'something else';
  }
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text (${show(v)})`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? `${s.charAt(0).toLowerCase()}${s.slice(1)}` : s;
}

function capital(s: string): string {
  return s.length ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s;
}
