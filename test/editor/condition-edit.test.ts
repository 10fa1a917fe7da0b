/** The condition editor's model: every kind the schema has can be made, changed to any other kind and saved as the exact schema shape. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, Condition } from '../../src/scenario';
import { CONDITION_KINDS, convertCondition, newCondition, type ConditionKind } from '../../src/editor/conditions';
import { openDoc, setAt, type Json, type JsonObject } from '../../src/editor/model';
import { saveText } from '../../src/editor/save';

const dir = join(import.meta.dirname, '../../scenarios');
const text = readFileSync(join(dir, 'roses', 'scenario.json'), 'utf8');
const doc = openDoc('roses.json', text)!;
const x = { flags: doc.data.flags as string[], variables: Object.keys(doc.data.variables as JsonObject), nodes: Object.keys(doc.data.nodes as JsonObject) };
const sceneId = Object.entries(doc.data.nodes as Record<string, JsonObject>).find(([, n]) => n.type === 'scene')![0];
const requiresPath = ['nodes', sceneId, 'choices', 0, 'requires'];

/** The kinds the schema's condition union accepts, read from the schema itself. */
const schemaKinds = (): string[] => {
  const def = (Condition as unknown as { _zod: { def: { options: { _zod: { def: { shape: { type: { _zod: { def: { values: string[] } } } } } } }[] } } })._zod.def;
  return def.options.map((o) => o._zod.def.shape.type._zod.def.values[0]!);
};

describe('conditions in the editor', () => {
  it('offers exactly the kinds the schema allows', () => {
    expect([...CONDITION_KINDS].sort()).toEqual(schemaKinds().sort());
  });

  it.each(CONDITION_KINDS)('a new "%s" condition is the exact schema shape, and saved as a choice\'s requires it passes check and reads back equal', (kind) => {
    const c = convertCondition(undefined, kind, x);
    expect(c.type).toBe(kind);
    expect(Condition.safeParse(c).success).toBe(true);
    const edited = setAt(doc.data, requiresPath, c);
    const saved = saveText(doc.original, doc.data, edited);
    expect(JSON.parse(saved)).toEqual(edited);
    const r = checkScenarioText('roses.json', saved);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.scenario?.nodes[sceneId]?.type === 'scene' && r.scenario.nodes[sceneId].choices[0]?.requires).toEqual(c);
  });

  it.each(CONDITION_KINDS.flatMap((from) => CONDITION_KINDS.map((to) => [from, to] as [ConditionKind, ConditionKind])))('%s changed to %s is a valid condition of the new kind', (from, to) => {
    const c = convertCondition(convertCondition(undefined, from, x), to, x);
    expect(c.type).toBe(to);
    expect(Condition.safeParse(c).success).toBe(true);
  });

  it('keeps what it can: a comparison keeps its operator and value, a group wraps, "not" of a one-member group unwraps', () => {
    const money: Json = { type: 'money', op: '<', value: 500 };
    expect(convertCondition(money, 'day', x)).toEqual({ type: 'day', op: '<', value: 500 });
    expect(convertCondition(money, 'var', x)).toEqual({ type: 'var', var: x.variables[0], op: '<', value: 500 });
    expect(convertCondition(money, 'all', x)).toEqual({ type: 'all', of: [money] });
    expect(convertCondition(money, 'not', x)).toEqual({ type: 'not', cond: money });
    const any = { type: 'any', of: [money, { type: 'flag', flag: 'aeo' }] };
    expect(convertCondition(any, 'all', x)).toEqual({ type: 'all', of: any.of });
    expect(convertCondition({ type: 'all', of: [money] }, 'not', x)).toEqual({ type: 'not', cond: money });
    expect(convertCondition({ type: 'not', cond: money }, 'any', x)).toEqual({ type: 'any', of: [money] });
    expect(convertCondition({ type: 'flag', flag: 'aeo', is: false }, 'flag', x)).toEqual({ type: 'flag', flag: 'aeo' });
  });

  it('a new condition tests the first flag, or money when the scenario has no flags', () => {
    expect(newCondition(x)).toEqual({ type: 'flag', flag: x.flags[0] });
    expect(newCondition({ flags: [], variables: [], nodes: [] })).toEqual({ type: 'money', op: '>=', value: 0 });
  });

  it('nested groups, "is": false and every comparison round-trip through a save byte for byte', () => {
    const deep = { type: 'all', of: [
      { type: 'flag', flag: x.flags[0]!, is: false },
      { type: 'any', of: [{ type: 'var', var: x.variables[0]!, op: '!=', value: -3 }, { type: 'score', dimension: 'customs', op: '<=', value: 4 }] },
      { type: 'not', cond: { type: 'visited', node: sceneId, is: true } },
      { type: 'day', op: '==', value: 12 }, { type: 'money', op: '>', value: 0 },
    ] } as const;
    expect(Condition.safeParse(deep).success).toBe(true);
    const edited = setAt(doc.data, requiresPath, deep as unknown as Json);
    const saved = saveText(doc.original, doc.data, edited);
    expect(JSON.parse(saved)).toEqual(edited);
    // Removing it again gives the file back, byte for byte.
    const back = openDoc('r.json', saved)!;
    expect(saveText(back.original, back.data, setAt(back.data, requiresPath, undefined))).toBe(text);
  });
});
