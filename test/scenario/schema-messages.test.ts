/** Schema problems read as sentences with a hint, placed at the deepest part of the path present in the file. */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, type Diagnostic } from '../../src/scenario';
import { miniText } from './helpers';

/** Applies a change to mini.json's data and checks it pretty-printed (one field per line). */
function checkChanged(change: (d: Record<string, any>) => void): Diagnostic[] {
  const data = JSON.parse(miniText);
  change(data);
  const { diagnostics, scenario } = checkScenarioText('s.json', JSON.stringify(data, null, 2));
  expect(scenario).toBeUndefined();
  return diagnostics.filter((d) => d.code === 'schema');
}

/** The 1-based line of the first line containing `fragment` in the pretty-printed change. */
function lineOf(change: (d: Record<string, any>) => void, fragment: string): number {
  const data = JSON.parse(miniText);
  change(data);
  return JSON.stringify(data, null, 2).split('\n').findIndex((l) => l.includes(fragment)) + 1;
}

describe('schema diagnostics', () => {
  it('a missing field names the field and points at the object that lacks it', () => {
    const change = (d: any) => delete d.nodes.aeo.choices[1].label;
    const [d] = checkChanged(change);
    expect(d?.message).toBe('Missing required field "label".');
    expect(d?.hint).toMatch(/short label/);
    expect(d?.path).toEqual(['nodes', 'aeo', 'choices', 1, 'label']);
    expect(d?.line).toBe(lineOf(change, '"id": "skip"') - 1);
  });

  it('a wrong type says what was expected and what was found', () => {
    const [d] = checkChanged((x) => { x.deadline = '20 days'; });
    expect(d?.message).toBe('"deadline" should be a whole number, but it is text ("20 days").');
    const [f] = checkChanged((x) => { x.deadline = 20.5; });
    expect(f?.message).toBe('"deadline" should be a whole number, but it is the number 20.5.');
  });

  it('an HS code written as a number gets a hint about the lost zero', () => {
    const [d] = checkChanged((x) => { x.product.hs = 901.11; });
    expect(d?.hint).toMatch(/leading zero/);
  });

  it('an unknown field suggests the nearest allowed one and points at the key', () => {
    const change = (x: any) => { x.nodes.ship.choices[0].nxet = 'x'; };
    const [d] = checkChanged(change);
    expect(d?.message).toBe('Unknown field "nxet".');
    expect(d?.hint).toMatch(/^Did you mean "next"\? Allowed fields: "id", "label"/);
    expect(d?.line).toBe(lineOf(change, '"nxet"'));
    expect(d?.column).toBe(11);
  });

  it('a bad enum value lists the allowed values and suggests the nearest', () => {
    const [d] = checkChanged((x) => { x.nodes.ship.stage = 'harbour'; });
    expect(d?.message).toBe('"harbour" is not an allowed value for "stage".');
    expect(d?.hint).toContain('"port"');
    const [e] = checkChanged((x) => { x.nodes.success.kind = 'sucess'; });
    expect(e?.hint).toMatch(/^Did you mean "success"\?/);
  });

  it('an unknown node type lists the allowed types', () => {
    const [d] = checkChanged((x) => { x.nodes.done.type = 'if'; });
    expect(d?.message).toBe('Unknown type "if".');
    expect(d?.hint).toBe('Allowed types: "scene", "chance", "branch", "ending".');
    const [e] = checkChanged((x) => { delete x.nodes.done.type; });
    expect(e?.message).toMatch(/^Missing "type"/);
  });

  it.each([
    ['an id', (x: any) => { x.nodes.aeo.choices[0].id = 'Apply Now'; }, /not a valid id/, /Try "apply-now"/],
    ['an HS code', (x: any) => { x.nodes.classify.choices[0].hs = '090111'; }, /not an HS code/, /"0901\.11"/],
    ['a national tariff line', (x: any) => { x.product.hs = '0901.11.00'; }, /not an HS code/, /six digits/],
    ['a currency', (x: any) => { x.currency = 'usd'; }, /ISO 4217/, /Try "USD"/],
    ['a version', (x: any) => { x.version = 'v1'; }, /version number/, /major\.minor\.patch/],
    ['a flag name', (x: any) => { x.flags[0] = 'has-aeo'; }, /flag or variable name/, /Try "hasAeo"/],
    ['a language', (x: any) => { x.lang = 'EN'; }, /language code/, /Try "en"/],
  ])('a malformed %s explains the expected form', (_, change, message, hint) => {
    const [d] = checkChanged(change);
    expect(d?.message).toMatch(message);
    expect(d?.hint).toMatch(hint);
  });

  it('a node id that is not an id is reported at its key', () => {
    const [d] = checkChanged((x) => { x.nodes['Big Ship'] = x.nodes.ship; });
    expect(d?.message).toBe('"Big Ship" is not a valid id.');
    expect(d?.path).toEqual(['nodes', 'Big Ship']);
  });

  it('too many or too few choices says how many are allowed', () => {
    const [d] = checkChanged((x) => { x.nodes.arrive.choices = []; });
    expect(d?.message).toBe('"choices" has 0 items; at least 1 is needed (a scene offers 1 to 4 choices).');
    const [e] = checkChanged((x) => { x.nodes.aeo.choices.push({ id: 'a', label: 'A', next: 'ship' }, { id: 'b', label: 'B', next: 'ship' }); });
    expect(e?.message).toBe('"choices" has 5 items; at most 4 are allowed (a scene offers 1 to 4 choices).');
  });

  it('numbers out of range give the limit', () => {
    const [d] = checkChanged((x) => { x.nodes.classify.choices[0].scores[0].points = 50; });
    expect(d?.message).toBe('"points" is 50; it must be at most 10.');
  });

  it('a file that is not an object says so', () => {
    const { diagnostics } = checkScenarioText('s.json', '[1, 2]');
    expect(diagnostics).toMatchObject([{ code: 'schema', line: 1, column: 1, message: 'The file should be an object { … }, but it is a list.' }]);
  });

  it('every schema problem is reported, not only the first', () => {
    const ds = checkChanged((x) => {
      x.money = -5;
      x.difficulty = 'hardest';
      delete x.nodes.late.title;
      x.nodes.inspection.outcomes[0].weight = 'high';
    });
    expect(ds.map((d) => d.path.join('.'))).toEqual(['money', 'difficulty', 'nodes.inspection.outcomes.0.weight', 'nodes.late.title']);
  });
});
