/**
 * The consequence of a choice, shown before moving on: what it cost, the
 * result text, a chance event as its own card (a fixed step that could only
 * go one way is a "next step", not chance), later consequences and rule
 * notices as cards, and — in coach mode only — the readiness feedback of
 * each, in the order they happened. In challenge mode the verdicts wait for
 * the report. A short plain-text summary is returned for the aria-live
 * announcement.
 */
import type { EffectView, FeedbackMode, HudView } from '../../engine';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { plainText } from '../plain-text';
import { langOf } from './scene';

export interface OutcomeInput {
  ctx: UiContext;
  chosen: { key: string; text: string } | null;
  effects: readonly EffectView[];
  before: HudView;
  after: HudView;
  ended: boolean;
  /** Coach: verdicts and teaching after each choice; challenge: none until the report. */
  mode: FeedbackMode;
  onContinue(): void;
}

/** Builds the outcome section (its h1 has the id "outcome-title") and the summary to announce. */
export function renderOutcome(input: OutcomeInput): { element: HTMLElement; summary: string } {
  const { ctx, effects, before, after } = input;
  const moneyDelta = after.money - before.money;
  const dayDelta = after.day - before.day;
  const heading = h('h1', { id: 'outcome-title', tabindex: -1 }, ctx.t('ui:outcome.title'));
  const deltas = h('ul', { class: 'deltas' });
  const summary: string[] = [];
  if (input.chosen) summary.push(ctx.t('ui:outcome.chose', { choice: plainText(ctx, input.chosen) }));
  if (moneyDelta !== 0) {
    const text = ctx.t(moneyDelta < 0 ? 'ui:outcome.moneySpent' : 'ui:outcome.moneyEarned', { amount: ctx.formatMoney(Math.abs(moneyDelta), after.currency), total: ctx.formatMoney(after.money, after.currency) });
    deltas.append(h('li', { class: moneyDelta < 0 ? 'delta spent' : 'delta earned', 'data-delta': 'money' }, text));
    summary.push(text);
  }
  if (dayDelta !== 0) {
    const text = ctx.t('ui:outcome.daysPassed', { count: dayDelta, days: ctx.formatDays(dayDelta), day: ctx.formatNumber(after.day), deadline: ctx.formatNumber(after.deadline) });
    deltas.append(h('li', { class: 'delta days', 'data-delta': 'days' }, text));
    summary.push(text);
  }
  const body = h('div', { class: 'outcome-body' });
  let feedbackTarget: HTMLElement = body;
  const feedbackList = (parent: HTMLElement) => {
    let list = parent.querySelector<HTMLUListElement>(':scope > ul.feedback');
    if (!list) {
      list = h('ul', { class: 'feedback', 'aria-label': ctx.t('ui:outcome.feedback') });
      parent.append(list);
    }
    return list;
  };
  for (const e of effects) {
    switch (e.type) {
      case 'result':
        if (e.text?.text) body.append(h('p', { class: 'result' }, ctx.renderText(e.text)));
        feedbackTarget = body;
        break;
      case 'chance': {
        // Only one outcome could happen (a fixed wait, a voyage): a step on the way, not luck.
        const id = uid('chance');
        const card = h('article', { class: e.certain ? 'card step-card' : 'card chance-card', 'aria-labelledby': id, 'data-outcome': e.outcome, 'data-certain': String(e.certain) },
          h('p', { class: 'card-kicker' }, ctx.t(e.certain ? 'ui:outcome.step' : 'ui:outcome.chance')),
          h('h2', { id, ...(e.title ? langOf(ctx, e.title) : {}) }, e.title ? ctx.renderText(e.title) : ''),
          e.text ? h('p', {}, ctx.renderText(e.text)) : null);
        body.append(card);
        feedbackTarget = card;
        if (e.title) summary.push(ctx.t(e.certain ? 'ui:outcome.stepSummary' : 'ui:outcome.chanceSummary', { title: plainText(ctx, e.title) }));
        break;
      }
      case 'consequence': {
        const id = uid('consequence');
        const card = h('article', { class: 'card consequence-card', 'aria-labelledby': id, 'data-consequence': e.id },
          h('p', { class: 'card-kicker' }, ctx.t('ui:outcome.consequence')),
          h('h2', { id, ...(e.title ? langOf(ctx, e.title) : {}) }, e.title ? ctx.renderText(e.title) : ''),
          e.text ? h('p', {}, ctx.renderText(e.text)) : null);
        body.append(card);
        feedbackTarget = card;
        if (e.title) summary.push(plainText(ctx, e.title));
        break;
      }
      case 'rule': {
        const title = ctx.t(`ui:outcome.rule.${e.rule}.title`);
        body.append(h('article', { class: 'card rule-card', 'data-rule': e.rule },
          h('h2', {}, title), h('p', {}, ctx.t(`ui:outcome.rule.${e.rule}.text`))));
        summary.push(title);
        break;
      }
      case 'mode':
        body.append(h('p', { class: 'mode' }, ctx.t('ui:outcome.mode', { mode: ctx.t(`ui:modes.${e.mode}`, { defaultValue: e.mode }) })));
        break;
      case 'score': {
        if (input.mode === 'challenge') break; // the verdict and its teaching wait for the report
        const good = e.points >= 0;
        feedbackList(feedbackTarget).append(h('li', { class: good ? 'good' : 'bad', 'data-points': e.points },
          h('span', { class: 'feedback-tag' }, ctx.t(good ? 'ui:outcome.good' : 'ui:outcome.bad', { dimension: ctx.t(`ui:dimensions.${e.dimension}`) })),
          ' ',
          h('span', {}, e.text ? ctx.renderText(e.text) : '')));
        break;
      }
      default:
        break;
    }
  }
  // Challenge: with no verdict, a choice that changed nothing visible would leave the screen blank.
  if (input.mode === 'challenge' && !body.childElementCount && !deltas.childElementCount) body.append(h('p', { class: 'assessed-later' }, ctx.t('ui:outcome.assessedLater')));
  if (input.ended) summary.push(ctx.t('ui:outcome.endedSummary'));
  const next = h('button', { type: 'button', class: 'button primary', 'data-action': 'continue', onclick: () => input.onContinue() },
    ctx.t(input.ended ? 'ui:outcome.seeReport' : 'ui:outcome.continue'));
  const element = h('section', { class: 'panel outcome', 'aria-labelledby': 'outcome-title' },
    heading,
    input.chosen ? chosenLine(ctx, input.chosen) : null,
    deltas.childElementCount ? deltas : null,
    body,
    h('p', { class: 'outcome-actions' }, next));
  return { element, summary: summary.join(' ') };
}

/** "You chose: <label>." with the label rendered like on the button (tokens formatted, its own lang when untranslated). */
function chosenLine(ctx: UiContext, chosen: { key: string; text: string }): HTMLElement {
  const marker = '\u0001choice\u0001';
  const [before = '', after = ''] = ctx.t('ui:outcome.chose', { choice: marker }).split(marker);
  return h('p', { class: 'chosen' }, before, h('span', langOf(ctx, chosen), ctx.renderText(chosen)), after);
}
