/** The trainer's live table of seats: stage, money, day, time on the decision, status (finished with outcome, held, stuck), and Remove. */
import type { DashboardRow } from '../../workshop/protocol';
import { seatLines, type SeatLine } from '../../workshop/client/trainer-model';
import type { UiContext } from '../context';
import { h } from '../dom';

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
  const th = (key: string) => h('th', { scope: 'col' }, ctx.t(`workshop:dashboard.${key}`));
  const table = h('table', { class: 'ws-table' },
    h('caption', {}, ctx.t('workshop:dashboard.caption')),
    h('thead', {}, h('tr', {}, th('nickname'), input.teams ? th('team') : null, th('stage'), th('money'), th('day'), th('decisions'), th('time'), th('status'), th('actions'))),
    h('tbody', {}, ...seatLines(rows).map((l) => h('tr', { 'data-seat': l.seat, 'data-status': l.status, ...(l.bot ? { 'data-bot': l.bot } : {}), class: `ws-row ws-row--${l.status}` },
      h('th', { scope: 'row' }, l.nickname, l.bot ? h('span', { class: 'ws-bot' }, ` (${ctx.t('workshop:dashboard.bot')})`)
        : l.connected ? null : h('span', { class: 'ws-offline' }, ` (${ctx.t('workshop:dashboard.offline')})`)),
      input.teams ? h('td', {}, l.team === null ? '—' : ctx.formatNumber(l.team + 1)) : null,
      h('td', {}, l.stage ? ctx.t(`workshop:stage.${l.stage}`, { defaultValue: l.stage }) : '—'),
      h('td', { class: 'ws-num' }, ctx.formatMoney(l.money, input.currency)),
      h('td', { class: 'ws-num' }, ctx.formatNumber(l.day)),
      h('td', { class: 'ws-num' }, ctx.formatNumber(l.step)),
      h('td', { class: 'ws-num' }, l.status === 'finished' ? '—' : ctx.t('workshop:dashboard.seconds', { value: ctx.formatNumber(l.seconds) })),
      h('td', { 'data-cell': 'status' }, statusText(ctx, l)),
      h('td', { class: 'ws-actions' },
        l.bot ? null : h('button', { type: 'button', class: 'button small', 'data-action': 'reseat', 'data-seat': l.seat, onclick: () => input.onReseat(l.seat, l.nickname) },
          ctx.t('workshop:dashboard.reseat', { nickname: l.nickname })),
        h('button', { type: 'button', class: 'button small', 'data-action': 'remove', 'data-seat': l.seat, onclick: () => input.onRemove(l.seat, l.nickname) },
          ctx.t('workshop:dashboard.remove', { nickname: l.nickname })))))));
  container.replaceChildren(table);
  if (focused) container.querySelector<HTMLElement>(focused)?.focus();
}
