/** Validates untrusted data as a scenario (no positions; the checker adds those). */
import { FORMAT_VERSION, Scenario } from './schema';

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly { path: readonly PropertyKey[]; message: string; code: string }[] };

/** Caps that keep a hostile file from exhausting memory before validation. */
export const LIMITS = { bytes: 2_000_000, depth: 40 } as const;

/** Parses a scenario from JSON text: size cap, JSON syntax, format version, then the schema. */
export function parseScenarioText(text: string): ScenarioResult {
  if (text.length > LIMITS.bytes) return fail([], 'too-large', `The file is larger than ${LIMITS.bytes} characters.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail([], 'invalid-json', e instanceof Error ? e.message : 'Invalid JSON.');
  }
  return validateScenario(data);
}

/** Validates already-parsed data as a scenario of this build's format version. */
export function validateScenario(data: unknown): ScenarioResult {
  if (depth(data, 0) > LIMITS.depth) return fail([], 'too-deep', `Nesting deeper than ${LIMITS.depth} levels.`);
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT_VERSION)
    return fail(['format'], 'unsupported-format', `Format version ${format} cannot be read by this build (it reads ${FORMAT_VERSION}).`);
  const r = Scenario.safeParse(data);
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })) };
}

function fail(path: PropertyKey[], code: string, message: string): ScenarioResult {
  return { ok: false, problems: [{ path, code, message }] };
}

function depth(v: unknown, d: number): number {
  if (d > LIMITS.depth || v === null || typeof v !== 'object') return d;
  let max = d;
  for (const x of Object.values(v)) max = Math.max(max, depth(x, d + 1));
  return max;
}
