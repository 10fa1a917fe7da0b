/**
 * The scenario picker: how to play (coach or challenge, remembered), then the product, route, difficulty,
 * play time, budget and deadline of each built-in scenario.
 */
import { catalogTextLanguages, catalogTexts, type CatalogEntry } from '../../scenario';
import { FEEDBACK_MODES, type FeedbackMode } from '../../engine';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import './picker.css';

export interface PickerInput {
  ctx: UiContext;
  scenarios: readonly CatalogEntry[];
  /** The feedback mode new games are played in. */
  mode: FeedbackMode;
  onMode(mode: FeedbackMode): void;
  onPick(id: string): void;
  onBack(): void;
}

/** The coach/challenge radio group, each option with its one-line explanation. */
function modeChoice(ctx: UiContext, current: FeedbackMode, onMode: (mode: FeedbackMode) => void): HTMLElement {
  const name = uid('feedback-mode');
  return h('fieldset', { class: 'mode-choice', 'data-setting': 'feedbackMode' },
    h('legend', {}, ctx.t('ui:picker.mode.legend')),
    ...FEEDBACK_MODES.map((mode) => {
      const id = uid(`mode-${mode}`);
      const hintId = uid('mode-hint');
      const radio = h('input', { type: 'radio', id, name, value: mode, 'aria-describedby': hintId, 'data-mode': mode });
      radio.checked = mode === current;
      radio.addEventListener('change', () => {
        if (radio.checked) onMode(mode);
      });
      return h('p', { class: 'mode-option' }, radio,
        h('span', { class: 'mode-option__text' },
          h('label', { for: id }, ctx.t(`ui:picker.mode.${mode}`)),
          h('span', { id: hintId, class: 'mode-option__hint' }, ctx.t(`ui:picker.mode.${mode}Hint`))));
    }));
}

/** Renders the picker and focuses its heading. */
export function renderPicker(root: HTMLElement, input: PickerInput): void {
  const { ctx } = input;
  const heading = h('h1', { tabindex: -1 }, ctx.t('ui:picker.title'));
  const list = h('ul', { class: 'scenario-list', role: 'list' });
  for (const e of input.scenarios) {
    const texts = catalogTexts(e, ctx.lang);
    const langs = catalogTextLanguages(e, ctx.lang);
    // Untranslated (fallback) text carries its own language.
    const langOf = (field: keyof typeof langs) => (langs[field] === ctx.lang ? null : langs[field]);
    const titleId = uid('scenario-title');
    const fact = (label: string, value: string, lang: string | null = null) => [h('dt', {}, label), h('dd', { lang }, value)];
    list.append(
      h('li', {},
        h('article', { class: 'panel scenario-card', 'aria-labelledby': titleId, 'data-scenario': e.id },
          h('h2', { id: titleId, lang: langOf('title') }, texts.title),
          h('p', { lang: langOf('summary') }, texts.summary),
          h('dl', { class: 'facts' },
            ...fact(ctx.t('ui:picker.product'), texts.product, langOf('product')),
            ...fact(ctx.t('ui:picker.route'), ctx.t('ui:picker.routeValue', { origin: texts.origin, destination: texts.destination })),
            ...fact(ctx.t('ui:picker.difficulty'), ctx.t(`ui:difficulty.${e.difficulty}`, { defaultValue: e.difficulty })),
            ...fact(ctx.t('ui:picker.playTime'), ctx.t('ui:picker.minutes', { count: e.playMinutes, value: ctx.formatNumber(e.playMinutes) })),
            ...fact(ctx.t('ui:picker.budget'), ctx.formatMoney(e.money, e.currency)),
            ...fact(ctx.t('ui:picker.deadline'), ctx.formatDays(e.deadline))),
          h('button', { type: 'button', class: 'button primary', 'aria-describedby': titleId, 'data-action': 'play', onclick: () => input.onPick(e.id) }, ctx.t('ui:picker.play')))),
    );
  }
  replaceChildren(
    root,
    h('main', { class: 'screen screen-picker' },
      heading,
      input.scenarios.length ? modeChoice(ctx, input.mode, input.onMode) : null,
      input.scenarios.length ? list : h('p', {}, ctx.t('ui:picker.none')),
      h('p', {}, h('button', { type: 'button', class: 'button', 'data-action': 'back', onclick: () => input.onBack() }, ctx.t('ui:common.back')))),
  );
  heading.focus();
}
