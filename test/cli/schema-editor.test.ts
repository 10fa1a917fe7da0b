/**
 * The generated JSON Schemas work for an author in an editor: every shipped scenario validates (ajv,
 * draft 2020-12); a mistake inside a node is reported inside that node's own kind, never as "not valid
 * under any of the given schemas"; patterns explain themselves in words; every field is described;
 * "format" is 1; and the snippets an editor offers are valid scenario data.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { Choice, Consequence, Node, Outcome } from '../../src/scenario';
import { SCENARIOS_DIR, shippedScenarios } from '../content/helpers';

type Json = Record<string, any>;
const scenarioSchema: Json = JSON.parse(readFileSync(`${SCENARIOS_DIR}/scenario.schema.json`, 'utf8'));
const translationSchema: Json = JSON.parse(readFileSync(`${SCENARIOS_DIR}/translation.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateScenario = ajv.compile(scenarioSchema);
const validateTranslation = ajv.compile(translationSchema);

/** Every sub-schema, with its JSON pointer. */
function* walk(node: unknown, path = '#'): Generator<[string, Json]> {
  if (Array.isArray(node)) { for (const [i, x] of node.entries()) yield* walk(x, `${path}/${i}`); return; }
  if (typeof node !== 'object' || node === null) return;
  yield [path, node as Json];
  for (const [k, v] of Object.entries(node)) if (k !== 'defaultSnippets') yield* walk(v, `${path}/${k}`);
}

/** A snippet body with its placeholders filled: "${1:Title}" → "Title", "${2|a,b|}" → "a". */
function filled(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1'));
}

describe('the scenario schema in an editor', () => {
  it('accepts every shipped scenario and translation', () => {
    for (const s of shippedScenarios()) {
      expect(validateScenario(JSON.parse(s.text)), `${s.file}: ${JSON.stringify(validateScenario.errors?.slice(0, 2))}`).toBe(true);
      for (const t of s.translations) expect(validateTranslation(JSON.parse(t.text)), t.file).toBe(true);
    }
  });

  it('reports a mistake inside a node within that node\'s kind, with no oneOf anywhere', () => {
    expect(JSON.stringify(scenarioSchema)).not.toContain('"oneOf"');
    const s = JSON.parse(shippedScenarios()[0]?.text ?? '{}');
    const [id, node] = Object.entries(s.nodes as Record<string, Json>).find(([, n]) => n.type === 'scene') as [string, Json];
    node.choices[0].next = 5;
    node.colour = 'red';
    expect(validateScenario(s)).toBe(false);
    const real = (validateScenario.errors ?? []).filter((e) => e.keyword !== 'if');
    expect(real.map((e) => [e.instancePath, e.keyword])).toEqual([[`/nodes/${id}`, 'additionalProperties'], [`/nodes/${id}/choices/0/next`, 'type']]);
    for (const e of real) expect(e.schemaPath).toMatch(/^#\/properties\/nodes\/additionalProperties\/allOf\/\d+\/then\//);
    const nodeSchema = scenarioSchema.properties.nodes.additionalProperties;
    expect(nodeSchema.properties.type.enum).toEqual(['scene', 'chance', 'branch', 'ending']);
  });

  it('explains every pattern in words and describes every field', () => {
    for (const schema of [scenarioSchema, translationSchema]) {
      for (const [path, node] of walk(schema)) {
        if (typeof node.pattern === 'string') {
          expect(node.patternErrorMessage, `${path} has no patternErrorMessage`).toEqual(expect.any(String));
          expect(node.patternErrorMessage, path).not.toMatch(/[\\^$]|\[a-z|\{\d/);
        }
        for (const [name, p] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
          if (/\/if(\/|$)/.test(path)) continue; // the "if" of a variant only names its type
          expect(p.description ?? p.$ref, `${path}/properties/${name} has no description`).toEqual(expect.any(String));
        }
      }
    }
  });

  it('asks for format 1, not any integer', () => {
    expect(scenarioSchema.properties.format.const).toBe(1);
    expect(translationSchema.properties.format.const).toBe(1);
    const s = JSON.parse(shippedScenarios()[0]?.text ?? '{}');
    expect(validateScenario({ ...s, format: 2 })).toBe(false);
  });

  it('offers snippets that are valid scenario data', () => {
    const nodeSchema = scenarioSchema.properties.nodes.additionalProperties;
    expect(nodeSchema.defaultSnippets.map((x: Json) => x.label)).toEqual(['scene', 'chance', 'branch', 'ending']);
    for (const snippet of nodeSchema.defaultSnippets) expect(Node.safeParse(filled(snippet.body)).success, snippet.label).toBe(true);
    const variant = (type: string) => nodeSchema.allOf.find((a: Json) => a.if.properties.type.const === type).then;
    for (const snippet of variant('scene').properties.choices.items.defaultSnippets) expect(Choice.safeParse(filled(snippet.body)).success).toBe(true);
    for (const snippet of variant('chance').properties.outcomes.items.defaultSnippets) expect(Outcome.safeParse(filled(snippet.body)).success).toBe(true);
    for (const snippet of scenarioSchema.properties.consequences.additionalProperties.defaultSnippets) expect(Consequence.safeParse(filled(snippet.body)).success).toBe(true);
  });
});
