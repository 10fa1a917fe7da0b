import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/scenario';
import { addChoice, addConsequence, addNode, milestones, blankScenario, consequenceReferences, getAt, nodeReferences, openDoc, removeItem, removeNode, renameConsequence, renameNode, setAt, type JsonObject } from '../../src/editor/model';
import { freshText, saveText } from '../../src/editor/save';

const dir = join(import.meta.dirname, '../../scenarios');
const shipped = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const read = (id: string) => readFileSync(join(dir, id, 'scenario.json'), 'utf8');
const open = (id: string) => {
  const doc = openDoc(`${id}.json`, read(id));
  if (!doc) throw new Error(`cannot open ${id}`);
  return doc;
};
const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return x.filter((l, i) => y[i] !== l).length + Math.abs(x.length - y.length);
};

describe('editor save', () => {
  it.each(shipped)('%s: open then save with no edit gives the file byte for byte', (id) => {
    const doc = open(id);
    expect(saveText(doc.original, doc.data, doc.data)).toBe(read(id));
  });

  it.each(shipped)('%s: changing one text changes one line and the key order stays', (id) => {
    const doc = open(id);
    const edited = setAt(doc.data, ['summary'], 'A new summary.');
    const out = saveText(doc.original, doc.data, edited);
    expect(changedLines(read(id), out)).toBe(1);
    expect(Object.keys(JSON.parse(out))).toEqual(Object.keys(doc.data));
    expect(JSON.parse(out).summary).toBe('A new summary.');
  });

  it('a renamed node keeps its place, every reference follows, and the saved file still passes the checker', () => {
    const doc = open('coffee');
    const ids = Object.keys(doc.data.nodes as JsonObject);
    const target = ids.find((id) => nodeReferences(doc.data, id).length > 1) ?? '';
    const before = nodeReferences(doc.data, target).length;
    const renamed = renameNode(doc.data, target, 'renamed-node');
    expect(Object.keys(renamed.nodes as JsonObject)).toEqual(ids.map((id) => (id === target ? 'renamed-node' : id)));
    expect(nodeReferences(renamed, target)).toEqual([]);
    expect(nodeReferences(renamed, 'renamed-node')).toHaveLength(before);
    const text = saveText(doc.original, doc.data, renamed);
    expect(JSON.parse(text)).toEqual(renamed);
    const errors = checkScenarioText('s.json', text).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('renaming the start node and a consequence updates start, rules and schedule/cancel effects', () => {
    const doc = open('coffee');
    const start = String(doc.data.start);
    const renamed = renameNode(doc.data, start, 'opening');
    expect(renamed.start).toBe('opening');
    const cid = Object.keys((doc.data.consequences ?? {}) as JsonObject).find((c) => consequenceReferences(doc.data, c).length > 0);
    expect(cid).toBeDefined();
    const n = consequenceReferences(doc.data, cid!).length;
    const r2 = renameConsequence(renamed, cid!, 'later-thing');
    expect(consequenceReferences(r2, cid!)).toEqual([]);
    expect(consequenceReferences(r2, 'later-thing')).toHaveLength(n);
    expect(checkScenarioText('s.json', saveText(doc.original, doc.data, r2)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('adding a scene and a choice, then removing them, gives the original file back', () => {
    const doc = open('roses');
    const texts = { text: 'New text.', label: 'Go on', title: 'New' };
    const { data: added, id } = addNode(doc.data, 'scene', texts, String(doc.data.start));
    expect(Object.keys(added.nodes as JsonObject).indexOf(id)).toBe(Object.keys(added.nodes as JsonObject).indexOf(String(doc.data.start)) + 1);
    const withChoice = addChoice(added, id, 'Another way', String(doc.data.start));
    expect(getAt(withChoice, ['nodes', id, 'choices', 1, 'next'])).toBe(doc.data.start);
    const saved = saveText(doc.original, doc.data, withChoice);
    expect(JSON.parse(saved)).toEqual(withChoice);
    // The new scene is not linked yet: the only error is that it cannot be reached.
    expect(checkScenarioText('s.json', saved).diagnostics.filter((d) => d.severity === 'error').map((d) => d.path)).toEqual([['nodes', id]]);
    const back = removeNode(removeItem(withChoice, ['nodes', id, 'choices', 1]), id);
    expect(saveText(doc.original, doc.data, back)).toBe(read('roses'));
  });

  it('removing a node leaves its references for the checker to report', () => {
    const doc = open('coffee');
    const target = Object.keys(doc.data.nodes as JsonObject).find((id) => id !== doc.data.start && nodeReferences(doc.data, id).length > 0)!;
    const text = saveText(doc.original, doc.data, removeNode(doc.data, target));
    const codes = checkScenarioText('s.json', text).diagnostics.map((d) => d.code);
    expect(codes).toContain('dangling-reference');
  });

  it('openDoc refuses text that is not a JSON object', () => {
    expect(openDoc('x', '{ nope')).toBeUndefined();
    expect(openDoc('x', '[1]')).toBeUndefined();
    expect(openDoc('x', '{"a": 1}')?.data).toEqual({ a: 1 });
  });
});

describe('a new scenario', () => {
  it('a new branch and a new consequence, scheduled from a choice, pass the checker', () => {
    const texts = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/locales/en/editor.json'), 'utf8')).blank;
    const doc = openDoc('scenario.json', freshText(blankScenario('en', texts)))!;
    const { data: withBranch, id: branch } = addNode(doc.data, 'branch', { text: 'T', label: 'L', title: 'B' }, 'start');
    const { data: withLater, id: later } = addConsequence(setAt(withBranch, ['nodes', 'start', 'choices', 0, 'next'], branch), { text: 'The buyer calls back.', title: 'A call' });
    const data = setAt(setAt(withLater, ['nodes', 'start', 'choices', 0, 'effects'], [{ type: 'schedule', consequence: later }]), ['nodes', branch, 'else'], 'delivered');
    const r = checkScenarioText('scenario.json', saveText(doc.original, doc.data, data));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.scenario?.nodes[branch]?.type).toBe('branch');
    expect(r.scenario?.consequences?.[later]?.afterDays).toBe(1);
    expect(milestones(setAt(data, ['nodes', 'start', 'milestone'], 'arrival'))).toEqual(['arrival']);
  });

  it('passes the checker with no errors or warnings, and can be built on: a chance node and an extra scene', () => {
    const texts = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/locales/en/editor.json'), 'utf8')).blank;
    const data = blankScenario('en', texts);
    const text = freshText(data);
    expect(checkScenarioText('scenario.json', text).diagnostics).toEqual([]);
    const doc = openDoc('scenario.json', text)!;
    const { data: withChance, id: chance } = addNode(doc.data, 'chance', { text: 'The ship is late.', label: 'Go on', title: 'Weather' }, 'start');
    const led = setAt(withChance, ['nodes', 'start', 'choices', 0, 'next'], chance);
    const routed = setAt(setAt(led, ['nodes', chance, 'outcomes', 0, 'next'], 'delivered'), ['nodes', chance, 'outcomes', 1, 'next'], 'too-late');
    const saved = saveText(doc.original, doc.data, routed);
    const r = checkScenarioText('scenario.json', saved);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.scenario?.nodes[chance]?.type).toBe('chance');
  });
});
