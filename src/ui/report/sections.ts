/**
 * The parts of the report screen: outcome, money and time, mistakes and
 * strengths, what to learn next, sources. Scenario text goes through
 * ctx.renderText (text nodes only); links only for http(s) URLs.
 */
import type { Report, ScoredItem, SourceRef } from '../../engine';
import type { Scenario } from '../../scenario';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { noWeaknessKey, sourceLink, verdicts } from './model';
import { plainText } from '../plain-text';

/** A titled section with an h2. */
export function section(className: string, title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('rp-h');
  return h('section', { class: `rp-section ${className}`, 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** A decorative icon: a tick for good news, a cross for bad news, in a circle. */
export function verdictIcon(good: boolean): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(ns, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  icon.setAttribute('class', `rp-icon rp-icon--${good ? 'good' : 'bad'}`);
  const circle = document.createElementNS(ns, 'circle');
  circle.setAttribute('cx', '12'); circle.setAttribute('cy', '12'); circle.setAttribute('r', '11');
  const mark = document.createElementNS(ns, 'path');
  mark.setAttribute('d', good ? 'M6.5 12.5l3.5 3.5 7.5-8' : 'M8 8l8 8M16 8l-8 8');
  icon.append(circle, mark);
  return icon;
}

/** A source as a "learn more" link (new tab) or, without an http(s) URL, as text. */
export function renderSource(ctx: UiContext, source: SourceRef | null): HTMLElement | null {
  const link = sourceLink(source);
  if (!link) return null;
  const label = h('span', { class: 'rp-learn__label' }, ctx.t('report:learnMore'), ' ');
  if (!link.href) return h('p', { class: 'rp-learn' }, label, h('cite', {}, link.title));
  return h('p', { class: 'rp-learn' }, label,
    h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer' }, h('cite', {}, link.title),
      h('span', { class: 'rp-sr' }, ` (${ctx.t('report:newTab')})`)));
}

/** Money and days against budget and deadline, with on-time and within-budget verdicts. */
export function renderMoneyAndTime(ctx: UiContext, report: Report): HTMLElement {
  const v = verdicts(report);
  const { money, days } = report;
  const cur = money.currency;
  const fact = (term: string, value: string) => h('div', { class: 'rp-fact' }, h('dt', {}, term), h('dd', {}, value));
  const meter = (share: number, good: boolean) =>
    h('span', { class: `rp-meter rp-meter--${good ? 'good' : 'bad'}`, 'aria-hidden': 'true' }, h('span', { style: `inline-size: ${Math.round(share * 100)}%` }));
  const verdict = (good: boolean, text: string) => h('li', { class: `rp-verdict rp-verdict--${good ? 'good' : 'bad'}` }, verdictIcon(good), h('span', {}, text));
  return section('rp-budget', ctx.t('report:budget.heading'),
    h('ul', { class: 'rp-verdicts', role: 'list' },
      verdict(v.onTime, v.onTime
        ? ctx.t('report:budget.onTime', { left: ctx.formatDays(v.daysLeft) })
        : ctx.t('report:budget.late', { late: ctx.formatDays(v.daysLate) })),
      verdict(v.withinBudget, v.withinBudget
        ? ctx.t('report:budget.withinBudget', { left: ctx.formatMoney(money.end, cur) })
        : ctx.t('report:budget.overBudget', { over: ctx.formatMoney(v.overspent, cur) }))),
    h('dl', { class: 'rp-facts' },
      money.spent >= 0
        ? fact(ctx.t('report:budget.spent'), ctx.t('report:budget.ofBudget', { spent: ctx.formatMoney(money.spent, cur), budget: ctx.formatMoney(money.start, cur) }))
        : fact(ctx.t('report:budget.gained'), ctx.t('report:budget.gainedOver', { gained: ctx.formatMoney(-money.spent, cur), budget: ctx.formatMoney(money.start, cur) })),
      fact(ctx.t('report:budget.left'), ctx.formatMoney(money.end, cur)),
      fact(ctx.t('report:budget.days'), ctx.t('report:budget.ofDeadline', { used: ctx.formatDays(days.used), deadline: ctx.formatDays(days.deadline) })),
      fact(ctx.t('report:budget.decisions'), ctx.formatNumber(report.decisions))),
    h('div', { class: 'rp-meters' },
      h('span', { class: 'rp-meters__label', 'aria-hidden': 'true' }, ctx.t('report:budget.spent')), meter(v.moneyShare, v.withinBudget),
      h('span', { class: 'rp-meters__label', 'aria-hidden': 'true' }, ctx.t('report:budget.days')), meter(v.timeShare, v.onTime)));
}

/**
 * Mistakes, strengths or notes (0 points): each with its dimension, what was judged and when,
 * its feedback and a source. `intro` opens the section (challenge mode: the verdicts come here).
 */
export function renderItems(ctx: UiContext, items: readonly ScoredItem[], kind: 'mistake' | 'strength' | 'note', intro?: string): HTMLElement {
  const heading = ctx.t(`report:${kind}s.heading`, { count: items.length });
  const lead = intro ? h('p', { class: 'rp-explain' }, intro) : null;
  if (!items.length) return section(`rp-${kind}s`, heading, lead, h('p', {}, ctx.t(`report:${kind}s.none`)));
  return section(`rp-${kind}s`, heading, lead,
    h('ol', { class: 'rp-items', role: 'list' }, ...items.map((item) => h('li', { class: `rp-item rp-item--${kind}` },
      h('p', { class: 'rp-item__meta' },
        h('span', { class: 'rp-tag' }, ctx.t(`report:dimension.${item.dimension}`)), ' ',
        h('span', {}, ctx.t(`report:from.${item.from.kind}`, { day: ctx.formatNumber(item.from.day) })), ' ',
        h('span', { class: 'rp-points' }, ctx.t(`report:${kind}s.points`, { count: Math.abs(item.points) }))),
      item.label ? h('p', { class: 'rp-item__what' }, ctx.renderText(item.label)) : null,
      h('p', { class: 'rp-item__feedback' }, ctx.renderText(item.feedback)),
      renderSource(ctx, item.source)))));
}

/** What to learn next: the scenario's advice per weak dimension, or the game's general advice. */
export function renderLearnNext(ctx: UiContext, report: Report): HTMLElement {
  if (!report.learnNext.length) return section('rp-next', ctx.t('report:next.heading'), h('p', {}, ctx.t(noWeaknessKey(report))));
  return section('rp-next', ctx.t('report:next.heading'),
    h('ul', { class: 'rp-items', role: 'list' }, ...report.learnNext.map((item) => h('li', { class: 'rp-item' },
      h('h3', {}, ctx.t(`report:dimension.${item.dimension}`)),
      h('p', {}, item.text ? ctx.renderText(item.text) : ctx.t(`report:next.generic.${item.dimension}`)),
      renderSource(ctx, item.source)))));
}

/** The scenario's sources (useful on paper). */
export function renderSources(ctx: UiContext, report: Report): HTMLElement | null {
  if (!report.sources.length) return null;
  return section('rp-sources', ctx.t('report:sources.heading'),
    h('ul', {}, ...report.sources.map((s) => {
      const link = sourceLink(s);
      return h('li', {}, link?.href
        ? h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer' }, s.title, h('span', { class: 'rp-sr' }, ` (${ctx.t('report:newTab')})`))
        : s.title);
    })));
}

/** The line under the title: scenario, product, route. */
export function renderScenarioLine(ctx: UiContext, scenario: Scenario): HTMLElement {
  return h('p', { class: 'rp-scenario' }, ctx.t('report:scenarioLine', {
    title: plainText(ctx, { key: 'title', text: scenario.title }),
    product: plainText(ctx, { key: 'product.name', text: scenario.product.name }),
    origin: plainText(ctx, { key: 'origin.name', text: scenario.origin.name }),
    destination: plainText(ctx, { key: 'destination.name', text: scenario.destination.name }),
  }));
}
