/**
 * The scenario settings form: the scenario's own fields, its product and places, and the names it declares
 * (flags, variables, characters with their looks, sources) with what to learn next in each dimension.
 */
import { CARGO, DIFFICULTIES, DIMENSIONS, SOURCE_KINDS } from '../scenario';
import { h, uid } from '../ui/dom';
import { lookFields } from './look-form';
import { labelled, pathAttr, type FieldKit } from './form-fields';
import { getAt, isObject, type Path } from './model';
import { characterIds, declared, declaredFlags, declaredVariables, freshName, nameReferences, removeName, type NameKind } from './names';

/** A name with its rename box, how many places use it, and a remove button. */
function nameRow(k: FieldKit, kind: NameKind, name: string, declPath: Path, removeLabel: string): HTMLElement {
  const { t, a } = k;
  const id = uid('ed-name');
  const input = h('input', { id, type: 'text', value: name, 'data-path': pathAttr(declPath), spellcheck: 'false', autocomplete: 'off' });
  const note = h('span', { class: 'ed-note', role: 'status' });
  const apply = () => { note.textContent = a.renameName(kind, name, input.value.trim()) ?? ''; };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); apply(); } });
  const uses = nameReferences(k.data, kind, name).length;
  return h('div', { class: 'ed-rename' },
    h('label', { for: id }, t(`editor:names.${kind}Name`)), input,
    h('button', { type: 'button', class: 'button small', 'data-focus': pathAttr(declPath), onclick: apply, 'aria-label': labelled(t, t('editor:action.rename'), name) }, t('editor:action.rename')),
    h('span', { class: 'ed-hint' }, t('editor:names.uses', { count: uses })),
    h('button', { type: 'button', class: 'button small danger', onclick: () => a.edit((d) => removeName(d, kind, name)), 'aria-label': labelled(t, removeLabel, name) }, removeLabel),
    note);
}

export function buildSettings(k: FieldKit): HTMLElement[] {
  const { t, a, data } = k;
  const out: HTMLElement[] = [h('h2', {}, t('editor:form.scenario'))];

  // The scenario.
  const objectives = Array.isArray(data.objectives) ? data.objectives : [];
  const goals = h('fieldset', { class: 'ed-list' }, h('legend', {}, t('editor:field.objectives')));
  objectives.forEach((_, i) => {
    const p = ['objectives', i];
    goals.append(h('div', { class: 'ed-row ed-inline' }, k.line(p, t('editor:field.objectiveN', { n: i + 1 })), k.moveButtons(['objectives'], i, objectives.length, t('editor:field.objectiveN', { n: i + 1 })),
      objectives.length > 1 ? k.button(t('editor:action.remove'), p, () => a.removeItem(p), 'danger', t('editor:field.objectiveN', { n: i + 1 })) : null));
  });
  if (objectives.length < 12) goals.append(k.button(t('editor:field.addObjective'), ['objectives', objectives.length], () => a.addItem(['objectives'], t('editor:blank.objective'))));
  out.push(section(t('editor:section.general'),
    k.line(['title'], t('editor:field.title')), k.text(['summary'], t('editor:field.summary')),
    k.field(['id'], { kind: 'text', label: t('editor:field.scenarioId'), hint: t('editor:hint.id') }),
    k.field(['version'], { kind: 'text', label: t('editor:field.version'), hint: t('editor:hint.version') }),
    k.field(['lang'], { kind: 'text', label: t('editor:field.lang'), hint: t('editor:hint.lang') }),
    k.select(['start'], t('editor:field.start'), k.ids('nodes')),
    k.num(['money'], t('editor:field.money')), k.field(['currency'], { kind: 'text', label: t('editor:field.currency'), hint: t('editor:hint.currency') }),
    k.num(['deadline'], t('editor:field.deadline')), k.num(['playMinutes'], t('editor:field.playMinutes')),
    k.select(['difficulty'], t('editor:field.difficulty'), k.enumOpts(DIFFICULTIES, 'editor:difficulty')),
    k.select(['rules', 'outOfMoney', 'next'], t('editor:field.outOfMoney'), k.ids('nodes')),
    k.select(['rules', 'pastDeadline', 'next'], t('editor:field.pastDeadline'), k.ids('nodes')),
    goals));

  // The product and the places.
  const place = (key: 'origin' | 'destination') => h('fieldset', { class: 'ed-list' }, h('legend', {}, t(`editor:field.${key}`)),
    k.line([key, 'name'], t('editor:field.name')), k.field([key, 'fictional'], { kind: 'checkbox', label: t('editor:field.fictional') }),
    k.text([key, 'note'], t('editor:field.note'), true));
  out.push(section(t('editor:section.product'),
    k.line(['product', 'name'], t('editor:field.productName')),
    k.field(['product', 'hs'], { kind: 'text', label: t('editor:field.productHs'), empty: null, hint: t('editor:hint.productHs'), attrs: { inputmode: 'decimal' } }),
    k.select(['product', 'cargo'], t('editor:field.cargo'), k.enumOpts(CARGO, 'editor:cargo'), true),
    place('origin'), place('destination')));

  // Flags and variables.
  const flags = declaredFlags(data);
  out.push(section(t('editor:section.flags'), h('p', { class: 'ed-hint' }, t('editor:names.flagsHint')),
    ...flags.map((f, i) => nameRow(k, 'flag', f, ['flags', i], t('editor:action.remove'))),
    declareRow(k, 'flag')));
  const vars = declaredVariables(data);
  out.push(section(t('editor:section.variables'), h('p', { class: 'ed-hint' }, t('editor:names.variablesHint')),
    ...vars.map((v) => h('div', { class: 'ed-item' }, nameRow(k, 'variable', v, ['variables', v], t('editor:action.remove')),
      k.num(['variables', v, 'initial'], t('editor:field.initial')), k.num(['variables', v, 'min'], t('editor:field.min'), true),
      k.num(['variables', v, 'max'], t('editor:field.max'), true), k.line(['variables', v, 'label'], t('editor:field.varLabel'), true))),
    declareRow(k, 'variable')));

  // Characters.
  out.push(section(t('editor:section.characters'),
    ...characterIds(data).map((c) => h('div', { class: 'ed-item' }, nameRow(k, 'character', c, ['characters', c], t('editor:action.remove')),
      k.line(['characters', c, 'name'], t('editor:field.name')), k.line(['characters', c, 'role'], t('editor:field.role')), lookFields(k, ['characters', c, 'look']))),
    declareRow(k, 'character')));

  // Sources and what to learn next.
  const sources = Array.isArray(data.sources) ? data.sources : [];
  out.push(section(t('editor:section.sources'),
    ...sources.map((s, i) => {
      const p = ['sources', i];
      const sid = isObject(s) && typeof s.id === 'string' ? s.id : '';
      return h('div', { class: 'ed-item' }, nameRow(k, 'source', sid, [...p, 'id'], t('editor:action.remove')),
        k.line([...p, 'title'], t('editor:field.title')), k.select([...p, 'kind'], t('editor:field.sourceKind'), k.enumOpts(SOURCE_KINDS, 'editor:sourceKind'), true),
        k.field([...p, 'url'], { kind: 'text', label: t('editor:field.url'), optional: true, attrs: { inputmode: 'url', placeholder: 'https://' } }),
        k.line([...p, 'publisher'], t('editor:field.publisher'), true), k.num([...p, 'year'], t('editor:field.year'), true));
    }),
    declareRow(k, 'source')));
  const sourceOpts = k.names(declared(data, 'source'));
  out.push(section(t('editor:section.learnMore'), h('p', { class: 'ed-hint' }, t('editor:hint.learnMore')),
    ...DIMENSIONS.map((d) => {
      const has = isObject(getAt(data, ['learnMore', d]));
      return h('fieldset', { class: 'ed-list' }, h('legend', {}, t(`ui:dimensions.${d}`)),
        k.text(['learnMore', d, 'text'], t('editor:field.learnText'), true),
        has ? k.select(['learnMore', d, 'source'], t('editor:field.source'), sourceOpts, true) : null);
    })));
  return out;
}

function section(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const id = uid('ed-section');
  return h('section', { class: 'ed-section', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
}

/** An input and a button to declare a new flag, variable, character or source. */
function declareRow(k: FieldKit, kind: NameKind): HTMLElement {
  const { t, a } = k;
  const id = uid('ed-declare');
  const base = { flag: 'newFlag', variable: 'newVariable', character: 'new-character', source: 'new-source' }[kind];
  const input = h('input', { id, type: 'text', value: freshName(k.data, kind, base), spellcheck: 'false', autocomplete: 'off' });
  const note = h('span', { class: 'ed-note', role: 'status' });
  const add = () => {
    const problem = a.declare(kind, input.value.trim());
    note.textContent = problem ?? '';
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } });
  return h('div', { class: 'ed-add' }, h('label', { for: id }, t(`editor:names.new.${kind}`)), input,
    h('button', { type: 'button', class: 'button small', 'data-focus': pathAttr(['declare', kind]), onclick: add }, t('editor:names.declare')), note);
}
