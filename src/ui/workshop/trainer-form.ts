/**
 * The trainer's one-form session setup: scenario (from the catalog),
 * language, feedback mode (coach or challenge), seed (blank: the server draws
 * one), solo or teams, and an optional time limit per decision with the
 * default choice on timeout.
 */
import { catalogTexts, type CatalogEntry } from '../../scenario';
import { languageName } from '../../i18n';
import { DECISION_SECONDS, FEEDBACK_MODES, MAX_TEAMS, type SessionSettings } from '../../workshop/protocol';
import { settingsFromForm } from '../../workshop/client/settings-form';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';

export interface CreateFormInput {
  ctx: UiContext;
  scenarios: readonly CatalogEntry[];
  /** A problem to show above the form (e.g. the server refused, or a kept session is gone). */
  problem: string | null;
  /** The server's trainer key as remembered, shown in a field once the server asked for one; null: no field. */
  trainerKey: string | null;
  /** `key`: what the trainer typed in the key field (absent without the field). */
  onCreate(settings: SessionSettings, key?: string): void;
}

/** Renders the form and focuses its heading. */
export function renderCreateForm(root: HTMLElement, input: CreateFormInput): void {
  const { ctx } = input;
  const field = (name: string, label: string, control: HTMLElement, hint?: string) => {
    const id = uid(`ws-${name}`);
    control.id = id;
    control.setAttribute('name', name);
    const hintId = hint ? uid('ws-hint') : null;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    return h('p', { class: 'ws-field' }, h('label', { for: id }, label), hintId ? h('span', { id: hintId, class: 'hint' }, hint ?? '') : null, control);
  };
  const scenario = h('select', {}, ...input.scenarios.map((s) => h('option', { value: s.id }, catalogTexts(s, ctx.lang).title)));
  const lang = h('select', {});
  const fillLanguages = () => {
    const entry = input.scenarios.find((s) => s.id === scenario.value);
    const langs = entry ? [entry.lang, ...entry.translations] : [];
    lang.replaceChildren(...langs.map((l) => h('option', { value: l, lang: l, selected: l === ctx.lang }, languageName(l))));
  };
  scenario.addEventListener('change', fillLanguages);
  fillLanguages();
  const play = h('select', {}, h('option', { value: 'solo' }, ctx.t('workshop:create.solo')), h('option', { value: 'teams' }, ctx.t('workshop:create.teams')));
  const teams = h('input', { type: 'number', min: 2, max: MAX_TEAMS, value: 2, inputmode: 'numeric' });
  const seedScope = h('select', {}, h('option', { value: 'room' }, ctx.t('workshop:create.seedRoom')), h('option', { value: 'team' }, ctx.t('workshop:create.seedTeam')));
  const seed = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  const decisionSeconds = h('input', { type: 'number', min: DECISION_SECONDS.min, max: DECISION_SECONDS.max, inputmode: 'numeric' });
  const timeoutChoice = h('select', {}, h('option', { value: 'first' }, ctx.t('workshop:create.timeoutFirst')), h('option', { value: 'cheapest' }, ctx.t('workshop:create.timeoutCheapest')));
  // Coach or challenge: a radio group, each option with its one-line explanation (coach checked by default).
  const mode = h('fieldset', { class: 'ws-field ws-mode' }, h('legend', {}, ctx.t('workshop:create.mode')),
    ...FEEDBACK_MODES.map((m) => {
      const id = uid(`ws-mode-${m}`);
      const hintId = uid('ws-hint');
      const radio = h('input', { type: 'radio', id, name: 'mode', value: m, 'aria-describedby': hintId });
      radio.checked = m === 'coach';
      return h('p', { class: 'ws-mode__option' }, radio, ' ', h('label', { for: id }, ctx.t(`workshop:mode.${m}`)), ' ',
        h('span', { id: hintId, class: 'hint' }, ctx.t(`workshop:mode.${m}Hint`)));
    }));
  const key = input.trainerKey === null ? null : h('input', { type: 'password', autocomplete: 'current-password', spellcheck: 'false', value: input.trainerKey });
  const message = h('p', { class: 'ws-message', role: 'alert' }, input.problem ?? '');
  const title = h('h1', { tabindex: -1 }, ctx.t('workshop:create.title'));
  const form = h('form', { class: 'ws-form ws-create', novalidate: true },
    field('scenario', ctx.t('workshop:create.scenario'), scenario),
    field('lang', ctx.t('workshop:create.language'), lang),
    mode,
    field('play', ctx.t('workshop:create.play'), play),
    field('teams', ctx.t('workshop:create.teamCount'), teams, ctx.t('workshop:create.teamCountHint')),
    field('seedScope', ctx.t('workshop:create.seedScope'), seedScope),
    field('seed', ctx.t('workshop:create.seed'), seed, ctx.t('workshop:create.seedHint')),
    field('decisionSeconds', ctx.t('workshop:create.decisionSeconds'), decisionSeconds, ctx.t('workshop:create.decisionSecondsHint', { min: DECISION_SECONDS.min, max: DECISION_SECONDS.max })),
    field('timeoutChoice', ctx.t('workshop:create.timeoutChoice'), timeoutChoice),
    key ? field('trainerKey', ctx.t('workshop:create.trainerKey'), key, ctx.t('workshop:create.trainerKeyHint')) : null,
    message,
    h('p', {}, h('button', { type: 'submit', class: 'button primary', 'data-action': 'create' }, ctx.t('workshop:create.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
    const r = settingsFromForm(values, input.scenarios);
    if (!r.ok) {
      message.textContent = ctx.t(r.key, { min: DECISION_SECONDS.min, max: DECISION_SECONDS.max, teams: MAX_TEAMS });
      form.querySelector<HTMLElement>(`[name="${r.field}"]`)?.focus();
      return;
    }
    if (key && key.value.trim() === '') {
      message.textContent = ctx.t('workshop:create.bad.trainerKey');
      key.focus();
      return;
    }
    message.textContent = ctx.t('workshop:create.creating');
    if (key) input.onCreate(r.settings, key.value.trim());
    else input.onCreate(r.settings);
  });
  replaceChildren(root, h('main', { class: 'screen ws-screen ws-trainer', lang: ctx.lang, dir: ctx.dir }, title, h('p', {}, ctx.t('workshop:create.intro')), form));
  title.focus();
  if (key && input.problem && key.value === '') key.focus(); // the server asked for its key: the field to fill, in view
}
