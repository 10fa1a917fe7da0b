/**
 * Finds the part of the schema that describes a JSON path, to explain problems there: its description
 * (from the schema's registry), allowed field names, allowed values. Reads zod's documented `_zod.def`.
 */
import * as z from 'zod/mini';
import type { JsonPath } from './finding';

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
}
type Schema = { _zod: { def: Def } };

/** What the schema says about one place in a file. */
export interface SchemaInfo {
  readonly description?: string;
  /** Field names allowed in the object at this place. */
  readonly keys?: readonly string[];
  /** Allowed values (enums, literals) at this place. */
  readonly values?: readonly string[];
  /** The schema of the keys, when this place is a map keyed by ids or names. */
  readonly keyDescription?: string;
  /** True when only whole numbers are allowed here. */
  readonly integer?: boolean;
}

/** Looks up the schema at `path`, choosing union members by the data's discriminator (e.g. a node's "type"). */
export function schemaAt(root: z.ZodMiniType, path: JsonPath, data: unknown): SchemaInfo {
  let schema: Schema | undefined = root as unknown as Schema;
  let value = data;
  let description: string | undefined;
  for (const seg of path) {
    ({ schema, description } = unwrap(schema, value));
    if (!schema) return {};
    const def: Def = schema._zod.def;
    if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, String(seg))) schema = def.shape[String(seg)];
    else if (def.type === 'record') schema = def.valueType;
    else if (def.type === 'array' && typeof seg === 'number') schema = def.element;
    else return {};
    value = child(value, seg);
  }
  ({ schema, description } = unwrap(schema, value));
  if (!schema) return description ? { description } : {};
  const def = schema._zod.def;
  const keyDescription = def.type === 'record' && def.keyType ? describe(def.keyType) : undefined;
  const keyEnum = def.type === 'record' ? def.keyType?._zod.def.entries : undefined;
  return {
    ...(description ? { description } : {}),
    ...(def.type === 'object' && def.shape ? { keys: Object.keys(def.shape) } : {}),
    ...(keyEnum ? { keys: Object.values(keyEnum).map(String) } : {}),
    ...(def.type === 'enum' && def.entries ? { values: Object.values(def.entries).map(String) } : {}),
    ...(def.type === 'literal' && def.values ? { values: def.values.map(String) } : {}),
    ...(keyDescription ? { keyDescription } : {}),
    ...(def.type === 'number' && (def.format === 'safeint' || def.format === 'int32') ? { integer: true } : {}),
  };
}

/** The value at `path` inside parsed JSON data (own properties only). */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const seg of path) v = child(v, seg);
  return v;
}

/** True when `path` names a property that exists in the data. */
export function hasPath(data: unknown, path: JsonPath): boolean {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return false;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return true;
}

function child(v: unknown, seg: string | number): unknown {
  if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
  return (v as Record<string | number, unknown>)[seg];
}

function describe(s: Schema): string | undefined {
  return z.globalRegistry.get(s as unknown as z.ZodMiniType)?.description;
}

/** Strips optional/nullable wrappers and resolves a discriminated union by the data, keeping the nearest description. */
function unwrap(start: Schema | undefined, value: unknown): { schema: Schema | undefined; description: string | undefined } {
  let schema = start;
  let description: string | undefined;
  for (let guard = 0; schema && guard < 10; guard++) {
    description = describe(schema) ?? description;
    const def: Def = schema._zod.def;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) schema = def.innerType;
    else if (def.type === 'union' && def.discriminator && def.options) {
      const key = def.discriminator;
      const tag = child(value, key);
      schema = def.options.find((o) => (o._zod.def.shape?.[key]?._zod.def.values ?? []).includes(tag));
      if (!schema) return { schema: undefined, description };
    } else break;
  }
  return { schema, description };
}
