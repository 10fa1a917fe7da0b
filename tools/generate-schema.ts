/**
 * Writes the JSON Schemas generated from src/scenario/schema.ts:
 * scenarios/scenario.schema.json and scenarios/translation.schema.json.
 * `npm run schema` rewrites them; `--check` exits 1 when the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_TARGETS, schemaText } from './lib/schema-text';

const check = process.argv.includes('--check');
let stale = 0;
for (const t of SCHEMA_TARGETS) {
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
