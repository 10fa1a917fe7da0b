/**
 * Flags, variables, characters and sources as the editor manages them: the names a scenario declares, the
 * places that use each name, declaring, renaming (every use follows) and removing.
 */
import { getAt, isObject, placeNewKeys, setAt, type Json, type JsonObject, type Path } from './model';

export type NameKind = 'flag' | 'variable' | 'character' | 'source';

export const NAME = /^(?!(?:constructor|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toString|toLocaleString|valueOf)$)[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const ID = /^(?!constructor$)[a-z0-9][a-z0-9-]{0,63}$/;

/** The declared flags, in file order. */
export const declaredFlags = (data: JsonObject): string[] => (Array.isArray(data.flags) ? data.flags.filter((f): f is string => typeof f === 'string') : []);
/** The declared variables, in file order. */
export const declaredVariables = (data: JsonObject): string[] => (isObject(data.variables) ? Object.keys(data.variables) : []);
/** The character ids, in file order. */
export const characterIds = (data: JsonObject): string[] => (isObject(data.characters) ? Object.keys(data.characters) : []);
/** The source ids, in file order. */
export const sourceIds = (data: JsonObject): string[] => (Array.isArray(data.sources) ? data.sources.map((s) => (isObject(s) && typeof s.id === 'string' ? s.id : '')).filter(Boolean) : []);

/** The names of one kind the scenario declares. */
export function declared(data: JsonObject, kind: NameKind): string[] {
  return kind === 'flag' ? declaredFlags(data) : kind === 'variable' ? declaredVariables(data) : kind === 'character' ? characterIds(data) : sourceIds(data);
}

function walk(v: Json, path: (string | number)[], visit: (v: Json, p: Path) => void): void {
  visit(v, path);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], visit));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k], visit);
}

const varToken = (name: string) => new RegExp(`\\{var:${name}\\}`, 'g');

/** Every place that uses a name (not its declaration): conditions, effects, {var:name} in texts, speakers, score and learn-more sources. */
export function nameReferences(data: JsonObject, kind: NameKind, name: string): Path[] {
  const refs: Path[] = [];
  const nodes = isObject(data.nodes) ? data.nodes : {};
  if (kind === 'character') {
    for (const [id, n] of Object.entries(nodes)) if (isObject(n) && n.speaker === name) refs.push(['nodes', id, 'speaker']);
    return refs;
  }
  if (kind === 'source') {
    walk(data, [], (v, p) => { if (isObject(v) && v.source === name && (p.includes('scores') || p[0] === 'learnMore')) refs.push([...p, 'source']); });
    return refs;
  }
  const key = kind === 'flag' ? 'flag' : 'var';
  walk(data, [], (v, p) => {
    if (isObject(v) && v.type === key && v[key] === name && p[0] !== 'flags' && p[0] !== 'variables') refs.push([...p, key]);
    if (kind === 'variable' && typeof v === 'string' && v.includes(`{var:${name}}`)) refs.push(p);
  });
  return refs;
}

/** Why a name cannot be used ('pattern' or 'taken'), or null when it can. */
export function nameProblem(data: JsonObject, kind: NameKind, name: string, except?: string): 'pattern' | 'taken' | null {
  if (!(kind === 'flag' || kind === 'variable' ? NAME : ID).test(name)) return 'pattern';
  return name !== except && declared(data, kind).includes(name) ? 'taken' : null;
}

/** A name "<base>", "<base>2", … (ids: "<base>-2") not declared yet. */
export function freshName(data: JsonObject, kind: NameKind, base: string): string {
  const taken = new Set(declared(data, kind));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const n = kind === 'flag' || kind === 'variable' ? `${base}${i}` : `${base}-${i}`;
    if (!taken.has(n)) return n;
  }
}

/** Declares a new name: a flag (starts false), a variable starting at 0, a character or a source. */
export function declareName(data: JsonObject, kind: NameKind, name: string, fields: JsonObject = {}): JsonObject {
  if (kind === 'flag') return placeNewKeys(data, { ...data, flags: [...declaredFlags(data), name] });
  if (kind === 'variable') return placeNewKeys(data, setAt(data, ['variables', name], { initial: 0, ...fields }));
  if (kind === 'character') return placeNewKeys(data, setAt(data, ['characters', name], fields));
  return placeNewKeys(data, { ...data, sources: [...(Array.isArray(data.sources) ? data.sources : []), { id: name, ...fields }] });
}

/** Orders paths as the file does: key by key, array indices as numbers. */
export function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

const renameKey = (obj: JsonObject, from: string, to: string): JsonObject => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));

/** Renames a declared name and every use of it, keeping its place in the file. */
export function renameName(data: JsonObject, kind: NameKind, from: string, to: string): JsonObject {
  if (from === to || !declared(data, kind).includes(from)) return data;
  let out = data;
  for (const p of nameReferences(data, kind, from)) {
    const v = getAt(out, p);
    out = setAt(out, p, typeof v === 'string' && kind === 'variable' && p.at(-1) !== 'var' ? v.replace(varToken(from), `{var:${to}}`) : to);
  }
  if (kind === 'flag') return { ...out, flags: declaredFlags(out).map((f) => (f === from ? to : f)) };
  if (kind === 'variable') return { ...out, variables: renameKey(out.variables as JsonObject, from, to) };
  if (kind === 'character') return { ...out, characters: renameKey(out.characters as JsonObject, from, to) };
  return { ...out, sources: (out.sources as Json[]).map((s) => (isObject(s) && s.id === from ? { ...s, id: to } : s)) };
}

/**
 * Removes a declared name. Effects that only set the flag or variable and optional references (a speaker,
 * a score's or learn-more's source) go with it; conditions and texts that still use it stay, and the checker
 * lists them, so nothing the author wrote about it disappears unseen.
 */
export function removeName(data: JsonObject, kind: NameKind, name: string): JsonObject {
  let out = data;
  // Deepest and last first, so removing an array item does not shift the paths still to visit.
  const refs = nameReferences(data, kind, name).sort(comparePaths).reverse();
  for (const p of refs) {
    const parent = p.slice(0, -1);
    const owner = getAt(out, parent);
    if (kind === 'character' || kind === 'source') out = setAt(out, p, undefined);
    else if (isObject(owner) && parent.includes('effects')) out = setAt(out, parent, undefined);
  }
  if (kind === 'flag') return { ...out, flags: declaredFlags(out).filter((f) => f !== name) };
  if (kind === 'variable') return setAt(out, ['variables', name], undefined);
  if (kind === 'character') return setAt(out, ['characters', name], undefined);
  return { ...out, sources: Array.isArray(out.sources) ? out.sources.filter((s) => !(isObject(s) && s.id === name)) : [] };
}
