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
    ? h('p', { class: 'speaker', 'data-look': typeof view.speaker.look === 'string' ? view.speaker.look : view.speaker.look?.presentation ?? '' },
        h('span', { class: 'speaker-name' }, plainText(ctx, view.speaker.name)),
        h('span', { class: 'speaker-role', ...langOf(ctx, view.speaker.role) }, plainText(ctx, view.speaker.role)))
    : null;
  const narrative = h('div', { class: 'narrative' }, h('p', {}, ctx.renderText(view.text)));
  const storyLabel = ctx.t('ui:play.story');
  let hsTool: HTMLElement | null = null;
  if (view.decision === 'hs' && input.onHsExplorer) {
    const open = input.onHsExplorer;
    const button: HTMLButtonElement = h('button', { type: 'button', class: 'button hs-button', 'data-action': 'hs-explorer', 'aria-haspopup': 'dialog', onclick: () => open(button) }, ctx.t('ui:play.hsExplorer'));
    hsTool = h('p', { class: 'hs-tool' }, button, h('span', { class: 'hint' }, ctx.t('ui:play.hsHint')));
  }
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading' }, ctx.t('ui:play.choicesHeading'));
  const list = h('ol', { class: 'choices', 'aria-labelledby': 'choices-heading' });
  for (const c of view.choices) list.append(choiceItem(input, c));
  const section = h('section', { class: 'panel scene', 'aria-labelledby': 'scene-title', 'data-node': view.node },
    speaker, heading, narrative, hsTool, choicesHeading, list,
    h('p', { class: 'hint keys-hint' }, ctx.t('ui:play.keysHint', { count: view.choices.length })));
  keepFirstChoiceInView(section, narrative, storyLabel);
  return section;
}

/** Phone layout at the normal text size: the stylesheet's breakpoint (40rem) without the large-text class. */
const phoneLayout = () => window.matchMedia('(max-width: 40rem)').matches && !document.documentElement.classList.contains('text-large');

/** The fitting of the scene on screen, run again on resize (one listener for the page). */
let refit: (() => void) | null = null;
let listening = false;

/**
 * On a phone, a long story would push the choices below the fold: the story then scrolls in its own box
 * (focusable, named, faded at the bottom while more follows), just short enough that the heading and
 * the first choice are on screen without scrolling the page. Re-fitted when the window changes size.
 */
function keepFirstChoiceInView(section: HTMLElement, narrative: HTMLElement, label: string): void {
  const onScroll = () => narrative.classList.toggle('narrative-end', narrative.scrollTop + narrative.clientHeight >= narrative.scrollHeight - 2);
  const fit = () => {
    if (!section.isConnected) {
      if (refit === fit) refit = null;
      return;
    }
    narrative.style.removeProperty('max-block-size');
    narrative.classList.remove('narrative-scroll', 'narrative-end');
    for (const a of ['tabindex', 'role', 'aria-label']) narrative.removeAttribute(a);
    const first = section.querySelector('.choice');
    if (!phoneLayout() || !first) return;
    const over = first.getBoundingClientRect().bottom + window.scrollY - (window.innerHeight - 8);
    if (over <= 0) return;
    const minimum = 6 * parseFloat(getComputedStyle(narrative).fontSize || '16');
    narrative.style.maxBlockSize = `${Math.max(minimum, Math.floor(narrative.getBoundingClientRect().height - over))}px`;
    narrative.classList.add('narrative-scroll');
    narrative.setAttribute('tabindex', '0');
    narrative.setAttribute('role', 'region');
    narrative.setAttribute('aria-label', label);
    onScroll();
  };
  narrative.addEventListener('scroll', onScroll, { passive: true });
  refit = fit; // one resize listener for the page, fitting the scene on screen
  if (!listening) {
    window.addEventListener('resize', () => refit?.());
    listening = true;
  }
  // Fitted before the first paint after the section is placed; again once the web font has loaded.
  if (typeof requestAnimationFrame !== 'function') return;
  const whenPlaced = (tries: number) => requestAnimationFrame(() => {
    if (section.isConnected) {
      fit();
      void document.fonts?.ready.then(() => { if (section.isConnected) fit(); });
    } else if (tries > 0) whenPlaced(tries - 1);
  });
  whenPlaced(10);
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
