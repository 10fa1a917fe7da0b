/** Flags, variables, characters and sources: declared, renamed with every use following, removed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/scenario';
import { blankScenario, getAt, openDoc, placeNewKeys, type JsonObject } from '../../src/editor/model';
import { declared, declareName, freshName, nameProblem, nameReferences, removeName, renameName, type NameKind } from '../../src/editor/names';
import { freshText, saveText } from '../../src/editor/save';

const dir = join(import.meta.dirname, '../../scenarios');
const open = (id: string) => openDoc(`${id}.json`, readFileSync(join(dir, id, 'scenario.json'), 'utf8'))!;
const errors = (doc: ReturnType<typeof open>, data: JsonObject) => checkScenarioText('s.json', saveText(doc.original, doc.data, data)).diagnostics.filter((d) => d.severity === 'error');
const codes = (doc: ReturnType<typeof open>, data: JsonObject) => checkScenarioText('s.json', saveText(doc.original, doc.data, data)).diagnostics.map((d) => d.code);

describe('renaming keeps every reference', () => {
  it.each([['roses', 'flag'], ['roses', 'variable'], ['roses', 'character'], ['roses', 'source'], ['coffee', 'flag'], ['coffee', 'variable'], ['coffee', 'character'], ['coffee', 'source']] as [string, NameKind][])('%s: every %s renamed in turn, each use follows and the file still passes check', (id, kind) => {
    const doc = open(id);
    let data = doc.data;
    const names = declared(data, kind);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const uses = nameReferences(data, kind, name).length;
      const to = kind === 'flag' || kind === 'variable' ? `${name}Renamed` : `${name}-renamed`;
      data = renameName(data, kind, name, to);
      expect(nameReferences(data, kind, name)).toEqual([]);
      expect(nameReferences(data, kind, to)).toHaveLength(uses);
    }
    // The declarations keep their places.
    expect(declared(data, kind)).toEqual(names.map((n) => (kind === 'flag' || kind === 'variable' ? `${n}Renamed` : `${n}-renamed`)));
    expect(errors(doc, data)).toEqual([]);
  });

  it('a variable renamed follows into {var:name} tokens of texts, and only whole tokens', () => {
    const doc = open('roses');
    const refs = nameReferences(doc.data, 'variable', 'freshness');
    const texts = refs.filter((p) => p.at(-1) !== 'var');
    expect(texts.length).toBeGreaterThan(0);
    const data = renameName(doc.data, 'variable', 'freshness', 'bloom');
    for (const p of texts) {
      const s = String(getAt(data, p));
      expect(s).toContain('{var:bloom}');
      expect(s).not.toContain('{var:freshness}');
    }
    expect(errors(doc, data)).toEqual([]);
  });

  it('names are checked like the schema does: pattern, reserved words, taken', () => {
    const doc = open('roses');
    expect(nameProblem(doc.data, 'flag', 'has aeo')).toBe('pattern');
    expect(nameProblem(doc.data, 'flag', 'constructor')).toBe('pattern');
    expect(nameProblem(doc.data, 'flag', 'aeo')).toBe('taken');
    expect(nameProblem(doc.data, 'flag', 'aeo', 'aeo')).toBeNull();
    expect(nameProblem(doc.data, 'character', 'Neema')).toBe('pattern');
    expect(nameProblem(doc.data, 'source', 'hs2022')).toBe('taken');
    expect(nameProblem(doc.data, 'variable', 'quality')).toBeNull();
    expect(freshName(doc.data, 'flag', 'aeo')).toBe('aeo2');
    expect(freshName(doc.data, 'source', 'hs2022')).toBe('hs2022-2');
  });
});

describe('declaring and removing', () => {
  it('declares a flag, a variable, a character and a source; unused ones are only warnings, and removing them gives the file back', () => {
    const doc = open('roses');
    let data = declareName(doc.data, 'flag', 'newFlag');
    data = declareName(data, 'variable', 'trust', { initial: 2 });
    data = declareName(data, 'character', 'sam', { name: 'Sam', role: 'Broker' });
    data = declareName(data, 'source', 'wco', { title: 'WCO', kind: 'rule' });
    expect(declared(data, 'flag').at(-1)).toBe('newFlag');
    expect(getAt(data, ['variables', 'trust'])).toEqual({ initial: 2 });
    expect(errors(doc, data)).toEqual([]);
    expect(codes(doc, data)).toEqual(expect.arrayContaining(['unused-flag', 'unused-variable']));
    let back = removeName(data, 'flag', 'newFlag');
    back = removeName(back, 'variable', 'trust');
    back = removeName(back, 'character', 'sam');
    back = removeName(back, 'source', 'wco');
    expect(saveText(doc.original, doc.data, back)).toBe(doc.original);
  });

  it('a first flag, variable or character in a scenario without any goes where the format puts it, not at the end', () => {
    const texts = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/locales/en/editor.json'), 'utf8')).blank;
    const blank = blankScenario('en', texts);
    const data = declareName(declareName(declareName(blank, 'variable', 'trust'), 'flag', 'ready'), 'character', 'sam', { name: 'Sam', role: 'Broker' });
    const keys = Object.keys(data);
    expect(keys.indexOf('characters')).toBe(keys.indexOf('sources') + 1);
    expect(keys.slice(keys.indexOf('characters'), keys.indexOf('characters') + 4)).toEqual(['characters', 'flags', 'variables', 'rules']);
    expect(keys.at(-1)).toBe('nodes');
    const text = saveText(freshText(blank), blank, data);
    expect(text.indexOf('"flags"')).toBeLessThan(text.indexOf('"rules"'));
    expect(placeNewKeys(blank, { ...blank, extra: 1 })).toEqual({ ...blank, extra: 1 });
  });

  it('removing a used flag removes the effects that set it; the conditions that test it stay for the checker to list', () => {
    const doc = open('roses');
    const refs = nameReferences(doc.data, 'flag', 'aeo');
    const inEffects = refs.filter((p) => p.includes('effects'));
    const inConditions = refs.length - inEffects.length;
    expect(inEffects.length).toBeGreaterThan(0);
    expect(inConditions).toBeGreaterThan(0);
    const data = removeName(doc.data, 'flag', 'aeo');
    expect(declared(data, 'flag')).not.toContain('aeo');
    expect(nameReferences(data, 'flag', 'aeo')).toHaveLength(inConditions);
    expect(errors(doc, data).map((d) => d.code)).toEqual(Array(inConditions).fill('undefined-flag'));
  });

  it('removing a character clears the scenes it speaks; removing a source clears the scores that cite it', () => {
    const doc = open('roses');
    const who = declared(doc.data, 'character').find((c) => nameReferences(doc.data, 'character', c).length > 0)!;
    const noSpeaker = removeName(doc.data, 'character', who);
    expect(nameReferences(noSpeaker, 'character', who)).toEqual([]);
    expect(errors(doc, noSpeaker)).toEqual([]);
    const src = declared(doc.data, 'source').find((s) => nameReferences(doc.data, 'source', s).length > 0)!;
    const noSource = removeName(doc.data, 'source', src);
    expect(nameReferences(noSource, 'source', src)).toEqual([]);
    expect(errors(doc, noSource)).toEqual([]);
  });
});
