/** Undo and redo over every kind of edit the editor makes: each step back gives the file back byte for byte. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCondition } from '../../src/editor/conditions';
import { History } from '../../src/editor/history';
import { addChoice, addConsequence, addNode, duplicate, getAt as at, moveItem, openDoc, setField, removeItem, removeNode, renameConsequence, renameNode, setAt, type JsonObject } from '../../src/editor/model';
import { declareName, removeName, renameName } from '../../src/editor/names';
import { saveText } from '../../src/editor/save';

const text = readFileSync(join(import.meta.dirname, '../../scenarios/coffee/scenario.json'), 'utf8');
const doc = openDoc('coffee.json', text)!;
const d0 = doc.data;
const nodes = Object.keys(d0.nodes as JsonObject);
const scene = nodes.find((n) => (d0.nodes as Record<string, JsonObject>)[n]!.type === 'scene')!;
const costed = Object.entries(d0.nodes as Record<string, { choices?: { cost?: unknown }[] }>).flatMap(([id, n]) => (n.choices ?? []).map((c, i) => [id, i, c] as const)).find(([, , c]) => c.cost !== undefined)!;
const consequence = Object.keys(d0.consequences as JsonObject)[0]!;
const x = { flags: d0.flags as string[], variables: Object.keys(d0.variables as JsonObject), nodes };
const texts = { text: 'T.', label: 'L', title: 'New' };

const edits: [string, (d: JsonObject) => JsonObject][] = [
  ['set a text', (d) => setAt(d, ['summary'], 'Another summary.')],
  ['remove an optional field', (d) => setAt(d, ['nodes', costed[0], 'choices', costed[1], 'cost'], undefined)],
  ['add a node', (d) => addNode(d, 'scene', texts, scene).data],
  ['add a branch', (d) => addNode(d, 'branch', texts).data],
  ['add a consequence', (d) => addConsequence(d, texts).data],
  ['duplicate a node', (d) => duplicate(d, 'nodes', scene)!.data],
  ['remove a node', (d) => removeNode(d, nodes.at(-1)!)],
  ['add a choice', (d) => addChoice(d, scene, 'Another', scene)],
  ['remove a list item', (d) => removeItem(d, ['objectives', 0])],
  ['move a list item', (d) => moveItem(d, ['objectives'], 0, 1)],
  ['rename a node', (d) => renameNode(d, scene, 'renamed')],
  ['rename a consequence', (d) => renameConsequence(d, consequence, 'later')],
  ['set a condition', (d) => setAt(d, ['nodes', scene, 'choices', 0, 'requires'], convertCondition(undefined, 'var', x))],
  ['change a condition kind', (d) => setAt(d, ['nodes', scene, 'choices', 0, 'requires'], convertCondition({ type: 'money', op: '<', value: 1 }, 'all', x))],
  ['rename a flag', (d) => renameName(d, 'flag', x.flags[0]!, 'renamedFlag')],
  ['rename a variable', (d) => renameName(d, 'variable', x.variables[0]!, 'renamedVar')],
  ['rename a character', (d) => renameName(d, 'character', Object.keys(d.characters as JsonObject)[0]!, 'someone')],
  ['rename a source', (d) => renameName(d, 'source', 'hs2022', 'hs')],
  ['declare a flag', (d) => declareName(d, 'flag', 'brandNew')],
  ['declare a variable', (d) => declareName(d, 'variable', 'brandNew')],
  ['remove a flag', (d) => removeName(d, 'flag', x.flags[0]!)],
  ['remove a variable', (d) => removeName(d, 'variable', x.variables[0]!)],
];

describe('undo and redo', () => {
  it.each(edits)('%s: undo gives the file back byte for byte, redo the edit again', (_, edit) => {
    const h = new History<JsonObject>();
    const after = edit(d0);
    expect(after).not.toEqual(d0);
    h.record(d0);
    const undone = h.undo(after)!;
    expect(saveText(doc.original, d0, undone)).toBe(text);
    expect(h.canUndo).toBe(false);
    expect(h.redo(undone)).toBe(after);
    expect(h.canRedo).toBe(false);
  });

  it('all the edits one after another, undone to the start and redone to the end', () => {
    const h = new History<JsonObject>();
    const states = [d0];
    for (const [, edit] of edits) {
      const cur = states.at(-1)!;
      h.record(cur);
      states.push(edit(cur));
    }
    let cur = states.at(-1)!;
    for (let i = states.length - 2; i >= 0; i--) {
      cur = h.undo(cur)!;
      expect(cur).toBe(states[i]);
    }
    expect(h.undo(cur)).toBeUndefined();
    expect(saveText(doc.original, d0, cur)).toBe(text);
    for (let i = 1; i < states.length; i++) {
      cur = h.redo(cur)!;
      expect(cur).toBe(states[i]);
    }
    expect(h.redo(cur)).toBeUndefined();
  });

  it('moving an item changes only the lines of the two items, and out-of-range moves change nothing', () => {
    const moved = moveItem(d0, ['objectives'], 0, 1);
    const objectives = d0.objectives as string[];
    expect(moved.objectives).toEqual([objectives[1], objectives[0], ...objectives.slice(2)]);
    const before = text.split('\n');
    const after = saveText(doc.original, d0, moved).split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((l, i) => l !== before[i])).toHaveLength(2);
    expect(moveItem(d0, ['objectives'], 0, 99)).toBe(d0);
    expect(moveItem(d0, ['nope'], 0, 1)).toBe(d0);
  });

  it('typing in one field is one step; another field, a sealed run or an undo starts a new one; a new edit clears redo', () => {
    const h = new History<string>();
    h.record('', 'a'); h.record('x', 'a'); h.record('xy', 'a');
    h.record('xyz', 'b');
    expect(h.undo('xyzw')).toBe('xyz');
    expect(h.undo('xyz')).toBe('');
    expect(h.canUndo).toBe(false);
    expect(h.redo('')).toBe('xyz');
    h.record('xyz', 'a');
    expect(h.canRedo).toBe(false);
    h.seal();
    h.record('xyz1', 'a');
    expect(h.undo('xyz12')).toBe('xyz1');
    expect(h.undo('xyz1')).toBe('xyz');
  });
});

describe('duplicating', () => {
  it('puts an equal copy under a fresh id right after the original; nothing leads to it; a consequence too; an unknown id gives nothing', () => {
    const r = duplicate(d0, 'nodes', scene)!;
    expect(r.id).toBe(`${scene}-copy`);
    const ids = Object.keys(r.data.nodes as JsonObject);
    expect(ids.indexOf(r.id)).toBe(ids.indexOf(scene) + 1);
    expect((r.data.nodes as JsonObject)[r.id]).toEqual((d0.nodes as JsonObject)[scene]);
    expect(duplicate(r.data, 'nodes', scene)!.id).toBe(`${scene}-copy-2`);
    expect(duplicate(d0, 'consequences', consequence)!.id).toBe(`${consequence}-copy`);
    expect(duplicate(d0, 'nodes', 'nope')).toBeUndefined();
  });
});

describe('setting a field as a form does', () => {
  it('an emptied cost, learn-more entry and learnMore go with their last field', () => {
    const p = ['nodes', costed[0], 'choices', costed[1], 'cost'];
    let d = d0;
    for (const k of Object.keys(at(d, p) as JsonObject)) d = setField(d, [...p, k], undefined);
    expect(at(d, p)).toBeUndefined();
    const dims = Object.keys(d0.learnMore as JsonObject);
    let l = d0;
    for (const dim of dims) l = setField(l, ['learnMore', dim, 'text'], undefined);
    expect(l.learnMore).toBeUndefined();
    expect(setField(d0, ['summary'], 'x').summary).toBe('x');
  });
});
