/**
 * The condition editor: a kind to pick among those the schema allows (a flag, a variable, money, the day, a
 * readiness score, a node seen, all of / any of / not), then the inputs that kind needs, with selects fed by
 * the scenario's flags, variables and nodes. Groups nest; every change writes the exact schema shape.
 */
import { DIMENSIONS } from '../scenario';
import { h, uid } from '../ui/dom';
import { COMPARISONS, CONDITION_KINDS, convertCondition, describeCondition, newCondition, type ConditionContext, type ConditionKind } from './conditions';
import { pathAttr, type FieldKit } from './form-fields';
import { getAt, isObject, nodeIds, type JsonObject, type Path } from './model';
import { declaredFlags, declaredVariables } from './names';

export const conditionContext = (k: FieldKit): ConditionContext => ({ flags: declaredFlags(k.data), variables: declaredVariables(k.data), nodes: nodeIds(k.data) });

/**
 * A condition field. `optional` (a choice's requires, a consequence's when): an absent condition shows an
 * "add" button, a present one a "remove" button. Required ones (variants, branch cases, weight modifiers) always show.
 */
export function conditionField(k: FieldKit, path: Path, label: string, optional: boolean): HTMLElement {
  const { t, a } = k;
  const c = getAt(k.data, path);
  if (c === undefined && optional) {
    return h('p', { class: 'ed-cond-add' }, k.button(t('editor:cond.add'), path, () => a.set(path, newCondition(conditionContext(k)), { structural: true }), '', label));
  }
  const box = h('fieldset', { class: 'ed-cond' }, h('legend', {}, label));
  box.append(h('p', { class: 'ed-cond-summary', 'data-cond': pathAttr(path) }, describeCondition(c, t)));
  box.append(conditionBody(k, path, 0));
  if (optional) box.append(k.button(t('editor:cond.remove'), path, () => a.set(path, undefined, { structural: true }), 'danger', label));
  return box;
}

const opOptions = (t: FieldKit['t']) => COMPARISONS.map((o) => [o, t(`editor:cmp.${o}`)] as const);

function conditionBody(k: FieldKit, path: Path, depth: number): HTMLElement {
  const { t, a } = k;
  const c = getAt(k.data, path);
  const x = conditionContext(k);
  const kind = isObject(c) && (CONDITION_KINDS as readonly string[]).includes(String(c.type)) ? (c.type as ConditionKind) : undefined;
  const body = h('div', { class: 'ed-cond-body' });
  // The kind: changing it keeps what it can (a group wraps the condition it replaces).
  const kindId = uid('ed-cond-kind');
  const kindSelect = h('select', { id: kindId, 'data-path': pathAttr(path) },
    ...(kind ? [] : [h('option', { value: '', selected: true, disabled: true }, t('editor:form.choose'))]),
    ...CONDITION_KINDS.map((v) => h('option', { value: v, selected: v === kind }, t(`editor:condKind.${v}`))));
  kindSelect.addEventListener('change', () => {
    const to = kindSelect.value as ConditionKind;
    if (to !== kind) a.set(path, convertCondition(c, to, x), { structural: true });
  });
  body.append(h('p', { class: 'ed-field' }, h('label', { for: kindId }, t('editor:cond.kind')), kindSelect));
  if (!kind || !isObject(c)) return body;

  const isSelect = (what: 'flag' | 'visited') => k.yesNo([...path, 'is'], t('editor:cond.is'), t(`editor:cond.${what}Yes`), t(`editor:cond.${what}No`));
  const compare = () => [k.select([...path, 'op'], t('editor:cond.op'), opOptions(t)), k.num([...path, 'value'], t('editor:field.value'))];
  switch (kind) {
    case 'flag':
      body.append(k.select([...path, 'flag'], t('editor:field.flag'), k.names(x.flags)), isSelect('flag'));
      if (x.flags.length === 0) body.append(noNames(k, 'flags'));
      break;
    case 'var':
      body.append(k.select([...path, 'var'], t('editor:field.var'), k.names(x.variables)), ...compare());
      if (x.variables.length === 0) body.append(noNames(k, 'variables'));
      break;
    case 'money':
    case 'day':
      body.append(...compare());
      break;
    case 'score':
      body.append(k.select([...path, 'dimension'], t('editor:field.dimension'), k.enumOpts(DIMENSIONS, 'ui:dimensions')), ...compare());
      break;
    case 'visited':
      body.append(k.select([...path, 'node'], t('editor:field.node'), k.ids('nodes')), isSelect('visited'));
      break;
    case 'not':
      body.append(h('div', { class: 'ed-cond-nest' }, conditionBody(k, [...path, 'cond'], depth + 1)));
      break;
    case 'all':
    case 'any': {
      const members = Array.isArray(c.of) ? c.of : [];
      const list = h('ol', { class: 'ed-cond-members' });
      members.forEach((_, i) => {
        const p = [...path, 'of', i];
        const item = h('li', { class: 'ed-cond-nest' }, conditionBody(k, p, depth + 1));
        if (members.length > 1) item.append(k.button(t('editor:cond.removeMember'), p, () => a.removeItem(p), 'danger', t('editor:cond.removeMemberN', { n: i + 1 })));
        list.append(item);
      });
      body.append(list);
      if (members.length < 32) body.append(k.button(t('editor:cond.addMember'), [...path, 'of', members.length], () => a.addItem([...path, 'of'], newCondition(x))));
      break;
    }
  }
  return body;
}

/** Rewrites the summaries of the conditions shown, after a value was typed (the form is not rebuilt for that). */
export function refreshSummaries(root: HTMLElement, data: JsonObject, t: FieldKit['t']): void {
  for (const el of root.querySelectorAll<HTMLElement>('.ed-cond-summary[data-cond]')) el.textContent = describeCondition(getAt(data, JSON.parse(el.dataset.cond ?? '[]') as Path), t);
}

/** A note when there is nothing to pick: where to declare flags or variables. */
function noNames(k: FieldKit, what: 'flags' | 'variables'): HTMLElement {
  return h('p', { class: 'ed-hint' }, k.t(`editor:cond.no.${what}`), ' ',
    k.a.select ? h('button', { type: 'button', class: 'button small', onclick: () => k.a.select?.('scenario') }, k.t('editor:action.settings')) : null);
}
