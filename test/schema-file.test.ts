import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_TARGETS, schemaText } from '../tools/lib/schema-text';

describe('committed JSON Schemas', () => {
  for (const t of SCHEMA_TARGETS) {
    it(`${t.file} matches the zod schema (run "npm run schema" after changing src/scenario/schema.ts)`, () => {
      expect(readFileSync(t.file, 'utf8')).toBe(schemaText(t.schema, t.title));
    });
  }

  it('describes fields so an editor can explain them while an author types', () => {
    const json = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(json.properties.deadline.description).toMatch(/days/i);
    const hs = JSON.stringify(json.properties.product.properties.hs);
    expect(hs).toContain('"null"');
    expect(hs).toContain('\\d{4}');
  });
});
