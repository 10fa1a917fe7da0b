/**
 * The report's account of the game: what cost a failed game, judgement or
 * luck, and the ledger (a compact table of every step's days and money, with
 * the running day and money against the deadline and the budget).
 */
import type { LedgerRow, LuckVerdict, Report } from '../../engine';
import type { UiContext } from '../context';
import { h } from '../dom';
import { formatPercent } from './chart';
import { ledgerLines, luckKey } from './model';
import { section } from './sections';

/** "+3 days", "−$600", "+$5,000"; "—" for nothing. */
function signedDays(ctx: UiContext, days: number): string {
  return days === 0 ? '—' : ctx.t(days > 0 ? 'report:ledger.plus' : 'report:ledger.minus', { value: ctx.formatDays(Math.abs(days)) });
}
function signedMoney(ctx: UiContext, money: number, currency: string): string {
  return money === 0 ? '—' : ctx.t(money > 0 ? 'report:ledger.plus' : 'report:ledger.minus', { value: ctx.formatMoney(Math.abs(money), currency) });
}

/** What a step was: its label (scenario text, tokens rendered) or, for a rule, the rule's name. */
function stepLabel(ctx: UiContext, row: LedgerRow): Node {
  if (row.kind === 'rule' || !row.label) return document.createTextNode(ctx.t(`report:ledger.rule.${row.kind === 'rule' ? row.id : 'unknown'}`));
  return ctx.renderText(row.label);
}

/** For a failed game: the steps that took the most days or money, and the step that ended it. */
export function renderSetback(ctx: UiContext, report: Report): HTMLElement | null {
  const sb = report.setback;
  if (!sb) return null;
  const cur = report.money.currency;
  const list = (intro: string, rows: readonly LedgerRow[], amount: (r: LedgerRow) => string) => rows.length
    ? [h('p', {}, intro), h('ul', { class: 'rp-setback__list' }, ...rows.map((r) => h('li', {}, stepLabel(ctx, r), ' ', h('span', { class: 'rp-setback__amount' }, `(${amount(r)})`))))]
    : [];
  const kind = report.ending?.kind;
  const decisive = sb.decisive && kind !== 'late' && kind !== 'over-budget'
    ? h('p', {}, h('strong', {}, ctx.t('report:setback.decisive')), ' ', stepLabel(ctx, sb.decisive))
    : null;
  const parts = [
    ...list(ctx.t('report:setback.days', { deadline: ctx.formatNumber(report.days.deadline) }), sb.days, (r) => signedDays(ctx, r.days)),
    ...list(ctx.t('report:setback.money', { budget: ctx.formatMoney(report.money.start, cur) }), sb.money, (r) => signedMoney(ctx, r.money, cur)),
    decisive,
  ].filter((x) => x !== null);
  if (!parts.length) return null;
  return section('rp-setback', ctx.t('report:setback.heading'), ...parts);
}

/** The judgement-or-luck section: a placeholder until the figures arrive (see fillLuck). */
export function renderLuck(ctx: UiContext): { section: HTMLElement; fill(v: LuckVerdict | null): void } {
  const text = h('p', { class: 'rp-luck__text' }, ctx.t('report:luck.pending'));
  const how = h('p', { class: 'rp-explain' });
  const el = section('rp-luck', ctx.t('report:luck.heading'), text, how);
  return {
    section: el,
    fill(v) {
      if (!v) { el.remove(); return; }
      text.textContent = ctx.t(luckKey(v), { rate: formatPercent(ctx, Math.round(v.rate * 100)) });
      how.textContent = ctx.t('report:luck.how', { plays: ctx.formatNumber(v.plays) });
      el.dataset.luck = v.kind;
    },
  };
}

/** The ledger: one table row per step (what, days, money), the running day and money under each figure. */
export function renderLedger(ctx: UiContext, report: Report): HTMLElement {
  const { ledger } = report;
  const cur = ledger.currency;
  const lines = ledgerLines(report);
  const intro = h('p', { class: 'rp-explain' }, ctx.t('report:ledger.explain', {
    budget: ctx.formatMoney(ledger.budget, cur), deadline: ctx.formatNumber(ledger.deadline),
  }));
  if (!lines.length) return section('rp-ledger', ctx.t('report:ledger.heading'), h('p', {}, ctx.t('report:ledger.empty')));
  const body = h('tbody', {}, ...lines.map(({ row, crossesDeadline, crossesBudget, quiet }) => {
    const marks = [
      crossesDeadline ? h('span', { class: 'rp-ledger__mark' }, ctx.t('report:ledger.pastDeadline')) : null,
      crossesBudget ? h('span', { class: 'rp-ledger__mark' }, ctx.t('report:ledger.overBudget')) : null,
    ];
    const step = h('th', { scope: 'row' },
      h('span', { class: 'rp-ledger__kind' }, row.kind === 'choice' && row.scene ? ctx.renderText(row.scene) : ctx.t(`report:ledger.kind.${row.kind}`)),
      h('span', { class: 'rp-ledger__what' }, stepLabel(ctx, row)),
      ...marks);
    return h('tr', { class: `rp-ledger__row rp-ledger__row--${row.kind}${quiet ? ' rp-ledger__row--quiet' : ''}${row.pastDeadline || row.overBudget ? ' rp-ledger__row--bad' : ''}` },
      step,
      h('td', { class: 'rp-ledger__num' },
        h('span', { class: 'rp-ledger__delta' }, signedDays(ctx, row.days)),
        h('span', { class: `rp-ledger__after${row.pastDeadline ? ' rp-ledger__after--bad' : ''}` }, ctx.t('report:ledger.day', { day: ctx.formatNumber(row.dayAfter) }))),
      h('td', { class: 'rp-ledger__num' },
        h('span', { class: 'rp-ledger__delta' }, signedMoney(ctx, row.money, cur)),
        h('span', { class: `rp-ledger__after${row.overBudget ? ' rp-ledger__after--bad' : ''}` }, ctx.formatMoney(row.moneyAfter, cur))));
  }));
  const table = h('table', { class: 'rp-table rp-ledger__table' },
    h('caption', { class: 'rp-sr' }, ctx.t('report:ledger.caption')),
    h('colgroup', {}, h('col', { class: 'rp-ledger__col-step' }), h('col', { class: 'rp-ledger__col-num' }), h('col', { class: 'rp-ledger__col-num' })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, ctx.t('report:ledger.colStep')),
      h('th', { scope: 'col', class: 'rp-ledger__num' }, ctx.t('report:ledger.colDays')),
      h('th', { scope: 'col', class: 'rp-ledger__num' }, ctx.t('report:ledger.colMoney')))),
    body,
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row' }, ctx.t('report:ledger.total')),
      h('td', { class: 'rp-ledger__num' }, ctx.t('report:ledger.ofDeadline', { day: ctx.formatNumber(report.days.used), deadline: ctx.formatNumber(report.days.deadline) })),
      h('td', { class: 'rp-ledger__num' }, ctx.formatMoney(report.money.end, cur)))));
  return section('rp-ledger', ctx.t('report:ledger.heading'), intro, h('div', { class: 'rp-ledger__scroll' }, table));
}
