/**
 * The labelled controls the editor's forms are made of. Each control carries its JSON path (data-path) so a
 * diagnostic can focus it and focus can return to it after the form is rebuilt.
 */
import { h, uid } from '../ui/dom';
import type { NameKind } from './names';
import { consequenceIds, getAt, nodeIds, type Json, type JsonObject, type Path } from './model';

export interface FormActions {
  t(key: string, options?: Record<string, unknown>): string;
  /**
   * A field changed (undefined removes an optional field). `merge`: typing in one field makes one undo step;
   * `structural`: the form is rebuilt (the change adds or removes controls).
   */
  set(path: Path, value: Json | undefined, options?: { merge?: boolean; structural?: boolean }): void;
  /** A change made by a function of the data (one undo step; the form is rebuilt). */
  edit(change: (data: JsonObject) => JsonObject): void;
  rename(map: 'nodes' | 'consequences', from: string, to: string): string | null;
  /** Renames a flag, variable, character or source and every use; the problem when it cannot. */
  renameName(kind: NameKind, from: string, to: string): string | null;
  /** Declares a new flag, variable, character or source; the problem when the name cannot be used. */
  declare(kind: NameKind, name: string): string | null;
  addChoice(node: string): void;
  /** Ends a run of typing in one field: the next edit of it is an undo step of its own. */
  seal?(): void;
  addItem(path: Path, item: Json): void;
  removeItem(path: Path): void;
  /** Moves an item of a list (order matters where the first match wins: variants, branch cases). */
  move(list: Path, from: number, to: number): void;
  removeNode(key: string): void;
  /** Adds a copy of a node or consequence and opens it. */
  duplicate(key: string): void;
  /** Shows another part of the editor: a node ("nodes/<id>") or the scenario settings ("scenario"). */
  select?(key: string): void;
  play?(node: string): void;
}

export type Options = readonly (readonly [string, string])[];
type Kind = 'text' | 'textarea' | 'number' | 'select' | 'checkbox';
export interface FieldSpec {
  kind: Kind;
  label: string;
  options?: Options;
  optional?: boolean;
  /** The label of the empty choice of an optional select (default "(none)"). */
  noneLabel?: string;
  /** What an emptied field is written as (default: removed when optional, else "" or 0). */
  empty?: null;
  /** Extra words read with the field (a hint). */
  hint?: string;
  /** Input attributes, e.g. a pattern or a minimum. */
  attrs?: Record<string, string | number>;
}

/** An accessible name that starts with the visible words, then says which item: "Delete effect (effect 2)". */
export const labelled = (t: FormActions['t'], label: string, context: string): string => t('editor:a11y.labelled', { label, context });

export const pathAttr = (p: Path): string => JSON.stringify(p);

/** The controls of a form over `data`, writing through `a`. */
export function fieldKit(data: JsonObject, a: FormActions) {
  const { t } = a;
  const field = (path: Path, spec: FieldSpec): HTMLElement => {
    const id = uid('ed-field');
    const value = getAt(data, path);
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (spec.kind === 'select') {
      const select = h('select', { id });
      if (spec.optional) select.append(h('option', { value: '' }, spec.noneLabel ?? t('editor:form.none')));
      const opts = [...(spec.options ?? [])];
      if (typeof value === 'string' && value !== '' && !opts.some(([v]) => v === value)) opts.push([value, t('editor:form.unknown', { value })]);
      for (const [v, label] of opts) select.append(h('option', { value: v, selected: v === value }, label));
      if ((value === undefined || value === '') && !spec.optional) {
        select.prepend(h('option', { value: '', disabled: true }, t('editor:form.choose')));
        select.value = '';
      }
      control = select;
    } else if (spec.kind === 'textarea') {
      control = h('textarea', { id, rows: 3 });
      control.value = typeof value === 'string' ? value : '';
    } else if (spec.kind === 'checkbox') {
      control = h('input', { id, type: 'checkbox', checked: value === true });
    } else {
      control = h('input', { id, type: spec.kind === 'number' ? 'number' : 'text', ...(spec.kind === 'number' ? { step: 1, inputmode: 'numeric' } : {}), ...spec.attrs });
      control.value = value === undefined || value === null ? '' : String(value);
    }
    control.dataset.path = pathAttr(path);
    const hintId = spec.hint ? uid('ed-hint') : undefined;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    const read = (): Json | undefined => {
      if (spec.kind === 'checkbox') return (control as HTMLInputElement).checked;
      const raw = control.value;
      if (raw.trim() === '' && spec.empty === null) return null;
      if (spec.kind === 'number') {
        if (raw.trim() === '') return spec.optional ? undefined : 0;
        const n = Number(raw);
        return Number.isFinite(n) ? n : 0;
      }
      return raw === '' && spec.optional ? undefined : raw;
    };
    const typed = spec.kind === 'text' || spec.kind === 'textarea' || spec.kind === 'number';
    control.addEventListener(typed ? 'input' : 'change', () => a.set(path, read(), { merge: typed }));
    if (typed) control.addEventListener('change', () => a.seal?.());
    if (spec.kind === 'checkbox') return h('p', { class: 'ed-field ed-check' }, control, h('label', { for: id }, spec.label));
    return h('p', { class: 'ed-field' }, h('label', { for: id }, spec.label), control, hintId ? h('span', { id: hintId, class: 'ed-hint' }, spec.hint) : null);
  };
  const ids = (map: 'nodes' | 'consequences'): Options => (map === 'nodes' ? nodeIds(data) : consequenceIds(data)).map((x) => [x, x] as const);
  const enumOpts = (values: readonly string[], ns?: string): Options => values.map((v) => [v, ns ? t(`${ns}.${v}`) : v] as const);
  const names = (list: readonly string[]): Options => list.map((x) => [x, x] as const);
  const text = (path: Path, label: string, optional = false) => field(path, { kind: 'textarea', label, optional });
  const line = (path: Path, label: string, optional = false) => field(path, { kind: 'text', label, optional });
  const num = (path: Path, label: string, optional = false) => field(path, { kind: 'number', label, optional });
  const select = (path: Path, label: string, options: Options, optional = false) => field(path, { kind: 'select', label, options, optional });
  /**
   * A yes/no select over an optional boolean whose absence means true ("is" of a condition, "value" of a flag
   * effect): an existing true stays as it is, "no" writes false, back to "yes" removes the field.
   */
  const yesNo = (path: Path, label: string, yes: string, no: string) => {
    const id = uid('ed-field');
    const v = getAt(data, path);
    const sel = h('select', { id, 'data-path': pathAttr(path) }, h('option', { value: 'true', selected: v !== false }, yes), h('option', { value: 'false', selected: v === false }, no));
    sel.addEventListener('change', () => a.set(path, sel.value === 'false' ? false : undefined));
    return h('p', { class: 'ed-field' }, h('label', { for: id }, label), sel);
  };
  /**
   * A small button that acts on the item at `path` (focus returns to that path after the form is rebuilt).
   * `context` tells which item when several buttons read alike; it follows the visible words in the name.
   */
  const button = (label: string, path: Path, onclick: () => void, extra = '', context?: string) =>
    h('button', { type: 'button', class: `button small ${extra}`.trim(), 'data-focus': pathAttr(path), 'aria-label': context ? labelled(t, label, context) : undefined, onclick }, label);
  /** "Move up" and "Move down" for item `i` of `n` in the list at `list`. */
  const moveButtons = (list: Path, i: number, n: number, context: string) => h('span', { class: 'ed-move' },
    i > 0 ? h('button', { type: 'button', class: 'button small', 'data-focus': pathAttr([...list, i, 'up']), 'aria-label': labelled(t, t('editor:action.moveUp'), context), onclick: () => a.move(list, i, i - 1) }, t('editor:action.moveUp')) : null,
    i < n - 1 ? h('button', { type: 'button', class: 'button small', 'data-focus': pathAttr([...list, i, 'down']), 'aria-label': labelled(t, t('editor:action.moveDown'), context), onclick: () => a.move(list, i, i + 1) }, t('editor:action.moveDown')) : null);
  return { t, a, data, field, moveButtons, ids, enumOpts, names, text, line, num, select, yesNo, button };
}
export type FieldKit = ReturnType<typeof fieldKit>;
