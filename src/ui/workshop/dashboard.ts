/**
 * The trainer's live table of seats: stage, money, day, readiness so far (a bar coloured by band) and
 * mistakes, time on the decision, status (finished with outcome, held, stuck; the row is tinted by it
 * and the status says it in words), and New device / Remove.
 */
import type { DashboardRow } from '../../workshop/protocol';
import { seatLines, type SeatLine } from '../../workshop/client/trainer-model';
import type { UiContext } from '../context';
import { h } from '../dom';
import { bandOf } from '../report/model';

export interface DashboardInput {
  ctx: UiContext;
  currency: string;
  teams: boolean;
  onRemove(seat: string, nickname: string): void;
  onReseat(seat: string, nickname: string): void;
}

function statusText(ctx: UiContext, l: SeatLine): string {
  if (l.status === 'finished') return ctx.t('workshop:dashboard.finished', { outcome: ctx.t(`debrief:kind.${l.outcome ?? 'other'}`) });
  return ctx.t(`workshop:dashboard.${l.status}`);
}

/** The seats table (or a line saying nobody joined yet). Focus on a Remove button survives a refresh. */
export function renderDashboard(container: HTMLElement, rows: readonly DashboardRow[], input: DashboardInput): void {
  const { ctx } = input;
  const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
  const focused = active?.dataset.seat ? `button[data-seat="${CSS.escape(active.dataset.seat)}"][data-action="${CSS.escape(active.dataset.action ?? '')}"]` : null;
  if (rows.length === 0) {
    container.replaceChildren(h('p', { class: 'ws-empty' }, ctx.t('workshop:dashboard.empty')));
    return;
  }
  const byId = new Map(rows.map((r) => [r.seat, r]));
  const th = (key: string) => h('th', { scope: 'col' }, ctx.t(`workshop:dashboard.${key}`));
  const table = h('table', { class: 'ws-table' },
    h('caption', {}, ctx.t('workshop:dashboard.caption')),
    h('thead', {}, h('tr', {}, th('nickname'), input.teams ? th('team') : null, th('stage'), th('money'), th('day'), th('readiness'), th('mistakes'), th('decisions'), th('time'), th('status'), th('actions'))),
    h('tbody', {}, ...seatLines(rows).map((l) => h('tr', {
      'data-seat': l.seat, 'data-status': l.status, ...(l.bot ? { 'data-bot': l.bot } : {}),
      class: `ws-row ws-row--${l.status}${l.status === 'finished' ? ` ws-row--${l.outcome === 'success' ? 'won' : 'lost'}` : ''}${l.connected || l.bot ? '' : ' ws-row--offline'}`,
    },
      h('th', { scope: 'row' }, l.nickname, l.bot ? h('span', { class: 'ws-bot' }, ` (${ctx.t('workshop:dashboard.bot')})`)
        : l.connected ? null : h('span', { class: 'ws-offline' }, ` (${ctx.t('workshop:dashboard.offline')})`)),
      input.teams ? h('td', {}, l.team === null ? '—' : ctx.formatNumber(l.team + 1)) : null,
      h('td', {}, l.stage ? ctx.t(`workshop:stage.${l.stage}`, { defaultValue: l.stage }) : '—'),
      h('td', { class: 'ws-num' }, ctx.formatMoney(l.money, input.currency)),
      h('td', { class: 'ws-num' }, ctx.formatNumber(l.day)),
      readinessCell(ctx, byId.get(l.seat)?.readiness),
      h('td', { class: 'ws-num', 'data-cell': 'mistakes' }, (() => {
        const m = byId.get(l.seat)?.mistakes;
        return m === undefined ? '—' : h('span', { class: m > 0 ? 'ws-mistakes ws-mistakes--some' : 'ws-mistakes' }, ctx.formatNumber(m));
      })()),
      h('td', { class: 'ws-num' }, ctx.formatNumber(l.step)),
      h('td', { class: 'ws-num' }, l.status === 'finished' ? '—' : ctx.t('workshop:dashboard.seconds', { value: ctx.formatNumber(l.seconds) })),
      h('td', { 'data-cell': 'status' }, h('span', { class: `ws-status-chip ws-status-chip--${l.status === 'finished' ? (l.outcome === 'success' ? 'won' : 'lost') : l.status}` }, statusText(ctx, l))),
      h('td', { class: 'ws-actions' },
        l.bot ? null : h('button', { type: 'button', class: 'button small', 'data-action': 'reseat', 'data-seat': l.seat, onclick: () => input.onReseat(l.seat, l.nickname) },
          ctx.t('workshop:dashboard.reseat', { nickname: l.nickname })),
        h('button', { type: 'button', class: 'button small', 'data-action': 'remove', 'data-seat': l.seat, onclick: () => input.onRemove(l.seat, l.nickname) },
          ctx.t('workshop:dashboard.remove', { nickname: l.nickname })))))));
  container.replaceChildren(table);
  if (focused) container.querySelector<HTMLElement>(focused)?.focus();
}

/** Readiness so far: the figure, and a bar coloured by band (strong, fair, weak); a dash before any decision scored. */
function readinessCell(ctx: UiContext, readiness: number | null | undefined): HTMLElement {
  if (readiness === undefined || readiness === null) {
    return h('td', { class: 'ws-num', 'data-cell': 'readiness' }, readiness === null ? ctx.t('workshop:dashboard.notYet') : '—');
  }
  return h('td', { class: 'ws-num', 'data-cell': 'readiness', 'data-band': bandOf(readiness) },
    h('span', { class: 'ws-readiness' },
      h('span', { class: 'ws-readiness__bar', 'aria-hidden': 'true' }, h('span', { class: `ws-readiness__fill ws-band--${bandOf(readiness)}`, style: `inline-size:${readiness}%` })),
      ctx.t('workshop:dashboard.readinessValue', { value: ctx.formatNumber(readiness) })));
}
