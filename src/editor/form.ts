/**
 * The form of the selected node (or of the scenario's settings): a labelled control for each field,
 * with the choices the schema allows — selects for kinds and for ids of other nodes, numbers, text
 * areas for texts. Each control carries its JSON path (data-path) so a diagnostic can focus it.
 */
import { DIMENSIONS, DIFFICULTIES, ENDING_KINDS, MODES, STAGES } from '../scenario';
import { h, uid } from '../ui/dom';
import { describeCondition } from './conditions';
import { consequenceIds, getAt, isObject, nodeIds, type Json, type JsonObject, type Path } from './model';

export interface FormActions {
  t(key: string, options?: Record<string, unknown>): string;
  /** A field changed (undefined removes an optional field). */
  set(path: Path, value: Json | undefined): void;
  rename(map: 'nodes' | 'consequences', from: string, to: string): string | null;
  addChoice(node: string): void;
  addItem(path: Path, item: JsonObject): void;
  removeItem(path: Path): void;
  removeNode(key: string): void;
  play?(node: string): void;
}

type Kind = 'text' | 'textarea' | 'number' | 'select';
interface FieldSpec { kind: Kind; label: string; options?: readonly (readonly [string, string])[]; optional?: boolean; integer?: boolean }

const pathAttr = (p: Path) => JSON.stringify(p);

/** Builds the form for a map key ("nodes/<id>", "consequences/<id>" or "scenario"). */
export function buildForm(data: JsonObject, key: string, a: FormActions): HTMLElement {
  const { t } = a;
  const field = (path: Path, spec: FieldSpec): HTMLElement => {
    const id = uid('ed-field');
    const value = getAt(data, path);
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (spec.kind === 'select') {
      const select = h('select', { id });
      if (spec.optional) select.append(h('option', { value: '' }, t('editor:form.none')));
      const opts = [...(spec.options ?? [])];
      if (typeof value === 'string' && !opts.some(([v]) => v === value)) opts.push([value, t('editor:form.unknown', { value })]);
      for (const [v, label] of opts) select.append(h('option', { value: v, selected: v === value }, label));
      if (value === undefined && !spec.optional) select.value = '';
      control = select;
    } else if (spec.kind === 'textarea') {
      control = h('textarea', { id, rows: 4 });
      control.value = typeof value === 'string' ? value : '';
    } else {
      control = h('input', { id, type: spec.kind === 'number' ? 'number' : 'text', ...(spec.kind === 'number' ? { step: 1, inputmode: 'numeric' } : {}) });
      control.value = value === undefined || value === null ? '' : String(value);
    }
    control.dataset.path = pathAttr(path);
    const read = (): Json | undefined => {
      const raw = control.value;
      if (spec.kind === 'number') {
        if (raw.trim() === '') return spec.optional ? undefined : 0;
        const n = Number(raw);
        return Number.isFinite(n) ? n : 0;
      }
      return raw === '' && spec.optional ? undefined : raw;
    };
    control.addEventListener(spec.kind === 'select' ? 'change' : 'input', () => a.set(path, read()));
    return h('p', { class: 'ed-field' }, h('label', { for: id }, spec.label), control);
  };
  const ids = (map: 'nodes' | 'consequences') => (map === 'nodes' ? nodeIds(data) : consequenceIds(data)).map((x) => [x, x] as const);
  const enumOpts = (values: readonly string[], ns?: string) => values.map((v) => [v, ns ? t(`${ns}.${v}`) : v] as const);
  const text = (path: Path, label: string, optional = false) => field(path, { kind: 'textarea', label, optional });
  const line = (path: Path, label: string, optional = false) => field(path, { kind: 'text', label, optional });
  const num = (path: Path, label: string, optional = false) => field(path, { kind: 'number', label, optional });
  const stage = (path: Path) => field(path, { kind: 'select', label: t('editor:field.stage'), options: enumOpts(STAGES), optional: true });

  const renameBox = (map: 'nodes' | 'consequences', id: string) => {
    const inputId = uid('ed-rename');
    const input = h('input', { id: inputId, type: 'text', value: id, 'data-path': pathAttr([map, id]), spellcheck: 'false', autocomplete: 'off' });
    const note = h('span', { class: 'ed-note', role: 'status' });
    const apply = () => {
      const problem = a.rename(map, id, input.value.trim());
      note.textContent = problem ?? '';
    };
    return h('div', { class: 'ed-rename' },
      h('label', { for: inputId }, t('editor:field.id')), input,
      h('button', { type: 'button', class: 'button', onclick: apply }, t('editor:action.rename')), note);
  };

  const effects = (path: Path) => {
    const list = getAt(data, path);
    const items = Array.isArray(list) ? list : [];
    const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:field.effects')));
    items.forEach((e, i) => {
      const p = [...path, i];
      const type = isObject(e) ? String(e.type) : '';
      const row = h('div', { class: 'ed-row' }, h('span', { class: 'ed-row-title' }, t(`editor:effect.${type}`, { defaultValue: type })));
      if (type === 'money' || type === 'days') row.append(num([...p, 'amount'], t('editor:field.amount')));
      else if (type === 'flag') row.append(line([...p, 'flag'], t('editor:field.flag')));
      else if (type === 'var') row.append(line([...p, 'var'], t('editor:field.var')), field([...p, 'op'], { kind: 'select', label: t('editor:field.op'), options: [['set', t('editor:op.set')], ['add', t('editor:op.add')]], optional: true }), num([...p, 'value'], t('editor:field.value')));
      else if (type === 'mode') row.append(field([...p, 'mode'], { kind: 'select', label: t('editor:field.mode'), options: enumOpts(MODES, 'ui:modes') }));
      else if (type === 'schedule' || type === 'cancel') row.append(field([...p, 'consequence'], { kind: 'select', label: t('editor:field.consequence'), options: ids('consequences') }));
      row.append(h('button', { type: 'button', class: 'button small', onclick: () => a.removeItem(p) }, t('editor:action.removeEffect')));
      box.append(row);
    });
    const addId = uid('ed-add-effect');
    const pick = h('select', { id: addId }, ...['money', 'days', 'flag', 'var', 'mode', 'schedule', 'cancel'].map((v) => h('option', { value: v }, t(`editor:effect.${v}`))));
    const blank: Record<string, JsonObject> = {
      money: { type: 'money', amount: 0 }, days: { type: 'days', amount: 1 }, flag: { type: 'flag', flag: 'newFlag' }, var: { type: 'var', var: 'newVar', value: 0 },
      mode: { type: 'mode', mode: 'sea' }, schedule: { type: 'schedule', consequence: consequenceIds(data)[0] ?? '' }, cancel: { type: 'cancel', consequence: consequenceIds(data)[0] ?? '' },
    };
    box.append(h('p', { class: 'ed-add' }, h('label', { for: addId }, t('editor:action.newEffect')), pick,
      h('button', { type: 'button', class: 'button small', onclick: () => a.addItem(path, blank[pick.value] ?? blank.money!) }, t('editor:action.add'))));
    return box;
  };
  const scores = (path: Path) => {
    const list = getAt(data, path);
    const items = Array.isArray(list) ? list : [];
    const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:field.scores')));
    items.forEach((_, i) => {
      const p = [...path, i];
      box.append(h('div', { class: 'ed-row' },
        field([...p, 'dimension'], { kind: 'select', label: t('editor:field.dimension'), options: enumOpts(DIMENSIONS, 'ui:dimensions') }),
        num([...p, 'points'], t('editor:field.points')),
        text([...p, 'feedback'], t('editor:field.feedback')),
        h('button', { type: 'button', class: 'button small', onclick: () => a.removeItem(p) }, t('editor:action.removeScore'))));
    });
    box.append(h('button', { type: 'button', class: 'button small', onclick: () => a.addItem(path, { dimension: 'market', points: 1, feedback: t('editor:new.feedback') }) }, t('editor:action.addScore')));
    return box;
  };

  /** A condition, read-only: its summary, focusable so a diagnostic can point at it. */
  const condition = (path: Path, label: string) => {
    const c = getAt(data, path);
    if (c === undefined) return null;
    return h('p', { class: 'ed-cond', tabindex: '-1', 'data-path': pathAttr(path) },
      h('strong', {}, label), ': ', describeCondition(c, t), ' ', h('span', { class: 'ed-cond-note' }, t('editor:cond.note')));
  };
  const form = h('form', { class: 'ed-form', onsubmit: (e: Event) => e.preventDefault() });
  if (key === 'scenario') {
    form.append(h('h2', {}, t('editor:form.scenario')),
      line(['title'], t('editor:field.title')), text(['summary'], t('editor:field.summary')),
      field(['start'], { kind: 'select', label: t('editor:field.start'), options: ids('nodes') }),
      num(['money'], t('editor:field.money')), line(['currency'], t('editor:field.currency')), num(['deadline'], t('editor:field.deadline')),
      num(['playMinutes'], t('editor:field.playMinutes')),
      field(['difficulty'], { kind: 'select', label: t('editor:field.difficulty'), options: enumOpts(DIFFICULTIES, 'editor:difficulty') }),
      field(['rules', 'outOfMoney', 'next'], { kind: 'select', label: t('editor:field.outOfMoney'), options: ids('nodes') }),
      field(['rules', 'pastDeadline', 'next'], { kind: 'select', label: t('editor:field.pastDeadline'), options: ids('nodes') }));
    return form;
  }
  const [map, id = ''] = key.split('/') as ['nodes' | 'consequences', string];
  const base: Path = [map, id];
  const node = getAt(data, base);
  if (!isObject(node)) return form;
  const type = map === 'consequences' ? 'consequence' : String(node.type);
  form.append(h('h2', {}, t('editor:form.heading', { kind: t(`editor:kind.${type}`, { defaultValue: type }), id })), renameBox(map, id));
  const toolbar = h('p', { class: 'ed-node-actions' });
  if (a.play && map === 'nodes' && (type === 'scene' || type === 'ending')) toolbar.append(h('button', { type: 'button', class: 'button', onclick: () => a.play?.(id) }, t('editor:action.playFrom')));
  toolbar.append(h('button', { type: 'button', class: 'button danger', onclick: () => a.removeNode(key) }, t('editor:action.removeNode')));
  form.append(toolbar);
  if (type === 'scene') {
    const characters = isObject(data.characters) ? Object.keys(data.characters).map((c) => [c, c] as const) : [];
    form.append(line([...base, 'title'], t('editor:field.title'), true), stage([...base, 'stage']),
      field([...base, 'speaker'], { kind: 'select', label: t('editor:field.speaker'), options: characters, optional: true }),
      text([...base, 'text'], t('editor:field.text')), line([...base, 'milestone'], t('editor:field.milestone'), true),
      field([...base, 'decision'], { kind: 'select', label: t('editor:field.decision'), options: [['hs', t('editor:field.decisionHs')]], optional: true }));
    const choices = getAt(data, [...base, 'choices']);
    (Array.isArray(choices) ? choices : []).forEach((_, i) => {
      const p = [...base, 'choices', i];
      form.append(h('fieldset', { class: 'ed-item' }, h('legend', {}, t('editor:form.choice', { n: i + 1 })),
        line([...p, 'id'], t('editor:field.id')), line([...p, 'label'], t('editor:field.label')),
        condition([...p, 'requires'], t('editor:cond.requires')),
        field([...p, 'next'], { kind: 'select', label: t('editor:field.next'), options: ids('nodes') }),
        num([...p, 'cost', 'money'], t('editor:field.costMoney'), true), num([...p, 'cost', 'days'], t('editor:field.costDays'), true),
        field([...p, 'pin'], { kind: 'select', label: t('editor:field.pin'), options: [['first', t('editor:pin.first')], ['last', t('editor:pin.last')]], optional: true }),
        text([...p, 'result'], t('editor:field.result'), true), effects([...p, 'effects']), scores([...p, 'scores']),
        h('button', { type: 'button', class: 'button small danger', onclick: () => a.removeItem(p) }, t('editor:action.removeChoice'))));
    });
    form.append(h('button', { type: 'button', class: 'button', onclick: () => a.addChoice(id) }, t('editor:action.addChoice')));
  } else if (type === 'chance') {
    form.append(stage([...base, 'stage']));
    const outcomes = getAt(data, [...base, 'outcomes']);
    (Array.isArray(outcomes) ? outcomes : []).forEach((_, i) => {
      const p = [...base, 'outcomes', i];
      form.append(h('fieldset', { class: 'ed-item' }, h('legend', {}, t('editor:form.outcome', { n: i + 1 })),
        line([...p, 'id'], t('editor:field.id')), num([...p, 'weight'], t('editor:field.weight')), line([...p, 'title'], t('editor:field.title')),
        text([...p, 'text'], t('editor:field.text')), field([...p, 'next'], { kind: 'select', label: t('editor:field.next'), options: ids('nodes') }),
        effects([...p, 'effects']), scores([...p, 'scores']),
        h('button', { type: 'button', class: 'button small danger', onclick: () => a.removeItem(p) }, t('editor:action.removeOutcome'))));
    });
    form.append(h('button', { type: 'button', class: 'button', onclick: () => a.addItem([...base, 'outcomes'], { id: `outcome-${Date.now() % 100000}`, weight: 1, title: t('editor:new.title'), text: t('editor:new.text'), next: String(data.start ?? '') }) }, t('editor:action.addOutcome')));
  } else if (type === 'ending') {
    form.append(field([...base, 'kind'], { kind: 'select', label: t('editor:field.endingKind'), options: ENDING_KINDS.map((k) => [k, t(`editor:ending.${k}`)] as const) }),
      line([...base, 'title'], t('editor:field.title')), text([...base, 'text'], t('editor:field.debrief')), stage([...base, 'stage']));
  } else if (type === 'branch') {
    const cases = getAt(data, [...base, 'cases']);
    (Array.isArray(cases) ? cases : []).forEach((_, i) => {
      form.append(condition([...base, 'cases', i, 'when'], t('editor:cond.when')) ?? '', field([...base, 'cases', i, 'next'], { kind: 'select', label: t('editor:form.case', { n: i + 1 }), options: ids('nodes') }));
    });
    form.append(field([...base, 'else'], { kind: 'select', label: t('editor:field.else'), options: ids('nodes') }));
  } else if (type === 'consequence') {
    form.append(line([...base, 'title'], t('editor:field.title')), text([...base, 'text'], t('editor:field.text')),
      condition([...base, 'when'], t('editor:cond.when')) ?? '',
      line([...base, 'on'], t('editor:field.on'), true), num([...base, 'afterDays'], t('editor:field.afterDays'), true),
      num([...base, 'priority'], t('editor:field.priority'), true),
      field([...base, 'next'], { kind: 'select', label: t('editor:field.next'), options: ids('nodes'), optional: true }), effects([...base, 'effects']), scores([...base, 'scores']));
  }
  return form;
}
