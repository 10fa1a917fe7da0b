/**
 * The editor's document: the scenario as plain JSON data (in the file's key order) and the operations an
 * author performs on it. Every operation returns a new document; ids renamed or removed are followed
 * through every reference (next, else, start, rules, visited conditions, scheduled consequences).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

/** An open scenario: the text it was opened from (saving edits that text) and the current data. */
export interface EditorDoc {
  readonly name: string;
  readonly original: string;
  readonly data: JsonObject;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Opens scenario text; undefined when it is not a JSON object (the checker then says why). */
export function openDoc(name: string, text: string): EditorDoc | undefined {
  try {
    const data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    return isObject(data) ? { name, original: text, data: data as JsonObject } : undefined;
  } catch {
    return undefined;
  }
}

/** The value at a path, or undefined. */
export function getAt(data: Json | undefined, path: Path): Json | undefined {
  let v: Json | undefined = data;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isObject(v) && typeof k === 'string' && Object.hasOwn(v, k)) v = v[k];
    else return undefined;
  }
  return v;
}

/** A copy of the data with the value at a path set (undefined removes an object key or an array item). */
export function setAt(data: JsonObject, path: Path, value: Json | undefined): JsonObject {
  return update(data, path, value) as JsonObject;
}

function update(node: Json | undefined, path: Path, value: Json | undefined): Json | undefined {
  if (path.length === 0) return value;
  const [k, ...rest] = path;
  if (Array.isArray(node) && typeof k === 'number') {
    const copy = [...node];
    const v = update(node[k], rest, value);
    if (v === undefined) copy.splice(k, 1);
    else copy[k] = v;
    return copy;
  }
  const obj: JsonObject = isObject(node) ? { ...node } : {};
  const key = String(k);
  const v = update(obj[key], rest, value);
  if (v === undefined) delete obj[key];
  else obj[key] = v;
  return obj;
}

/**
 * Sets a field as a form does: like setAt, and an emptied optional object goes with its last field (a cost
 * with no money and no days; what to learn in a dimension without its text; learnMore without any dimension).
 */
export function setField(data: JsonObject, path: Path, value: Json | undefined): JsonObject {
  let out = setAt(data, path, value);
  if (value !== undefined) return out;
  const parent = path.slice(0, -1);
  const p = getAt(out, parent);
  if (isObject(p) && Object.keys(p).length === 0 && parent.at(-1) === 'cost') out = setAt(out, parent, undefined);
  if (path[0] === 'learnMore' && path.length === 3 && path[2] === 'text') {
    out = setAt(out, path.slice(0, 2), undefined);
    if (isObject(out.learnMore) && Object.keys(out.learnMore).length === 0) out = setAt(out, ['learnMore'], undefined);
  }
  return out;
}

/** The scenario's top-level keys in the order the format and the shipped files use. */
const TOP_ORDER = ['$schema', 'format', 'id', 'version', 'lang', 'title', 'summary', 'product', 'origin', 'destination', 'currency', 'money', 'deadline',
  'playMinutes', 'difficulty', 'objectives', 'sources', 'learnMore', 'characters', 'flags', 'variables', 'rules', 'start', 'consequences', 'nodes'];

/**
 * `after` with the top-level keys it has and `before` has not moved to their usual place (e.g. a first flag
 * declared makes "flags" after "characters", not after "nodes"), so a saved file reads like a written one.
 */
export function placeNewKeys(before: JsonObject, after: JsonObject): JsonObject {
  const added = Object.keys(after).filter((k) => !Object.hasOwn(before, k) && TOP_ORDER.includes(k));
  if (added.length === 0) return after;
  const rank = (k: string) => TOP_ORDER.indexOf(k);
  const keys = Object.keys(after).filter((k) => !added.includes(k));
  for (const k of added) {
    const at = keys.findIndex((x) => rank(x) > rank(k));
    keys.splice(at < 0 ? keys.length : at, 0, k);
  }
  return Object.fromEntries(keys.map((k) => [k, after[k] as Json]));
}

/** The node ids in file order. */
export const nodeIds = (data: JsonObject): string[] => (isObject(data.nodes) ? Object.keys(data.nodes) : []);
/** The consequence ids in file order. */
export const consequenceIds = (data: JsonObject): string[] => (isObject(data.consequences) ? Object.keys(data.consequences) : []);

const ID = /^(?!constructor$)[a-z0-9][a-z0-9-]{0,63}$/;
/** Why an id cannot be used ('pattern' or 'taken'), or null when it can. */
export function idProblem(data: JsonObject, map: 'nodes' | 'consequences', id: string, except?: string): 'pattern' | 'taken' | null {
  if (!ID.test(id)) return 'pattern';
  const m = data[map];
  return id !== except && isObject(m) && Object.hasOwn(m, id) ? 'taken' : null;
}

/** A fresh id "<base>", "<base>-2", … not used in a map. */
export function freshId(data: JsonObject, map: 'nodes' | 'consequences', base: string): string {
  const m = isObject(data[map]) ? data[map] : {};
  if (!Object.hasOwn(m, base)) return base;
  for (let i = 2; ; i++) if (!Object.hasOwn(m, `${base}-${i}`)) return `${base}-${i}`;
}

/** Renames a key of an object, keeping its place among the keys. */
function renameKey(obj: JsonObject, from: string, to: string): JsonObject {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));
}

/** Every place that names a node: [path, kind of place]. */
export function nodeReferences(data: JsonObject, id: string): Path[] {
  const refs: Path[] = [];
  if (data.start === id) refs.push(['start']);
  for (const r of ['outOfMoney', 'pastDeadline']) if (getAt(data, ['rules', r, 'next']) === id) refs.push(['rules', r, 'next']);
  const nodes = isObject(data.nodes) ? data.nodes : {};
  for (const [nid, node] of Object.entries(nodes)) {
    if (!isObject(node)) continue;
    for (const list of ['choices', 'outcomes', 'cases'] as const) {
      const items = node[list];
      if (Array.isArray(items)) items.forEach((c, i) => { if (isObject(c) && c.next === id) refs.push(['nodes', nid, list, i, 'next']); });
    }
    if (node.else === id) refs.push(['nodes', nid, 'else']);
  }
  for (const [cid, c] of Object.entries(isObject(data.consequences) ? data.consequences : {})) if (isObject(c) && c.next === id) refs.push(['consequences', cid, 'next']);
  walk(data, [], (v, p) => { if (isObject(v) && v.type === 'visited' && v.node === id) refs.push([...p, 'node']); });
  return refs;
}

/** Every schedule/cancel effect that names a consequence. */
export function consequenceReferences(data: JsonObject, id: string): Path[] {
  const refs: Path[] = [];
  walk(data, [], (v, p) => {
    if (isObject(v) && (v.type === 'schedule' || v.type === 'cancel') && v.consequence === id && p.includes('effects')) refs.push([...p, 'consequence']);
  });
  return refs;
}

function walk(v: Json, path: (string | number)[], visit: (v: Json, p: Path) => void): void {
  visit(v, path);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], visit));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k], visit);
}

/** Renames a node and every reference to it. */
export function renameNode(data: JsonObject, from: string, to: string): JsonObject {
  if (from === to || !isObject(data.nodes) || !Object.hasOwn(data.nodes, from)) return data;
  let out = data;
  for (const p of nodeReferences(data, from)) out = setAt(out, p, to);
  return { ...out, nodes: renameKey(out.nodes as JsonObject, from, to) };
}

/** Renames a consequence and every effect that schedules or cancels it. */
export function renameConsequence(data: JsonObject, from: string, to: string): JsonObject {
  if (from === to || !isObject(data.consequences) || !Object.hasOwn(data.consequences, from)) return data;
  let out = data;
  for (const p of consequenceReferences(data, from)) out = setAt(out, p, to);
  return { ...out, consequences: renameKey(out.consequences as JsonObject, from, to) };
}

/** Adds a node after another (or at the end), returning the data and the new id. */
export function addNode(data: JsonObject, kind: 'scene' | 'chance' | 'branch' | 'ending', texts: { text: string; label: string; title: string }, after?: string): { data: JsonObject; id: string } {
  const id = freshId(data, 'nodes', `new-${kind}`);
  const target = data.start && typeof data.start === 'string' ? data.start : id;
  const node: JsonObject = kind === 'scene'
    ? { type: 'scene', text: texts.text, choices: [{ id: 'go-on', label: texts.label, next: target }] }
    : kind === 'chance'
      ? { type: 'chance', outcomes: [1, 2].map((n) => ({ id: `outcome-${n}`, weight: 1, title: texts.title, text: texts.text, next: target })) }
      : kind === 'branch'
        ? { type: 'branch', cases: [{ when: { type: 'money', op: '>=', value: 0 }, next: target }], else: target }
        : { type: 'ending', kind: 'success', title: texts.title, text: texts.text };
  const entries = Object.entries(isObject(data.nodes) ? data.nodes : {});
  const at = after === undefined ? entries.length : entries.findIndex(([k]) => k === after) + 1 || entries.length;
  entries.splice(at, 0, [id, node]);
  return { data: { ...data, nodes: Object.fromEntries(entries) }, id };
}

/** Adds a consequence that fires a day after it is scheduled, returning the data and the new id. */
export function addConsequence(data: JsonObject, texts: { text: string; title: string }): { data: JsonObject; id: string } {
  const id = freshId(data, 'consequences', 'new-consequence');
  return { data: placeNewKeys(data, setAt(data, ['consequences', id], { afterDays: 1, title: texts.title, text: texts.text })), id };
}

/** The milestones the scenes name, in file order. */
export const milestones = (data: JsonObject): string[] => [...new Set(Object.values(isObject(data.nodes) ? data.nodes : {}).map((n) => (isObject(n) && typeof n.milestone === 'string' ? n.milestone : '')).filter(Boolean))];

/** A copy of a node or consequence right after it, under a fresh id ("<id>-copy"); nothing leads to it yet. */
export function duplicate(data: JsonObject, map: 'nodes' | 'consequences', id: string): { data: JsonObject; id: string } | undefined {
  const m = data[map];
  if (!isObject(m) || !Object.hasOwn(m, id)) return undefined;
  const copy = freshId(data, map, `${id}-copy`.slice(0, 64).replace(/-+$/, ''));
  const entries = Object.entries(m);
  entries.splice(entries.findIndex(([k]) => k === id) + 1, 0, [copy, JSON.parse(JSON.stringify(m[id])) as Json]);
  return { data: { ...data, [map]: Object.fromEntries(entries) }, id: copy };
}

/** Removes a node; references to it stay and the checker reports them (so nothing is silently re-pointed). */
export function removeNode(data: JsonObject, id: string): JsonObject {
  return setAt(data, ['nodes', id], undefined);
}

/** Adds a choice to a scene, leading to `next`. */
export function addChoice(data: JsonObject, scene: string, label: string, next: string): JsonObject {
  const choices = getAt(data, ['nodes', scene, 'choices']);
  const list = Array.isArray(choices) ? choices : [];
  const used = new Set(list.map((c) => (isObject(c) ? c.id : null)));
  let n = list.length + 1;
  while (used.has(`choice-${n}`)) n++;
  return setAt(data, ['nodes', scene, 'choices'], [...list, { id: `choice-${n}`, label, next }]);
}

/** Moves an item of the list at `path` from one place to another. */
export function moveItem(data: JsonObject, path: Path, from: number, to: number): JsonObject {
  const list = getAt(data, path);
  if (!Array.isArray(list) || from < 0 || to < 0 || from >= list.length || to >= list.length || from === to) return data;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as Json);
  return setAt(data, path, copy);
}

/** Removes a choice (or an outcome, or any list item) by path. */
export function removeItem(data: JsonObject, path: Path): JsonObject {
  return setAt(data, path, undefined);
}

/** Texts of a new scenario, in the author's language. */
export interface BlankTexts { readonly title: string; readonly summary: string; readonly product: string; readonly origin: string; readonly destination: string; readonly objective: string; readonly source: string; readonly start: string; readonly choice: string; readonly win: string; readonly winText: string; readonly broke: string; readonly brokeText: string; readonly late: string; readonly lateText: string }

/** A new scenario that passes the checker: one scene, a success ending, and the endings the rules need. */
export function blankScenario(lang: string, x: BlankTexts): JsonObject {
  return {
    $schema: '../scenario.schema.json', format: 1, id: 'my-scenario', version: '0.1.0', lang, title: x.title, summary: x.summary,
    product: { name: x.product, hs: null }, origin: { name: x.origin, fictional: true }, destination: { name: x.destination, fictional: true },
    currency: 'USD', money: 10000, deadline: 60, playMinutes: 10, difficulty: 'easy', objectives: [x.objective],
    sources: [{ id: 'source', title: x.source, kind: 'guidance' }],
    rules: { outOfMoney: { next: 'out-of-money' }, pastDeadline: { next: 'too-late' } }, start: 'start',
    nodes: {
      start: { type: 'scene', text: x.start, choices: [{ id: 'go', label: x.choice, cost: { money: 500, days: 10 }, next: 'delivered' }] },
      delivered: { type: 'ending', kind: 'success', title: x.win, text: x.winText },
      'out-of-money': { type: 'ending', kind: 'over-budget', title: x.broke, text: x.brokeText },
      'too-late': { type: 'ending', kind: 'late', title: x.late, text: x.lateText },
    },
  };
}
