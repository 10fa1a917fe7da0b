/**
 * Bars for the projector: a list whose items each say their label and value
 * in text ("2 of 4 (50 %)"); the bar itself is decoration (aria-hidden).
 */
import type { UiContext } from '../context';
import { h } from '../dom';

/** A whole percent in the UI language ("50 %" in French). */
export function formatPercent(ctx: UiContext, percent: number): string {
  try {
    return new Intl.NumberFormat(ctx.lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
  } catch {
    return `${Math.round(percent)}%`;
  }
}

/** One bar: its label (text or rendered scenario text), a count out of a total. */
export interface Bar {
  readonly label: Node | string;
  readonly count: number;
  readonly total: number;
  /** Extra class for the bar (e.g. the kind of an ending), for colour. */
  readonly tone?: string;
}

/** "2 of 4 (50 %)". */
export function barValue(ctx: UiContext, count: number, total: number): string {
  const percent = total > 0 ? (count / total) * 100 : 0;
  return ctx.t('debrief:bar.value', { value: ctx.formatNumber(count), total: ctx.formatNumber(total), percent: formatPercent(ctx, percent) });
}

/** A list of bars labelled by an element id; each item is one bar with its text value. */
export function barList(ctx: UiContext, labelledBy: string, bars: readonly Bar[]): HTMLUListElement {
  return h('ul', { class: 'db-bars', role: 'list', 'aria-labelledby': labelledBy },
    ...bars.map((b) => barItem(b.label, barValue(ctx, b.count, b.total), b.total > 0 ? b.count / b.total : 0, b.tone)));
}

/** One bar item: label, value text, and a decorative bar `share` (0–1) long. */
export function barItem(label: Node | string, value: string, share: number, tone?: string): HTMLLIElement {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10;
  return h('li', { class: `db-bar${tone ? ` db-bar--${tone}` : ''}` },
    h('span', { class: 'db-bar__label' }, label),
    h('span', { class: 'db-bar__value' }, value),
    h('span', { class: 'db-bar__track', 'aria-hidden': 'true' }, h('span', { class: 'db-bar__fill', style: `inline-size: ${width}%` })));
}
