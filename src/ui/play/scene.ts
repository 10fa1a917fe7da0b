/**
 * A scene: who speaks, the narrative, and 2–4 choices as real buttons in the
 * seeded on-screen order, each with what it certainly costs in money and time,
 * what chance may add, and a warning when it can no longer arrive in time. An
 * unavailable choice stays focusable (aria-disabled) and shows why; number
 * keys 1–4 pick a choice by its place on screen.
 */
import type { ChoiceView, ViewModel } from '../../engine';
import type { UiContext } from '../context';
import { directionOf } from '../../i18n';
import { h, uid } from '../dom';
import { arrivalWarning, costChips, costSentence } from './choice-text';
import { plainText } from '../plain-text';

export interface SceneInput {
  ctx: UiContext;
  view: ViewModel;
  currency: string;
  /** The scenario's deadline day (a choice after which no route arrives by then is flagged). */
  deadline: number;
  onChoose(choice: ChoiceView, button: HTMLButtonElement): void;
  /** Opens the HS explorer (HS decisions only); undefined when it is not available in this build. */
  onHsExplorer?: (opener: HTMLButtonElement) => void;
}

/** Builds the scene section. Its h1 (focus target after each step) has the id "scene-title". */
export function renderScene(input: SceneInput): HTMLElement {
  const { ctx, view } = input;
  const heading = h('h1', { id: 'scene-title', tabindex: -1, ...(view.title ? langOf(ctx, view.title) : {}) }, view.title ? ctx.renderText(view.title) : ctx.t('ui:play.decision'));
  const speaker = view.speaker
    ? h('p', { class: 'speaker', 'data-look': view.speaker.look ?? '' },
        h('span', { class: 'speaker-name' }, plainText(ctx, view.speaker.name)),
        h('span', { class: 'speaker-role', ...langOf(ctx, view.speaker.role) }, plainText(ctx, view.speaker.role)))
    : null;
  const narrative = h('div', { class: 'narrative' }, h('p', {}, ctx.renderText(view.text)));
  let hsTool: HTMLElement | null = null;
  if (view.decision === 'hs' && input.onHsExplorer) {
    const open = input.onHsExplorer;
    const button: HTMLButtonElement = h('button', { type: 'button', class: 'button hs-button', 'data-action': 'hs-explorer', 'aria-haspopup': 'dialog', onclick: () => open(button) }, ctx.t('ui:play.hsExplorer'));
    hsTool = h('p', { class: 'hs-tool' }, button, h('span', { class: 'hint' }, ctx.t('ui:play.hsHint')));
  }
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, ctx.t('ui:play.choicesHeading'));
  const list = h('ol', { class: 'choices', 'aria-labelledby': 'choices-heading' });
  for (const c of view.choices) list.append(choiceItem(input, c));
  return h('section', { class: 'panel scene', 'aria-labelledby': 'scene-title', 'data-node': view.node },
    speaker, heading, narrative, hsTool, choicesHeading, list,
    h('p', { class: 'hint keys-hint' }, ctx.t('ui:play.keysHint', { count: view.choices.length })));
}

/** lang and dir attributes for scenario text shown in another language than the page's (none when the same). */
export function langOf(ctx: UiContext, ref: { key: string; text: string }): { lang?: string; dir?: string } {
  const l = ctx.scenarioTextLang?.(ref) ?? ctx.lang;
  return l === ctx.lang ? {} : { lang: l, dir: directionOf(l) };
}

function choiceItem(input: SceneInput, c: ChoiceView): HTMLElement {
  const { ctx } = input;
  const reasonId = uid('reason');
  const costId = uid('cost');
  const warningId = uid('arrival');
  // The chips are for the eyes; a screen reader hears the label as the name, then "Costs $600, may add up to 6 days." as the description.
  const chips = costChips(ctx, c, input.currency);
  const cost = h('span', { class: 'choice-cost', 'aria-hidden': 'true' },
    ...chips.map((chip) => h('span', {
      class: `cost cost-${chip.kind}${chip.nature === 'risk' ? ' cost-risk' : ''}`, 'data-nature': chip.nature, 'data-free': chip.nature === 'free' ? 'true' : null,
    }, chip.shown)));
  const spoken = h('span', { id: costId, hidden: true }, costSentence(chips, ctx.lang));
  const warning = arrivalWarning(ctx, c, input.deadline);
  const describedBy = [costId, warning ? warningId : null, c.available ? null : reasonId].filter(Boolean).join(' ');
  const button: HTMLButtonElement = h('button', {
    type: 'button', class: 'choice', 'data-choice': c.id, 'data-number': c.number, 'aria-keyshortcuts': String(c.number),
    'aria-describedby': describedBy, 'aria-disabled': c.available ? null : 'true',
    onclick: () => input.onChoose(c, button),
  },
  h('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(c.number)),
  h('span', { class: 'choice-label', ...langOf(ctx, c.label) }, ctx.renderText(c.label)),
  cost);
  const reason = c.available || !c.reason ? null : h('p', { class: 'choice-reason', id: reasonId }, ctx.renderText(c.reason));
  const late = warning ? h('p', { class: 'choice-warning', id: warningId, 'data-warning': 'arrival' }, warning) : null;
  return h('li', { class: c.available ? 'choice-item' : 'choice-item unavailable' }, button, spoken, late, reason);
}
