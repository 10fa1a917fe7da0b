/**
 * The readiness chart: an inline SVG radar of the six dimensions (numbered
 * axes, a <title> and a <desc> that state every value) beside a table of the
 * same numbers, which names the dimensions and is what screen readers use.
 */
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { radarGeometry, type DimensionRow } from './model';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** "64 %" / "64%" per the language. */
export function formatPercent(ctx: UiContext, percent: number): string {
  try {
    return new Intl.NumberFormat(ctx.lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
  } catch {
    return `${percent}%`;
  }
}

/** A dimension's score as text: "64 %" or "not assessed". */
export function scoreText(ctx: UiContext, row: DimensionRow): string {
  return row.percent === null ? ctx.t('report:chart.notAssessed') : formatPercent(ctx, row.percent);
}

/** The radar as an SVG image with a text alternative. */
export function renderRadar(ctx: UiContext, rows: readonly DimensionRow[]): SVGSVGElement {
  const g = radarGeometry(rows, 240, ctx.dir !== 'rtl');
  const titleId = uid('rp-chart-title');
  const descId = uid('rp-chart-desc');
  const summary = rows.map((r) => `${r.number}. ${ctx.t(`report:dimension.${r.dimension}`)}: ${scoreText(ctx, r)}`).join('; ');
  return svg('svg', { viewBox: `0 0 ${g.size} ${g.size}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'rp-radar', focusable: 'false' },
    svg('title', { id: titleId }, ctx.t('report:chart.title')),
    svg('desc', { id: descId }, summary),
    ...g.rings.map((pts, i) => svg('polygon', { points: pts, class: i === g.rings.length - 1 ? 'rp-radar__ring rp-radar__ring--outer' : 'rp-radar__ring' })),
    ...g.axes.map((a) => svg('line', {
      x1: g.center.x, y1: g.center.y, x2: a.end.x, y2: a.end.y, class: `rp-radar__axis${a.row.percent === null ? ' rp-radar__axis--none' : ''}`,
    })),
    svg('polygon', { points: g.shape, class: 'rp-radar__shape' }),
    ...g.axes.filter((a) => a.row.percent !== null).map((a) => svg('circle', { cx: a.dot.x, cy: a.dot.y, r: 4, class: `rp-radar__dot rp-band--${a.row.band}` })),
    ...g.axes.map((a) => svg('g', { class: 'rp-radar__label' },
      svg('circle', { cx: a.label.x, cy: a.label.y, r: 11 }),
      svg('text', { x: a.label.x, y: a.label.y, 'text-anchor': 'middle', 'dominant-baseline': 'central' }, String(a.row.number)))),
  );
}

/** The same numbers as a table: dimension (with its axis number), then score, band, a bar and the points. */
export function renderScoreTable(ctx: UiContext, rows: readonly DimensionRow[]): HTMLTableElement {
  return h('table', { class: 'rp-table' },
    h('caption', {}, ctx.t('report:chart.tableCaption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, ctx.t('report:chart.colDimension')),
      h('th', { scope: 'col' }, ctx.t('report:chart.colScore')))),
    h('tbody', {}, ...rows.map((r) => h('tr', { class: `rp-band--${r.band}` },
      h('th', { scope: 'row' }, h('span', { class: 'rp-num', 'aria-hidden': 'true' }, String(r.number)), ctx.t(`report:dimension.${r.dimension}`)),
      h('td', {},
        h('span', { class: 'rp-score' }, scoreText(ctx, r), r.percent === null ? null : h('span', { class: 'rp-score__band' }, ctx.t(`report:band.${r.band}`))),
        h('span', { class: 'rp-bar', 'aria-hidden': 'true' }, h('span', { class: 'rp-bar__fill', style: `inline-size: ${r.percent ?? 0}%` })),
        r.possible > 0
          ? h('span', { class: 'rp-points' }, ctx.t('report:chart.points', { earned: ctx.formatNumber(r.earned), possible: ctx.formatNumber(r.possible) }))
          : null)))));
}
