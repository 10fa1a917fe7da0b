/**
 * The live room picture on the trainer's console and projector: how many players stand at each stage
 * of the scenario (stages in story order, a bar and a big number each), and the outcomes so far.
 * Text for screen readers, bars for the eyes; the model is pure.
 */
import type { Scenario } from '../../scenario';
import type { DashboardRow } from '../../workshop/protocol';
import type { UiContext } from '../context';
import { h } from '../dom';

export interface RoomPicture {
  readonly joined: number;
  /** Players still playing, at each stage in story order (stages nobody is at are kept, with 0). */
  readonly stages: readonly { readonly stage: string; readonly count: number }[];
  /** Players still playing whose scene has no stage. */
  readonly elsewhere: number;
  /** Finished players by ending kind, success first, then by count. */
  readonly outcomes: readonly { readonly kind: string; readonly count: number }[];
}

/** The scenario's stages in the order its scenes first use them. */
export function stageOrder(scenario: Scenario): string[] {
  const seen: string[] = [];
  for (const node of Object.values(scenario.nodes)) {
    const stage = 'stage' in node ? node.stage : undefined;
    if (typeof stage === 'string' && !seen.includes(stage)) seen.push(stage);
  }
  return seen;
}

/** Counts the room from the dashboard rows. */
export function roomPicture(rows: readonly DashboardRow[], stages: readonly string[]): RoomPicture {
  const playing = rows.filter((r) => !r.finished);
  const at = new Map<string, number>(stages.map((s) => [s, 0]));
  let elsewhere = 0;
  for (const r of playing) {
    if (r.stage !== null && at.has(r.stage)) at.set(r.stage, (at.get(r.stage) ?? 0) + 1);
    else if (r.stage !== null) at.set(r.stage, 1);
    else elsewhere++;
  }
  const ends = new Map<string, number>();
  for (const r of rows) if (r.finished) ends.set(r.outcome ?? 'other', (ends.get(r.outcome ?? 'other') ?? 0) + 1);
  const outcomes = [...ends].map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => Number(b.kind === 'success') - Number(a.kind === 'success') || b.count - a.count || a.kind.localeCompare(b.kind));
  return { joined: rows.length, stages: [...at].map(([stage, count]) => ({ stage, count })), elsewhere, outcomes };
}

/** Renders the picture into `container` (replacing its content). */
export function renderRoom(container: HTMLElement, picture: RoomPicture, ctx: UiContext): void {
  const most = Math.max(1, ...picture.stages.map((s) => s.count), ...picture.outcomes.map((o) => o.count));
  const bar = (count: number, kind: string) => h('span', { class: `ws-room__bar ws-room__bar--${kind}`, 'aria-hidden': 'true' },
    h('span', { class: 'ws-room__fill', style: `inline-size:${Math.round((count / most) * 100)}%` }));
  const item = (label: string, count: number, kind: string, data: Record<string, string>) => h('li', { class: `ws-room__item ws-room__item--${kind}${count === 0 ? ' ws-room__item--empty' : ''}`, ...data },
    h('span', { class: 'ws-room__count', 'aria-hidden': 'true' }, ctx.formatNumber(count)),
    h('span', { class: 'ws-room__name' }, label),
    h('span', { class: 'visually-hidden' }, ctx.t('workshop:room.players', { count, value: ctx.formatNumber(count) })),
    bar(count, kind));
  const stages = picture.stages.map((s) => item(ctx.t(`workshop:stage.${s.stage}`, { defaultValue: s.stage }), s.count, 'stage', { 'data-stage': s.stage, 'data-count': String(s.count) }));
  if (picture.elsewhere) stages.push(item(ctx.t('workshop:room.starting'), picture.elsewhere, 'stage', { 'data-stage': '', 'data-count': String(picture.elsewhere) }));
  const outcomes = picture.outcomes.map((o) => item(ctx.t(`debrief:kind.${o.kind}`, { defaultValue: o.kind }), o.count, o.kind === 'success' ? 'success' : 'failure', { 'data-outcome': o.kind, 'data-count': String(o.count) }));
  container.replaceChildren(
    h('h2', { class: 'ws-room__heading' }, ctx.t('workshop:room.heading')),
    h('div', { class: 'ws-room__parts' },
      h('div', { class: 'ws-room__part' },
        h('h3', {}, ctx.t('workshop:room.stages')),
        h('ol', { class: 'ws-room__list ws-room__stages' }, ...stages)),
      h('div', { class: 'ws-room__part' },
        h('h3', {}, ctx.t('workshop:room.outcomes')),
        outcomes.length
          ? h('ul', { class: 'ws-room__list ws-room__outcomes' }, ...outcomes)
          : h('p', { class: 'ws-room__none' }, ctx.t('workshop:room.noneYet')))));
}
