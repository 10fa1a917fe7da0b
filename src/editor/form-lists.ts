/** The lists inside a node's form: effects, scores, texts that depend on the path, and chance weight modifiers. */
import { DIMENSIONS, MODES } from '../scenario';
import { h, uid } from '../ui/dom';
import { conditionContext, conditionField } from './condition-form';
import { newCondition } from './conditions';
import type { FieldKit } from './form-fields';
import { consequenceIds, getAt, isObject, type JsonObject, type Path } from './model';
import { declaredFlags, declaredVariables, sourceIds } from './names';

const itemsAt = (k: FieldKit, path: Path) => {
  const list = getAt(k.data, path);
  return Array.isArray(list) ? list : [];
};

export function effectsList(k: FieldKit, path: Path): HTMLElement {
  const { t, a } = k;
  const items = itemsAt(k, path);
  const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:field.effects')));
  const flags = declaredFlags(k.data);
  const vars = declaredVariables(k.data);
  items.forEach((e, i) => {
    const p = [...path, i];
    const type = isObject(e) ? String(e.type) : '';
    const row = h('div', { class: 'ed-row' }, h('span', { class: 'ed-row-title' }, t(`editor:effect.${type}`, { defaultValue: type })));
    if (type === 'money' || type === 'days') row.append(k.num([...p, 'amount'], t('editor:field.amount')));
    else if (type === 'flag') {
      row.append(k.select([...p, 'flag'], t('editor:field.flag'), k.names(flags)),
        k.yesNo([...p, 'value'], t('editor:field.flagValue'), t('editor:effect.set'), t('editor:effect.unset')));
    } else if (type === 'var') row.append(k.select([...p, 'var'], t('editor:field.var'), k.names(vars)), k.field([...p, 'op'], { kind: 'select', label: t('editor:field.op'), options: [['set', t('editor:op.set')], ['add', t('editor:op.add')]], optional: true, noneLabel: t('editor:op.default') }), k.num([...p, 'value'], t('editor:field.value')));
    else if (type === 'mode') row.append(k.select([...p, 'mode'], t('editor:field.mode'), k.enumOpts(MODES, 'ui:modes')));
    else if (type === 'schedule' || type === 'cancel') row.append(k.select([...p, 'consequence'], t('editor:field.consequence'), k.ids('consequences')));
    row.append(k.moveButtons(path, i, items.length, t('editor:action.removeEffectN', { n: i + 1 })), k.button(t('editor:action.removeEffect'), p, () => a.removeItem(p), 'danger', t('editor:action.removeEffectN', { n: i + 1 })));
    box.append(row);
  });
  const addId = uid('ed-add-effect');
  const pick = h('select', { id: addId }, ...['money', 'days', 'flag', 'var', 'mode', 'schedule', 'cancel'].map((v) => h('option', { value: v }, t(`editor:effect.${v}`))));
  const blank = (type: string): JsonObject => {
    switch (type) {
      case 'days': return { type: 'days', amount: 1 };
      case 'flag': return { type: 'flag', flag: flags[0] ?? '' };
      case 'var': return { type: 'var', var: vars[0] ?? '', value: 1 };
      case 'mode': return { type: 'mode', mode: 'sea' };
      case 'schedule':
      case 'cancel': return { type, consequence: consequenceIds(k.data)[0] ?? '' };
      default: return { type: 'money', amount: -100 };
    }
  };
  box.append(h('p', { class: 'ed-add' }, h('label', { for: addId }, t('editor:action.newEffect')), pick,
    k.button(t('editor:action.add'), [...path, items.length], () => a.addItem(path, blank(pick.value)))));
  return box;
}

export function scoresList(k: FieldKit, path: Path): HTMLElement {
  const { t, a } = k;
  const items = itemsAt(k, path);
  const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:field.scores')));
  const sources = k.names(sourceIds(k.data));
  items.forEach((_, i) => {
    const p = [...path, i];
    box.append(h('div', { class: 'ed-row' },
      k.select([...p, 'dimension'], t('editor:field.dimension'), k.enumOpts(DIMENSIONS, 'ui:dimensions')),
      k.field([...p, 'points'], { kind: 'number', label: t('editor:field.points'), attrs: { min: -10, max: 10 } }),
      k.text([...p, 'feedback'], t('editor:field.feedback')),
      k.select([...p, 'source'], t('editor:field.source'), sources, true),
      k.button(t('editor:action.removeScore'), p, () => a.removeItem(p), 'danger', t('editor:action.removeScoreN', { n: i + 1 }))));
  });
  if (items.length < 6) box.append(k.button(t('editor:action.addScore'), [...path, items.length], () => a.addItem(path, { dimension: 'market', points: 1, feedback: t('editor:new.feedback') })));
  return box;
}

/** Texts that replace `text` when their condition holds (the first that holds wins). */
export function variantsList(k: FieldKit, owner: Path): HTMLElement {
  const { t, a } = k;
  const path = [...owner, 'textVariants'];
  const items = itemsAt(k, path);
  const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:variant.title')));
  if (items.length === 0) box.append(h('p', { class: 'ed-hint' }, t('editor:variant.hint')));
  items.forEach((_, i) => {
    const p = [...path, i];
    box.append(h('div', { class: 'ed-row' },
      h('span', { class: 'ed-row-title' }, t('editor:variant.n', { n: i + 1 })),
      k.line([...p, 'id'], t('editor:field.id')),
      conditionField(k, [...p, 'when'], t('editor:cond.when'), false),
      k.text([...p, 'text'], t('editor:field.text')),
      k.moveButtons(path, i, items.length, t('editor:variant.removeN', { n: i + 1 })),
      // At least one variant: removing the last removes the list.
      k.button(t('editor:variant.remove'), p, () => (items.length === 1 ? a.set(path, undefined, { structural: true }) : a.removeItem(p)), 'danger', t('editor:variant.removeN', { n: i + 1 }))));
  });
  if (items.length < 8) {
    const used = new Set(items.map((v) => (isObject(v) ? v.id : '')));
    let n = items.length + 1;
    while (used.has(`variant-${n}`)) n++;
    const text = getAt(k.data, [...owner, 'text']);
    box.append(k.button(t('editor:variant.add'), [...path, items.length], () => a.addItem(path, { id: `variant-${n}`, when: newCondition(conditionContext(k)), text: typeof text === 'string' && text ? text : t('editor:new.text') })));
  }
  return box;
}

/** A chance outcome's weight modifiers: when a condition holds, add to the weight, then multiply it. */
export function modifiersList(k: FieldKit, outcome: Path): HTMLElement {
  const { t, a } = k;
  const path = [...outcome, 'modifiers'];
  const items = itemsAt(k, path);
  const box = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:modifier.title')));
  items.forEach((_, i) => {
    const p = [...path, i];
    box.append(h('div', { class: 'ed-row' },
      conditionField(k, [...p, 'when'], t('editor:cond.when'), false),
      k.field([...p, 'add'], { kind: 'number', label: t('editor:modifier.add'), optional: true, attrs: { min: -1000, max: 1000 } }),
      k.field([...p, 'multiply'], { kind: 'number', label: t('editor:modifier.multiply'), optional: true, attrs: { min: 0, max: 100, step: 'any' } }),
      k.moveButtons(path, i, items.length, t('editor:modifier.removeN', { n: i + 1 })),
      k.button(t('editor:modifier.remove'), p, () => (items.length === 1 ? a.set(path, undefined, { structural: true }) : a.removeItem(p)), 'danger', t('editor:modifier.removeN', { n: i + 1 }))));
  });
  if (items.length < 16) box.append(k.button(t('editor:modifier.addOne'), [...path, items.length], () => a.addItem(path, { when: newCondition(conditionContext(k)), add: 1 })));
  return box;
}
