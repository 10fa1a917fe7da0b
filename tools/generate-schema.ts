/**
 * Writes the JSON Schemas generated from src/scenario/schema.ts:
 * scenarios/scenario.schema.json and scenarios/translation.schema.json.
 * `npm run schema` rewrites them; `--check` exits 1 when the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { Scenario, Translation } from '../src/scenario';

const targets = [
  { file: 'scenarios/scenario.schema.json', schema: Scenario, title: 'Trade Game scenario (format 1)' },
  { file: 'scenarios/translation.schema.json', schema: Translation, title: 'Trade Game scenario translation (format 1)' },
];

/** The JSON Schema text for one target. */
export function schemaText(schema: z.core.$ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const t of targets) {
  const text = schemaText(t.schema, t.title);
  if (check) {
    let current = '';
    try { current = readFileSync(t.file, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) { console.error(`${t.file} is stale: run "npm run schema".`); stale++; }
  } else {
    writeFileSync(t.file, text);
    console.log(`wrote ${t.file}`);
  }
}
process.exitCode = stale ? 1 : 0;
