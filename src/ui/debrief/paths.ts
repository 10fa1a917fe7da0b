/**
 * The path map: a layered drawing for the projector (decorative), and the same
 * facts as steps from the start in a disclosure: each stop the room passed (with
 * how many players) and where they went next (with how many), as nested lists.
 */
import type { Debrief, PathNode } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { barItem } from './bars';
import { pathMapSvg } from './path-svg';
import { section } from './sections';

function label(ctx: UiContext, n: PathNode | undefined): Node | string {
  if (!n || !n.label) return ctx.t('debrief:paths.chance');
  return ctx.renderText(n.label);
}

/** The path map section. */
export function renderPaths(ctx: UiContext, d: Debrief): HTMLElement {
  const byId = new Map(d.paths.nodes.map((n) => [n.id, n]));
  const layers = [...new Set(d.paths.nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const players = (n: number) => ctx.t('debrief:paths.players', { count: n, value: ctx.formatNumber(n) });
  return section('db-paths', ctx.t('debrief:paths.heading'),
    h('p', { class: 'db-caption' }, ctx.t('debrief:paths.explain')),
    h('figure', { class: 'db-map-figure' }, pathMapSvg(ctx, d)),
    h('details', { class: 'db-paths-list' }, h('summary', {}, ctx.t('debrief:paths.asList')), h('ol', { class: 'db-steps', role: 'list' }, ...layers.map((layer) => h('li', { class: 'db-step' },
      h('h3', {}, ctx.t('debrief:paths.step', { value: ctx.formatNumber(layer + 1) })),
      h('ul', { class: 'db-stops', role: 'list' }, ...d.paths.nodes.filter((n) => n.layer === layer).map((n) => {
        const out = d.paths.edges.filter((e) => e.from === n.id);
        const nextId = uid('db-next');
        return h('li', { class: `db-stop db-stop--${n.type}`, 'data-node': n.id },
          h('p', { class: 'db-stop__name' }, h('strong', {}, label(ctx, n)), ' ', h('span', { class: 'db-stop__count' }, players(n.players))),
          out.length ? h('p', { class: 'db-caption', id: nextId }, ctx.t('debrief:paths.next')) : null,
          out.length ? h('ul', { class: 'db-bars db-bars--small', role: 'list', 'aria-labelledby': nextId }, ...out.map((e) =>
            barItem(label(ctx, byId.get(e.to)), players(e.players), n.players ? e.players / n.players : 0))) : null);
      })))))));
}
