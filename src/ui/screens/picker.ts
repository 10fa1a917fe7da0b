/**
 * The scenario picker: how to play (coach or challenge, remembered), then an illustrated card per
 * built-in scenario: its picture (product, route, transport), difficulty, play time, title, route and
 * pitch, with the rest of its summary, product, budget and deadline behind a Details button.
 */
import { catalogTextLanguages, catalogTexts, type CatalogEntry } from '../../scenario';
import { FEEDBACK_MODES, type FeedbackMode } from '../../engine';
import { cardArtPicture } from '../art/art-image';
import { scenarioCard, splitPitch, type CatalogArtFacts } from '../art/card-model';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import './title.css';
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

/** The coach/challenge radio group: two options side by side, the chosen one's explanation below. */
function modeChoice(ctx: UiContext, current: FeedbackMode, onMode: (mode: FeedbackMode) => void): HTMLElement {
  const name = uid('feedback-mode');
  const options = h('div', { class: 'mode-options' });
  const hints = h('div', { class: 'mode-hints' });
  const group = h('fieldset', { class: 'mode-choice', 'data-setting': 'feedbackMode' }, h('legend', {}, ctx.t('ui:picker.mode.legend')), options, hints);
  const showHint = (mode: FeedbackMode) => group.setAttribute('data-current', mode);
  for (const mode of FEEDBACK_MODES) {
    const id = uid(`mode-${mode}`);
    const hintId = uid('mode-hint');
    const radio = h('input', { type: 'radio', id, name, value: mode, 'aria-describedby': hintId, 'data-mode': mode });
    radio.checked = mode === current;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      showHint(mode);
      onMode(mode);
    });
    options.append(h('p', { class: 'mode-option' }, radio, h('label', { for: id }, ctx.t(`ui:picker.mode.${mode}`))));
    hints.append(h('p', { id: hintId, class: 'mode-option__hint', 'data-mode': mode }, ctx.t(`ui:picker.mode.${mode}Hint`)));
  }
  showHint(current);
  return group;
}

/** One scenario's card. The Play button covers the card, so a tap anywhere on it plays. */
function card(ctx: UiContext, entry: CatalogEntry & CatalogArtFacts, onPick: (id: string) => void): HTMLElement {
  const texts = catalogTexts(entry, ctx.lang);
  const langs = catalogTextLanguages(entry, ctx.lang);
  // Untranslated (fallback) text carries its own language.
  const langOf = (field: keyof typeof langs) => (langs[field] === ctx.lang ? null : langs[field]);
  const model = scenarioCard(entry);
  const { pitch, more } = splitPitch(texts.summary, langs.summary);
  const [titleId, metaId, pitchId, playId, detailsId] = ['scenario-title', 'scenario-meta', 'scenario-pitch', 'scenario-play', 'scenario-details'].map(uid) as [string, string, string, string, string];
  const difficulty = model.difficulty ? ctx.t(`ui:difficulty.${model.difficulty}`) : null;
  const minutes = ctx.formatNumber(entry.playMinutes);
  const fact = (label: string, value: string, lang: string | null = null) => [h('dt', {}, label), h('dd', { lang }, value)];

  const details = h('div', { id: detailsId, class: 'scard__details', hidden: true },
    more ? h('p', { lang: langOf('summary') }, more) : null,
    h('dl', { class: 'scard__facts' },
      ...fact(ctx.t('ui:picker.product'), texts.product, langOf('product')),
      ...fact(ctx.t('ui:picker.budget'), ctx.formatMoney(entry.money, entry.currency)),
      ...fact(ctx.t('ui:picker.deadline'), ctx.formatDays(entry.deadline))));
  const toggle = h('button', { type: 'button', class: 'scard__more', 'aria-expanded': 'false', 'aria-controls': detailsId, 'data-action': 'details' }, ctx.t('ui:picker.details'));
  toggle.addEventListener('click', () => {
    const open = details.hidden;
    details.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });

  return h('li', { class: 'scard-item' },
    h('article', { class: 'scard', 'aria-labelledby': titleId, 'data-scenario': entry.id, 'data-difficulty': model.difficulty ?? 'unknown' },
      h('h2', { id: titleId, class: 'scard__title', lang: langOf('title') }, texts.title),
      cardArtPicture('scard__art', model.art),
      h('p', { id: metaId, class: 'scard__badges' },
        difficulty ? h('span', { class: 'scard__badge scard__level', 'data-level': model.level },
          h('span', { class: 'scard__pips', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
          h('span', { class: 'visually-hidden' }, `${ctx.t('ui:picker.difficultyValue', { value: difficulty })}.`),
          h('span', { 'aria-hidden': 'true' }, difficulty)) : null,
        ' ',
        h('span', { class: 'scard__badge scard__time' },
          h('span', { class: 'visually-hidden' }, ctx.t('ui:picker.minutes', { count: entry.playMinutes, value: minutes })),
          h('span', { 'aria-hidden': 'true' }, ctx.t('ui:picker.minutesShort', { value: minutes })))),
      h('p', { class: 'scard__route' }, ctx.t('ui:picker.routeValue', { origin: texts.origin, destination: texts.destination })),
      h('p', { id: pitchId, class: 'scard__pitch', lang: langOf('summary') }, pitch),
      h('div', { class: 'scard__foot' },
        toggle,
        h('button', { type: 'button', class: 'button primary scard__play', 'aria-labelledby': `${playId} ${titleId}`, 'aria-describedby': `${metaId} ${pitchId}`, 'data-action': 'play', onclick: () => onPick(entry.id) },
          h('span', { id: playId }, ctx.t('ui:picker.playShort')))),
      details));
}

/** Renders the picker and focuses its heading. */
export function renderPicker(root: HTMLElement, input: PickerInput): void {
  const { ctx } = input;
  const heading = h('h1', { tabindex: -1 }, ctx.t('ui:picker.title'));
  const list = h('ul', { class: 'scard-list', role: 'list' }, ...input.scenarios.map((e) => card(ctx, e, input.onPick)));
  replaceChildren(
    root,
    h('main', { class: 'screen screen-picker' },
      h('div', { class: 'picker-head' },
        heading,
        input.scenarios.length ? modeChoice(ctx, input.mode, input.onMode) : null),
      input.scenarios.length ? list : h('p', {}, ctx.t('ui:picker.none')),
      h('p', { class: 'picker-back' }, h('button', { type: 'button', class: 'button', 'data-action': 'back', onclick: () => input.onBack() }, ctx.t('ui:common.back')))),
  );
  heading.focus();
}
