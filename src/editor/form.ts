/**
 * The form of the selected node (or of the scenario's settings): a labelled control for each field, with the
 * choices the schema allows — selects for kinds and for ids of other nodes, numbers, text areas for texts,
 * and the condition editor for conditions. Each control carries its JSON path (data-path) so a diagnostic can focus it.
 */
import { ENDING_KINDS, STAGES, VISUALS } from '../scenario';
import { h, uid } from '../ui/dom';
import { conditionContext, conditionField } from './condition-form';
import { newCondition } from './conditions';
import { fieldKit, pathAttr, type FormActions } from './form-fields';
import { effectsList, modifiersList, scoresList, variantsList } from './form-lists';
import { getAt, isObject, milestones, type JsonObject, type Path } from './model';
import { characterIds } from './names';
import { buildSettings } from './settings-form';

export type { FormActions } from './form-fields';

/** Builds the form for a map key ("nodes/<id>", "consequences/<id>" or "scenario"). */
export function buildForm(data: JsonObject, key: string, a: FormActions): HTMLElement {
  const { t } = a;
  const k = fieldKit(data, a);
  const { field, ids, enumOpts, text, line, num, select, button } = k;
  const form = h('form', { class: 'ed-form', onsubmit: (e: Event) => e.preventDefault() });
  if (key === 'scenario') {
    form.append(...buildSettings(k));
    return form;
  }
  const stage = (path: Path) => select(path, t('editor:field.stage'), enumOpts(STAGES, 'editor:stage'), true);
  /** A story text, with a reminder of the tokens that format amounts for each language. */
  const story = (path: Path, label: string) => field(path, { kind: 'textarea', label, hint: t('editor:hint.tokens') });
  const visual = (path: Path) => select(path, t('editor:field.visual'), enumOpts(VISUALS, 'editor:visual'), true);

  const renameBox = (map: 'nodes' | 'consequences', id: string) => {
    const inputId = uid('ed-rename');
    const input = h('input', { id: inputId, type: 'text', value: id, 'data-path': pathAttr([map, id]), spellcheck: 'false', autocomplete: 'off' });
    const note = h('span', { class: 'ed-note', role: 'status' });
    const apply = () => {
      const problem = a.rename(map, id, input.value.trim());
      note.textContent = problem ?? '';
    };
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); apply(); } });
    return h('div', { class: 'ed-rename' },
      h('label', { for: inputId }, t('editor:field.id')), input,
      h('button', { type: 'button', class: 'button', onclick: apply }, t('editor:action.rename')), note);
  };

  const [map, id = ''] = key.split('/') as ['nodes' | 'consequences', string];
  const base: Path = [map, id];
  const found = getAt(data, base);
  const node = isObject(found) ? found : {};
  const type = map === 'consequences' ? 'consequence' : String(node.type);
  const known = isObject(found) && ['scene', 'chance', 'branch', 'ending', 'consequence'].includes(type);
  form.append(h('h2', {}, t('editor:form.heading', { kind: t(known ? `editor:kind.${type}` : 'editor:kind.unknown'), id })), renameBox(map, id));
  const toolbar = h('p', { class: 'ed-node-actions' });
  if (a.play && map === 'nodes' && (type === 'scene' || type === 'ending')) toolbar.append(h('button', { type: 'button', class: 'button', onclick: () => a.play?.(id) }, t('editor:action.playFrom')));
  if (isObject(found)) toolbar.append(h('button', { type: 'button', class: 'button', onclick: () => a.duplicate(key) }, t('editor:action.duplicate')));
  toolbar.append(h('button', { type: 'button', class: 'button danger', onclick: () => a.removeNode(key) }, t('editor:action.removeNode')));
  form.append(toolbar);
  if (!known) form.append(h('p', { class: 'ed-hint' }, t('editor:form.broken')));
  const hsDecision = node.decision === 'hs';
  if (type === 'scene') {
    form.append(line([...base, 'title'], t('editor:field.title'), true), stage([...base, 'stage']),
      select([...base, 'speaker'], t('editor:field.speaker'), k.names(characterIds(data)), true),
      story([...base, 'text'], t('editor:field.text')), variantsList(k, base), line([...base, 'milestone'], t('editor:field.milestone'), true),
      select([...base, 'decision'], t('editor:field.decision'), [['hs', t('editor:field.decisionHs')]], true));
    const choices = getAt(data, [...base, 'choices']);
    const list = Array.isArray(choices) ? choices : [];
    list.forEach((c, i) => {
      const p = [...base, 'choices', i];
      const gated = isObject(c) && c.requires !== undefined;
      form.append(h('fieldset', { class: 'ed-item' }, h('legend', {}, t('editor:form.choice', { n: i + 1 })),
        line([...p, 'id'], t('editor:field.id')), line([...p, 'label'], t('editor:field.label')),
        select([...p, 'next'], t('editor:field.next'), ids('nodes')),
        num([...p, 'cost', 'money'], t('editor:field.costMoney'), true), num([...p, 'cost', 'days'], t('editor:field.costDays'), true),
        field([...p, 'hs'], { kind: 'text', label: t(hsDecision ? 'editor:field.hs' : 'editor:field.hsOptional'), optional: true, hint: t('editor:hint.hs'), attrs: { inputmode: 'decimal' } }),
        conditionField(k, [...p, 'requires'], t('editor:cond.requires'), true),
        gated ? select([...p, 'whenUnavailable'], t('editor:field.whenUnavailable'), [['disable', t('editor:unavailable.disable')], ['hide', t('editor:unavailable.hide')]], true) : null,
        gated ? line([...p, 'reason'], t('editor:field.reason'), true) : null,
        select([...p, 'pin'], t('editor:field.pin'), [['first', t('editor:pin.first')], ['last', t('editor:pin.last')]], true),
        text([...p, 'result'], t('editor:field.result'), true), effectsList(k, [...p, 'effects']), scoresList(k, [...p, 'scores']),
        list.length > 1 ? button(t('editor:action.removeChoice'), p, () => a.removeItem(p), 'danger') : null));
    });
    if (list.length < 4) form.append(h('button', { type: 'button', class: 'button', 'data-focus': pathAttr([...base, 'choices', list.length]), onclick: () => a.addChoice(id) }, t('editor:action.addChoice')));
  } else if (type === 'chance') {
    form.append(stage([...base, 'stage']));
    const outcomes = getAt(data, [...base, 'outcomes']);
    const list = Array.isArray(outcomes) ? outcomes : [];
    list.forEach((_, i) => {
      const p = [...base, 'outcomes', i];
      const shareId = uid('ed-share');
      const weight = field([...p, 'weight'], { kind: 'number', label: t('editor:field.weight'), attrs: { min: 0, max: 1000, 'aria-describedby': shareId } });
      form.append(h('fieldset', { class: 'ed-item' }, h('legend', {}, t('editor:form.outcome', { n: i + 1 })),
        line([...p, 'id'], t('editor:field.id')), weight,
        h('p', { class: 'ed-hint', id: shareId, 'data-share': pathAttr(p) }, shareText(data, p, t)),
        modifiersList(k, p), line([...p, 'title'], t('editor:field.title')),
        text([...p, 'text'], t('editor:field.text')), variantsList(k, p), select([...p, 'next'], t('editor:field.next'), ids('nodes')),
        visual([...p, 'visual']), effectsList(k, [...p, 'effects']), scoresList(k, [...p, 'scores']),
        list.length > 2 ? button(t('editor:action.removeOutcome'), p, () => a.removeItem(p), 'danger') : null));
    });
    if (list.length < 8) {
      const used = new Set(list.map((o) => (isObject(o) ? o.id : '')));
      let n = list.length + 1;
      while (used.has(`outcome-${n}`)) n++;
      form.append(h('button', { type: 'button', class: 'button', 'data-focus': pathAttr([...base, 'outcomes', list.length]), onclick: () => a.addItem([...base, 'outcomes'], { id: `outcome-${n}`, weight: 1, title: t('editor:new.title'), text: t('editor:new.text'), next: String(data.start ?? '') }) }, t('editor:action.addOutcome')));
    }
  } else if (type === 'ending') {
    form.append(select([...base, 'kind'], t('editor:field.endingKind'), ENDING_KINDS.map((e) => [e, t(`editor:ending.${e}`)] as const)),
      line([...base, 'title'], t('editor:field.title')), story([...base, 'text'], t('editor:field.debrief')), variantsList(k, base), stage([...base, 'stage']));
  } else if (type === 'branch') {
    const cases = getAt(data, [...base, 'cases']);
    const list = Array.isArray(cases) ? cases : [];
    list.forEach((_, i) => {
      const p = [...base, 'cases', i];
      form.append(h('fieldset', { class: 'ed-item' }, h('legend', {}, t('editor:form.caseN', { n: i + 1 })),
        conditionField(k, [...p, 'when'], t('editor:cond.when'), false),
        select([...p, 'next'], t('editor:form.case', { n: i + 1 }), ids('nodes')),
        k.moveButtons([...base, 'cases'], i, list.length, t('editor:form.caseN', { n: i + 1 })),
        list.length > 1 ? button(t('editor:action.removeCase'), p, () => a.removeItem(p), 'danger') : null));
    });
    if (list.length < 16) form.append(h('button', { type: 'button', class: 'button', 'data-focus': pathAttr([...base, 'cases', list.length]), onclick: () => a.addItem([...base, 'cases'], { when: newConditionFor(k), next: String(node.else ?? data.start ?? '') }) }, t('editor:action.addCase')));
    form.append(select([...base, 'else'], t('editor:field.else'), ids('nodes')));
  } else if (type === 'consequence') {
    form.append(line([...base, 'title'], t('editor:field.title')), story([...base, 'text'], t('editor:field.text')), variantsList(k, base),
      conditionField(k, [...base, 'when'], t('editor:cond.when'), true),
      select([...base, 'on'], t('editor:field.on'), k.names(milestones(data)), true), num([...base, 'afterDays'], t('editor:field.afterDays'), true),
      num([...base, 'priority'], t('editor:field.priority'), true), visual([...base, 'visual']),
      select([...base, 'next'], t('editor:field.next'), ids('nodes'), true), effectsList(k, [...base, 'effects']), scoresList(k, [...base, 'scores']));
  }
  return form;
}

/** An outcome's chance from the weights alone (before modifiers), e.g. "25 % before weight changes". */
function shareText(data: JsonObject, outcome: Path, t: FormActions['t']): string {
  const list = getAt(data, outcome.slice(0, -1));
  const weights = (Array.isArray(list) ? list : []).map((o) => (isObject(o) && typeof o.weight === 'number' && o.weight > 0 ? o.weight : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const mine = weights[Number(outcome.at(-1))] ?? 0;
  return t('editor:hint.share', { percent: total > 0 ? Math.round((100 * mine) / total) : 0 });
}

/** Rewrites the outcomes' chances after a weight was typed (the form is not rebuilt for that). */
export function refreshShares(root: HTMLElement, data: JsonObject, t: FormActions['t']): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-share]')) el.textContent = shareText(data, JSON.parse(el.dataset.share ?? '[]') as Path, t);
}

const newConditionFor = (k: ReturnType<typeof fieldKit>) => newCondition(conditionContext(k));
