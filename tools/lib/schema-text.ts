/** The JSON Schema files generated from the zod schema in src/scenario. */
import * as z from 'zod/mini';
import { Scenario, Translation } from '../../src/scenario';

export const SCHEMA_TARGETS = [
  { file: 'scenarios/scenario.schema.json', schema: Scenario, title: 'Trade Game scenario (format 1)' },
  { file: 'scenarios/translation.schema.json', schema: Translation, title: 'Trade Game scenario translation (format 1)' },
] as const;

/** The JSON Schema text for one target. */
export function schemaText(schema: z.core.$ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
