/**
 * Fork and replay in the debrief: pick a seat and one of its decisions,
 * choose differently, and the engine replays what follows; the original and
 * the fork are shown side by side (ending, money, day, readiness, what the
 * choice did at once). Scenario text only ever as text nodes.
 */
import type { EffectView } from '../../engine';
import type { Scenario } from '../../scenario';
import { forkAndReplay, forkDecisions, type ForkResult, type ForkSide } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { section } from './sections';
import { formatPercent } from './bars';
import { plainText } from '../plain-text';

/** A seat to fork: how the view names it (S1… or a nickname), its seed and choice log. */
export interface ForkSeat {
  readonly label: string;
  readonly seed: number;
  readonly log: readonly string[];
}

/** The fork-and-replay section for the given seats (null when no seat made a decision). */
export function renderFork(ctx: UiContext, scenario: Scenario, seats: readonly ForkSeat[]): HTMLElement | null {
  const usable = seats.filter((s) => forkDecisions(scenario, s.seed, s.log).length > 0);
  if (!usable.length) return null;
  const field = (label: string, select: HTMLSelectElement) => {
    const id = uid('db-fork-field');
    select.id = id;
    return h('p', { class: 'db-fork__field' }, h('label', { for: id }, label), ' ', select);
  };
  const seatSelect = h('select', { name: 'fork-seat', 'data-fork': 'seat' }, ...usable.map((s, i) => h('option', { value: String(i) }, s.label)));
  const decisionSelect = h('select', { name: 'fork-decision', 'data-fork': 'decision' });
  const choiceSelect = h('select', { name: 'fork-choice', 'data-fork': 'choice' });
  const result = h('div', { class: 'db-fork__result', 'aria-live': 'polite' });
  const seat = () => usable[Number(seatSelect.value)] ?? usable[0];
  const decisions = () => {
    const s = seat();
    return s ? forkDecisions(scenario, s.seed, s.log) : [];
  };
  const fillChoices = () => {
    const d = decisions()[Number(decisionSelect.value)];
    const others = d ? d.choices.filter((c) => c.available && c.id !== d.taken) : [];
    choiceSelect.replaceChildren(...others.map((c) => h('option', { value: c.id }, plainText(ctx, c.label))));
    choiceSelect.disabled = others.length === 0;
    button.disabled = others.length === 0;
  };
  const fillDecisions = () => {
    decisionSelect.replaceChildren(...decisions().map((d) => {
      const taken = d.choices.find((c) => c.id === d.taken);
      return h('option', { value: String(d.index) }, ctx.t('debrief:fork.decisionOption', {
        number: ctx.formatNumber(d.index + 1), prompt: plainText(ctx, d.prompt), taken: taken ? plainText(ctx, taken.label) : d.taken,
      }));
    }));
    fillChoices();
  };
  const button = h('button', { type: 'submit', class: 'button primary', 'data-action': 'fork' }, ctx.t('debrief:fork.replay'));
  const form = h('form', { class: 'db-fork__form', novalidate: true },
    field(ctx.t('debrief:fork.seat'), seatSelect),
    field(ctx.t('debrief:fork.decision'), decisionSelect),
    field(ctx.t('debrief:fork.choice'), choiceSelect),
    h('p', {}, button));
  seatSelect.addEventListener('change', () => { fillDecisions(); result.replaceChildren(); });
  decisionSelect.addEventListener('change', () => { fillChoices(); result.replaceChildren(); });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = seat();
    if (!s || !choiceSelect.value) return;
    result.replaceChildren(renderComparison(ctx, scenario, forkAndReplay(scenario, s.seed, s.log, Number(decisionSelect.value), choiceSelect.value)));
  });
  fillDecisions();
  return section('db-fork', ctx.t('debrief:fork.heading'), h('p', { class: 'db-caption' }, ctx.t('debrief:fork.explain')), form, result);
}

const FORK_ERRORS = {
  'no-decision': 'debrief:fork.error.noDecision',
  'same-choice': 'debrief:fork.error.sameChoice',
  unavailable: 'debrief:fork.error.unavailable',
  'replay-failed': 'debrief:fork.error.replayFailed',
} as const;

/** The side-by-side comparison, or the reason there is none. */
function renderComparison(ctx: UiContext, scenario: Scenario, r: ForkResult): HTMLElement {
  if (!r.ok) return h('p', { class: 'db-fork__error' }, ctx.t(FORK_ERRORS[r.reason]));
  const caption = uid('db-fork-caption');
  const cell = (s: ForkSide, pick: (s: ForkSide) => string) => h('td', {}, pick(s));
  const row = (label: string, pick: (s: ForkSide) => string) => h('tr', {}, h('th', { scope: 'row' }, label), cell(r.original, pick), cell(r.fork, pick));
  const percent = (p: number | null) => (p === null ? ctx.t('debrief:readiness.notAssessed') : formatPercent(ctx, p));
  const chosen = r.decision.choices.find((c) => c.id === r.choice);
  return h('div', { class: 'db-fork__comparison', 'data-fork-result': '' },
    h('table', { class: 'db-fork__table', 'aria-describedby': caption },
      h('caption', { id: caption }, ctx.t('debrief:fork.caption', { choice: chosen ? plainText(ctx, chosen.label) : r.choice })),
      h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, ctx.t('debrief:fork.original')), h('th', { scope: 'col' }, ctx.t('debrief:fork.fork')))),
      h('tbody', {},
        row(ctx.t('debrief:fork.ending'), (s) => (s.ending ? `${plainText(ctx, s.ending.title)} (${ctx.t(`debrief:kind.${s.ending.kind}`)})` : ctx.t('debrief:fork.notEnded'))),
        row(ctx.t('debrief:fork.money'), (s) => ctx.formatMoney(s.money, scenario.currency)),
        row(ctx.t('debrief:fork.day'), (s) => ctx.formatNumber(s.day)),
        ...r.original.readiness.map((x, i) => row(ctx.t(`debrief:dimension.${x.dimension}`), (s) => percent(s.readiness[i]?.percent ?? null))),
        row(ctx.t('debrief:fork.overall'), (s) => percent(s.overall)))),
    h('div', { class: 'db-fork__after' },
      afterList(ctx, scenario, ctx.t('debrief:fork.afterOriginal'), r.original.after),
      afterList(ctx, scenario, ctx.t('debrief:fork.afterFork'), r.fork.after)),
    h('p', { class: 'db-fork__continued' }, r.stopped
      ? ctx.t('debrief:fork.stopped', { count: r.continued, value: ctx.formatNumber(r.continued), choice: r.stopped.label ? plainText(ctx, r.stopped.label) : r.stopped.choice })
      : ctx.t('debrief:fork.continued', { count: r.continued, value: ctx.formatNumber(r.continued) })));
}

/** What one side's forked decision did at once, as a list of sentences. */
function afterList(ctx: UiContext, scenario: Scenario, title: string, effects: readonly EffectView[]): HTMLElement {
  const items = effects.flatMap((e): (Node | string)[] => {
    switch (e.type) {
      case 'money': return [ctx.t('debrief:fork.effect.money', { amount: ctx.formatMoney(e.delta, scenario.currency) })];
      case 'days': return [ctx.t('debrief:fork.effect.days', { days: ctx.formatDays(e.delta) })];
      case 'score': return [h('span', {}, h('span', { class: 'db-tag' }, ctx.t(`debrief:dimension.${e.dimension}`)), ' ', ctx.renderText({ key: e.key, text: e.feedback }))];
      case 'result': return e.text?.text ? [ctx.renderText(e.text)] : [];
      case 'chance': case 'consequence': return e.title ? [ctx.renderText(e.title)] : [];
      default: return [];
    }
  });
  const id = uid('db-fork-after');
  return h('div', {}, h('h3', { id }, title),
    items.length ? h('ul', { 'aria-labelledby': id }, ...items.map((x) => h('li', {}, x))) : h('p', {}, ctx.t('debrief:fork.effect.none')));
}
