/**
 * The opt-in anonymous leaderboard: hidden until the trainer presses "Show
 * leaderboard"; then the finished seats ranked, named S1, S2… only.
 */
import type { LeaderboardRow } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { formatPercent } from './bars';
import { section } from './sections';

/** The leaderboard section with its toggle (off by default). */
export function renderLeaderboard(ctx: UiContext, rows: readonly LeaderboardRow[], currency: string): HTMLElement {
  const panelId = uid('db-leaderboard');
  const panel = h('div', { id: panelId, class: 'db-leaderboard__panel', hidden: true });
  const toggle = h('button', { type: 'button', class: 'button', 'data-action': 'leaderboard', 'aria-pressed': 'false', 'aria-controls': panelId }, ctx.t('debrief:leaderboard.show'));
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    panel.hidden = !on;
    panel.replaceChildren(...(on ? [table(ctx, rows, currency)] : []));
  });
  return section('db-leaderboard', ctx.t('debrief:leaderboard.heading'), h('p', { class: 'db-caption' }, ctx.t('debrief:leaderboard.explain')), h('p', {}, toggle), panel);
}

function table(ctx: UiContext, rows: readonly LeaderboardRow[], currency: string): HTMLElement {
  if (!rows.length) return h('p', {}, ctx.t('debrief:leaderboard.none'));
  const col = (key: string) => h('th', { scope: 'col' }, ctx.t(key));
  return h('table', { class: 'db-fork__table db-leaderboard__table' },
    h('caption', {}, ctx.t('debrief:leaderboard.caption')),
    h('thead', {}, h('tr', {}, col('debrief:leaderboard.rank'), col('debrief:leaderboard.seat'), col('debrief:leaderboard.outcome'), col('debrief:leaderboard.readiness'), col('debrief:leaderboard.money'))),
    h('tbody', {}, ...rows.map((r) => h('tr', { 'data-seat': r.seat },
      h('td', {}, ctx.formatNumber(r.rank)), h('th', { scope: 'row' }, r.seat), h('td', {}, ctx.t(`debrief:kind.${r.kind}`)),
      h('td', {}, r.overall === null ? ctx.t('debrief:readiness.notAssessed') : formatPercent(ctx, r.overall)),
      h('td', {}, ctx.formatMoney(r.money, currency))))));
}
