/** The checker as a whole: all problems at once, sorted; translations placed in their own files; graph semantics. */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, collectStrings, fingerprint, type Scenario } from '../../src/scenario';
import { hsCodes, miniText } from './helpers';

const mini = () => JSON.parse(miniText) as Record<string, any>;
const check = (data: unknown, opts = {}) => checkScenarioText('s.json', JSON.stringify(data, null, 2), { hsCodes, ...opts });
const codes = (data: unknown) => check(data).diagnostics.map((d) => d.code);

describe('checkScenarioText', () => {
  it('returns the scenario when it passes the schema, with no errors for a sound file', () => {
    const r = checkScenarioText('mini.json', miniText, { hsCodes });
    expect(r.scenario?.id).toBe('mini');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports all problems at once, sorted by line and column', () => {
    const d = mini();
    d.start = 'clasify';
    d.flags.push('neverUsed');
    d.nodes.aeo.choices[0].effects.push({ type: 'flag', flag: 'certified' });
    d.nodes.ship.choices[1].hs = '0901.21';
    d.nodes.inspection.outcomes[0].weight = 0;
    d.nodes.inspection.outcomes[1].weight = 0;
    d.consequences['hs-hold'].on = 'arival';
    d.nodes.classify.choices[1].scores[0].source = 'wco';
    const r = check(d);
    expect(new Set(r.diagnostics.map((x) => x.code))).toEqual(new Set(['dangling-reference', 'unused-flag', 'undefined-flag', 'hs-decision-without-codes', 'zero-weights', 'consequence-never-fires', 'unknown-source', 'unused-variable']));
    const places = r.diagnostics.map((x) => x.line * 10_000 + x.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(r.diagnostics.find((x) => x.code === 'dangling-reference')?.hint).toMatch(/Did you mean "classify"\?/);
  });

  it('does not mistake inherited object properties for ids', () => {
    const d = mini();
    d.nodes.arrive.text = 'Quality {var:hasOwnProperty}.';
    expect(codes(d)).toEqual(expect.arrayContaining(['undefined-variable']));
    d.nodes.aeo.choices[1].next = 'constructor';
    const diagnostics = checkScenarioText('s.json', JSON.stringify(d)).diagnostics;
    expect(diagnostics.find((x) => x.path.join('.') === 'nodes.aeo.choices.1.next')?.message).toMatch(/reserved word/);
  });

  it('without HS codes it does not look codes up', () => {
    const d = mini();
    d.product.hs = '0000.00';
    expect(codes(d)).toContain('unknown-hs-code');
    expect(checkScenarioText('s.json', JSON.stringify(d)).diagnostics.map((x) => x.code)).not.toContain('unknown-hs-code');
  });

  it('lists the subheadings of the heading when an HS code does not exist', () => {
    const d = mini();
    d.product.hs = '0901.19';
    expect(check(d).diagnostics.find((x) => x.code === 'unknown-hs-code')?.hint).toContain('Heading 0901 (Coffee) has: 0901.11 not roasted or decaffeinated; 0901.12 decaffeinated, not roasted');
  });

  it('places translation problems in the translation file and still checks the scenario', () => {
    const s = JSON.parse(miniText) as Scenario;
    const entries = Object.fromEntries(collectStrings(s).map((x) => [x.key, { text: `fr ${x.text}`, source: fingerprint(x.text) }]));
    delete entries['nodes.ship.text'];
    const text = JSON.stringify({ format: 1, scenario: 'mini', lang: 'fr', strings: entries }, null, 2);
    const r = checkScenarioText('scenarios/mini/scenario.json', miniText, { hsCodes, translations: [{ lang: 'fr', file: 'scenarios/mini/locales/fr.json', text }] });
    const fr = r.diagnostics.filter((x) => x.file.endsWith('fr.json'));
    expect(fr.map((x) => [x.code, x.line, x.column])).toEqual([['missing-translation', 5, 3], ['translation-coverage', 5, 3]]);
    expect(fr[1]?.message).toBe('fr: 97% (0 not translated yet, 0 changed since translated, 1 missing, of 40 texts)');
    expect(r.diagnostics[0]?.file).toBe('scenarios/mini/locales/fr.json');
  });

  it('reports translation keys named after object internals ("__proto__", "constructor") as unknown', () => {
    const text = JSON.stringify({ format: 1, scenario: 'mini', lang: 'fr', strings: { constructor: { text: 'x', source: '00000000' } } }).replace('"constructor"', '"__proto__": { "text": "x", "source": "00000000" }, "constructor"');
    const r = checkScenarioText('mini.json', miniText, { translations: [{ lang: 'fr', file: 'fr.json', text }] });
    expect(r.diagnostics.filter((x) => x.code === 'unknown-translation-key').map((x) => x.path)).toEqual([['strings', '__proto__'], ['strings', 'constructor']]);
  });

  it('checks translation syntax even when the scenario itself is broken', () => {
    const r = checkScenarioText('s.json', '{', { translations: [{ lang: 'fr', file: 'fr.json', text: '{"format": 1,}' }] });
    expect(r.diagnostics.map((x) => [x.file, x.code, x.line, x.column])).toEqual([['fr.json', 'invalid-json', 1, 14], ['s.json', 'invalid-json', 1, 2]]);
  });

  it('an unsupported format stops before the schema, which belongs to another version', () => {
    const d = mini();
    d.format = 2;
    d.nodes = 'whatever';
    expect(codes(d)).toEqual(['unsupported-format']);
  });
});

describe('graph checks', () => {
  it('treats rule targets as reachable where money can fall or time can pass', () => {
    const d = mini();
    expect(codes(d)).not.toContain('unreachable-node');
    for (const n of ['aeo', 'ship']) for (const c of d.nodes[n].choices) delete c.cost;
    delete d.nodes.classify.choices[0].cost;
    delete d.nodes.inspection.outcomes[1].effects;
    delete d.consequences['hs-hold'].effects;
    const r = check(d).diagnostics.filter((x) => x.code === 'unreachable-node');
    expect(r.map((x) => x.path)).toEqual([['nodes', 'broke'], ['nodes', 'late']]);
  });

  it('counts a consequence redirect as a way forward', () => {
    const d = mini();
    d.nodes.stuck = { type: 'scene', milestone: 'arrival', text: 'Waiting.', choices: [{ id: 'wait', label: 'Wait', next: 'stuck' }] };
    d.nodes.arrive.choices[0].next = 'stuck';
    delete d.consequences['hs-hold'].effects; // costs would let the rules end the wait
    expect(codes(d)).toContain('dead-end');
    d.consequences['hs-hold'].next = 'refused';
    expect(codes(d)).not.toContain('dead-end');
  });

  it('a loop that costs days is not a dead end: the deadline rule ends it', () => {
    const d = mini();
    d.nodes.arrive.choices.push({ id: 'wait', label: 'Wait', next: 'waiting' });
    d.nodes.waiting = { type: 'scene', text: 'Waiting.', choices: [{ id: 'again', label: 'Wait more', cost: { days: 1 }, next: 'waiting' }] };
    expect(codes(d)).not.toContain('dead-end');
    d.nodes.waiting.choices[0].cost = {};
    expect(codes(d)).toContain('dead-end');
  });

  it('names a branch that leads to itself', () => {
    const d = mini();
    d.nodes.done.else = 'done';
    const r = check(d).diagnostics.find((x) => x.code === 'branch-cycle');
    expect(r?.message).toMatch(/^Branch "done" leads to itself/);
  });
});
