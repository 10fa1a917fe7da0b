/**
 * The author panel (dev server, or ?author=1): the current scene id and state,
 * and a form to jump to any scene and set money, day and flags.
 */
import type { GameState } from '../engine';
import type { Scenario } from '../scenario';
import type { UiContext } from './context';
import { h, replaceChildren, uid } from './dom';

export interface AuthorPanelInput {
  ctx: UiContext;
  scenario: Scenario;
  state: GameState;
  /** A note to show (e.g. after a reload: how many choices were replayed), or an error. */
  note: { text: string; error: boolean } | null;
  onApply(change: { node: string; money: number; day: number; flags: Record<string, boolean> }): void;
  onClose(): void;
}

/** Renders the panel into its container (an <aside>). */
export function renderAuthorPanel(panel: HTMLElement, input: AuthorPanelInput): void {
  const { ctx, scenario, state } = input;
  const field = (label: string, control: HTMLElement & { id: string }) => h('p', { class: 'field' }, h('label', { for: control.id }, label), control);
  const nodeSelect = h('select', { id: uid('author-node'), name: 'node' });
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'scene' && node.type !== 'ending') continue;
    const o = h('option', { value: id }, node.type === 'ending' ? `${id} (${ctx.t('ui:author.ending')})` : id);
    o.selected = id === state.node;
    nodeSelect.append(o);
  }
  const money = h('input', { id: uid('author-money'), name: 'money', type: 'number', step: 1, value: state.money });
  const day = h('input', { id: uid('author-day'), name: 'day', type: 'number', step: 1, min: 0, value: state.day });
  const flagNames = [...new Set([...(scenario.flags ?? []), ...Object.keys(state.flags)])].sort();
  const flags = h('fieldset', { class: 'author-flags' }, h('legend', {}, ctx.t('ui:author.flags')));
  for (const f of flagNames) {
    const id = uid('author-flag');
    const box = h('input', { id, type: 'checkbox', name: 'flag', value: f });
    box.checked = state.flags[f] === true;
    flags.append(h('span', { class: 'field-check' }, box, h('label', { for: id }, f)));
  }
  if (!flagNames.length) flags.append(h('span', {}, ctx.t('ui:author.noFlags')));
  const form = h('form', { class: 'author-form' },
    field(ctx.t('ui:author.scene'), nodeSelect), field(ctx.t('ui:author.money'), money), field(ctx.t('ui:author.day'), day), flags,
    h('button', { type: 'submit', class: 'button primary' }, ctx.t('ui:author.apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = Object.fromEntries(flagNames.map((f) => [f, (form.querySelector<HTMLInputElement>(`input[name="flag"][value="${CSS.escape(f)}"]`)?.checked) === true]));
    input.onApply({ node: nodeSelect.value, money: Math.trunc(Number(money.value) || 0), day: Math.max(0, Math.trunc(Number(day.value) || 0)), flags: chosen });
  });
  const vars = Object.entries(state.vars).map(([k, v]) => `${k}=${v}`).join(', ');
  replaceChildren(panel,
    h('h2', {}, ctx.t('ui:author.title')),
    input.note ? h('p', { class: input.note.error ? 'author-note error' : 'author-note', role: input.note.error ? 'alert' : 'status' }, input.note.text) : null,
    h('dl', { class: 'facts author-state' },
      h('dt', {}, ctx.t('ui:author.scene')), h('dd', { 'data-author': 'node' }, h('code', {}, state.node)),
      h('dt', {}, ctx.t('ui:author.status')), h('dd', {}, state.status),
      h('dt', {}, ctx.t('ui:author.money')), h('dd', {}, String(state.money)),
      h('dt', {}, ctx.t('ui:author.day')), h('dd', {}, `${state.day} / ${scenario.deadline}`),
      h('dt', {}, ctx.t('ui:author.vars')), h('dd', {}, vars || '—'),
      h('dt', {}, ctx.t('ui:author.log')), h('dd', {}, h('code', {}, state.log.join(' ') || '—'))),
    form,
    h('button', { type: 'button', class: 'button', onclick: () => input.onClose() }, ctx.t('ui:author.close')));
}
