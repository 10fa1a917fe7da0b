/**
 * The debrief's sections for the projector: the room, outcomes, how the room
 * chose at each decision, the most common mistakes, money and time, average
 * readiness. Scenario text through ctx.renderText (text nodes only).
 */
import { modeLine, roomMode, type Debrief, type Distribution } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { barItem, barList, formatPercent } from './bars';
import { plainText } from '../plain-text';

/** A titled section with an h2. */
export function section(className: string, title: string, ...children: (Node | string | null)[]): HTMLElement {
  const id = uid('db-h');
  return h('section', { class: `db-section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Players, scenario, feedback mode (coach, challenge or both), finished and still playing. */
export function renderRoom(ctx: UiContext, d: Debrief, headingId: string): HTMLElement {
  const mode = modeLine(d.modes, (k, v) => ctx.t(k, v), (n) => ctx.formatNumber(n));
  return h('section', { class: 'db-section db-room', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, ctx.t('debrief:room.heading')),
    h('p', { class: 'db-players', 'data-players': d.players }, ctx.t('debrief:room.players', { count: d.players, value: ctx.formatNumber(d.players) })),
    h('p', {}, ctx.t('debrief:room.scenario', { title: plainText(ctx, d.scenario.title), version: d.scenario.version })),
    mode ? h('p', { class: 'db-mode', 'data-mode': roomMode(d.modes) }, mode) : null,
    h('p', {}, ctx.t('debrief:room.finished', { finished: ctx.formatNumber(d.finished), playing: ctx.formatNumber(d.players - d.finished) })));
}

/** Players per ending (titled by the scenario, tagged with its kind), and those not finished. */
export function renderOutcomes(ctx: UiContext, d: Debrief): HTMLElement {
  const id = uid('db-outcomes');
  const bars = d.outcomes.byEnding.map((e) => ({
    label: h('span', {}, ctx.renderText(e.title), ' ', h('span', { class: 'db-tag' }, ctx.t(`debrief:kind.${e.kind}`))),
    count: e.count, total: d.players, tone: e.kind === 'success' ? 'good' : 'bad',
  }));
  if (d.outcomes.unfinished) bars.push({ label: h('span', {}, ctx.t('debrief:outcomes.unfinished')), count: d.outcomes.unfinished, total: d.players, tone: 'muted' });
  return section('db-outcomes', ctx.t('debrief:outcomes.heading'),
    h('p', { id, class: 'db-caption' }, ctx.t('debrief:outcomes.byEnding')),
    barList(ctx, id, bars));
}

/** For each decision someone reached: its prompt, how many players reached it, and a bar per choice (each player's last choice there). */
export function renderDecisions(ctx: UiContext, d: Debrief): HTMLElement {
  return section('db-decisions', ctx.t('debrief:decisions.heading'),
    ...d.decisions.map((x) => {
      const id = uid('db-decision');
      return h('article', { class: 'db-decision', 'aria-labelledby': id, 'data-node': x.node },
        h('h3', { id }, ctx.renderText(x.prompt)),
        h('p', { class: 'db-caption' }, ctx.t('debrief:decisions.reached', { count: x.reached, value: ctx.formatNumber(x.reached) }), ' ',
          ctx.t('debrief:decisions.basis', { count: x.chosen, value: ctx.formatNumber(x.chosen) })),
        barList(ctx, id, x.choices.map((c) => ({ label: ctx.renderText(c.label), count: c.count, total: x.chosen }))));
    }));
}

/** The most common mistakes (up to `limit`), each with the author's feedback and source. */
export function renderMistakes(ctx: UiContext, d: Debrief, limit = 6): HTMLElement {
  if (!d.mistakes.length) return section('db-mistakes', ctx.t('debrief:mistakes.heading'), h('p', {}, ctx.t('debrief:mistakes.none')));
  return section('db-mistakes', ctx.t('debrief:mistakes.heading'),
    h('ol', { class: 'db-mistake-list', role: 'list' }, ...d.mistakes.slice(0, limit).map((m) => h('li', { class: 'db-mistake' },
      h('p', { class: 'db-mistake__feedback' }, ctx.renderText(m.feedback)),
      m.what ? h('p', { class: 'db-mistake__where' }, h('span', { class: 'db-mistake__from' }, ctx.t(`debrief:mistakes.from.${m.from.kind}`)), ' ',
        m.scene ? h('span', {}, ctx.renderText(m.scene), ' — ') : null, h('span', {}, ctx.renderText(m.what))) : null,
      h('p', { class: 'db-mistake__meta' },
        h('span', { class: 'db-tag' }, ctx.t(`debrief:dimension.${m.dimension}`)), ' ',
        h('span', {}, ctx.t('debrief:mistakes.players', { count: m.players, value: ctx.formatNumber(m.players) }))),
      m.source ? h('p', { class: 'db-mistake__source' }, ctx.t('debrief:mistakes.learnMore'), ' ',
        m.source.url && /^https?:\/\//.test(m.source.url)
          ? h('a', { href: m.source.url, target: '_blank', rel: 'noopener noreferrer' }, h('cite', {}, m.source.title))
          : h('cite', {}, m.source.title)) : null))));
}

/** Money left and days used: lowest, median, highest. */
export function renderNumbers(ctx: UiContext, d: Debrief): HTMLElement {
  const { currency, budget, deadline } = d.scenario;
  const row = (title: string, dist: Distribution | null, format: (n: number) => string) => h('div', { class: 'db-spread' },
    h('h3', {}, title),
    dist ? h('dl', { class: 'db-spread__values' },
      ...(['min', 'median', 'max'] as const).flatMap((k) => [h('dt', {}, ctx.t(`debrief:numbers.${k}`)), h('dd', {}, format(dist[k]))]))
      : h('p', {}, ctx.t('debrief:numbers.none')));
  return section('db-numbers', ctx.t('debrief:numbers.heading'),
    row(ctx.t('debrief:numbers.money', { budget: ctx.formatMoney(budget, currency) }), d.money, (n) => ctx.formatMoney(n, currency)),
    row(ctx.t('debrief:numbers.days', { deadline: ctx.formatDays(deadline) }), d.days, (n) => ctx.formatDays(n)));
}

/** Average readiness per dimension, as bars out of 100 %. */
export function renderReadiness(ctx: UiContext, d: Debrief): HTMLElement {
  const id = uid('db-readiness');
  return section('db-readiness', ctx.t('debrief:readiness.heading'),
    h('p', { id, class: 'db-caption' }, ctx.t('debrief:readiness.label')),
    h('ul', { class: 'db-bars', role: 'list', 'aria-labelledby': id }, ...d.readiness.map((r) =>
      barItem(ctx.t(`debrief:dimension.${r.dimension}`), r.average === null ? ctx.t('debrief:readiness.notAssessed') : formatPercent(ctx, r.average), (r.average ?? 0) / 100))));
}
