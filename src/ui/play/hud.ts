/**
 * The HUD, always visible while playing: money in the scenario's currency,
 * "day X of Y" against the deadline with the earliest day any route can still
 * arrive, the six readiness meters (coach mode; on phones folded into one
 * summary button that opens them; in challenge mode a note that readiness is
 * assessed in the report), and warnings when money or time run
 * low or the known remaining steps no longer fit before the deadline.
 * Everything is text; the bars are decoration.
 */
import type { DimensionScore, FeedbackMode, HudView } from '../../engine';
import { DIMENSIONS, type Dimension } from '../../scenario';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { hudForecast } from './choice-text';

/** The visual cues that stand beside each sound. */
export type HudCue = 'money' | 'day' | 'warning';

export interface Hud {
  readonly element: HTMLElement;
  update(hud: HudView, dimensions: Readonly<Record<Dimension, DimensionScore>>): void;
  /** Flashes a part of the HUD (the visual cue of a sound). */
  cue(kind: HudCue): void;
}

/**
 * Creates the HUD; onMenu opens the game menu; the mute toggle (aria-pressed) reports changes to sound.onChange.
 * mode 'challenge' shows no live readiness meters (the verdicts wait for the report).
 */
export function createHud(ctx: UiContext, onMenu: (opener: HTMLElement) => void, sound: { muted: boolean; onChange(muted: boolean): void }, mode: FeedbackMode = 'coach'): Hud {
  const money = h('span', { class: 'hud-value', 'data-hud': 'money' });
  const moneyBox = h('p', { class: 'hud-item hud-money' }, h('span', { class: 'hud-label' }, ctx.t('ui:hud.money')), money);
  const day = h('span', { class: 'hud-value', 'data-hud': 'day' });
  const dayBar = h('span', { class: 'hud-time-fill' });
  const dayBox = h('p', { class: 'hud-item hud-day' }, h('span', { class: 'hud-label' }, ctx.t('ui:hud.time')), day,
    h('span', { class: 'hud-time-bar', 'aria-hidden': 'true' }, dayBar));
  const arrival = h('span', { class: 'hud-value', 'data-hud': 'arrival' });
  const arrivalBox = h('p', { class: 'hud-item hud-arrival' },
    h('span', { class: 'hud-label' }, h('span', { class: 'hud-long' }, ctx.t('ui:hud.arrival')), h('span', { class: 'hud-short', 'aria-hidden': 'true' }, ctx.t('ui:hud.arrivalShort'))),
    arrival);
  const warnings = h('ul', { class: 'hud-warnings', 'aria-label': ctx.t('ui:hud.warnings') });
  const metersId = uid('meters');
  const meters = mode === 'challenge'
    ? h('p', { class: 'hud-note', 'data-hud': 'readiness-note' }, ctx.t('ui:hud.readinessLater'))
    : h('ul', { class: 'hud-meters', id: metersId, 'aria-label': ctx.t('ui:hud.readiness') });
  // Phones: the six meters fold into one summary button that opens them (wider screens show them all the time).
  const summaryValue = h('span', { class: 'hud-summary-value' });
  const summaryBar = h('span', { class: 'hud-summary-fill' });
  const summary: HTMLButtonElement | null = mode === 'challenge' ? null : h('button', {
    type: 'button', class: 'hud-summary', 'data-action': 'readiness', 'aria-expanded': 'false', 'aria-controls': metersId,
    onclick: () => {
      const open = summary?.getAttribute('aria-expanded') !== 'true';
      summary?.setAttribute('aria-expanded', String(open));
      meters.classList.toggle('open', open);
    },
  },
  h('span', { class: 'hud-summary-label' }, ctx.t('ui:hud.readinessShort')),
  h('span', { class: 'hud-summary-bar', 'aria-hidden': 'true' }, summaryBar),
  summaryValue,
  h('span', { class: 'hud-summary-chevron', 'aria-hidden': 'true' }));
  const mute: HTMLButtonElement = h('button', {
    type: 'button', class: 'button hud-mute', 'data-action': 'mute', 'aria-pressed': String(sound.muted),
    onclick: () => {
      const muted = mute.getAttribute('aria-pressed') !== 'true';
      mute.setAttribute('aria-pressed', String(muted));
      sound.onChange(muted);
    },
  }, h('span', { class: 'hud-button-text' }, ctx.t('ui:hud.mute')));
  const menu: HTMLButtonElement = h('button', { type: 'button', class: 'button hud-menu', 'data-action': 'menu', 'aria-haspopup': 'dialog', onclick: () => onMenu(menu) }, ctx.t('ui:hud.menu'));
  const element = h('header', { class: 'hud', 'aria-label': ctx.t('ui:hud.label') },
    h('div', { class: 'hud-row' }, moneyBox, dayBox, arrivalBox, summary, h('span', { class: 'hud-buttons' }, mute, menu)),
    warnings,
    meters);

  return {
    element,
    update(hud, dimensions) {
      money.textContent = ctx.formatMoney(hud.money, hud.currency);
      moneyBox.classList.toggle('low', hud.lowMoney || hud.money < 0);
      day.textContent = ctx.t('ui:hud.day', { day: ctx.formatNumber(hud.day), deadline: ctx.formatNumber(hud.deadline) });
      dayBox.classList.toggle('low', hud.lowTime);
      dayBar.style.inlineSize = `${Math.min(100, Math.max(0, (hud.day / hud.deadline) * 100))}%`;
      const forecast = hudForecast(ctx, hud);
      arrival.textContent = forecast.arrival ?? '';
      arrivalBox.hidden = forecast.arrival === null;
      arrivalBox.classList.toggle('low', hud.behindSchedule);
      const w: HTMLElement[] = [];
      if (hud.money < 0) w.push(h('li', { class: 'warning' }, ctx.t('ui:hud.noMoney')));
      else if (hud.lowMoney) w.push(h('li', { class: 'warning' }, ctx.t('ui:hud.lowMoney')));
      if (hud.daysLeft < 0) w.push(h('li', { class: 'warning' }, ctx.t('ui:hud.late')));
      else if (hud.lowTime) w.push(h('li', { class: 'warning' }, ctx.t('ui:hud.lowTime', { count: hud.daysLeft, value: ctx.formatDays(hud.daysLeft) })));
      if (forecast.warning) {
        w.push(h('li', { class: 'warning', 'data-warning': 'behind' },
          h('span', { class: 'warning-long' }, forecast.warning),
          h('span', { class: 'warning-short', 'aria-hidden': 'true' }, forecast.short ?? forecast.warning)));
      }
      replaceChildren(warnings, ...w);
      warnings.hidden = w.length === 0;
      if (mode !== 'challenge') {
        replaceChildren(meters, ...DIMENSIONS.map((d) => meter(ctx, d, dimensions[d])));
        const avg = readinessSummary(dimensions);
        if (avg === null) replaceChildren(summaryValue, h('span', { class: 'visually-hidden' }, ctx.t('ui:hud.notYetShort')), h('span', { 'aria-hidden': 'true' }, '–'));
        else summaryValue.textContent = ctx.t('ui:hud.percent', { value: ctx.formatNumber(avg) });
        summaryBar.style.inlineSize = `${avg ?? 0}%`;
      }
    },
    cue(kind) {
      const el = kind === 'money' ? moneyBox : kind === 'day' ? dayBox : warnings;
      el.classList.remove('cue');
      void el.offsetWidth; // restart the animation
      el.classList.add('cue');
      setTimeout(() => el.classList.remove('cue'), 1200);
    },
  };
}

/** The mean of the dimensions a decision has touched so far (0–100, rounded), or null before any. */
export function readinessSummary(dimensions: Readonly<Record<Dimension, DimensionScore>>): number | null {
  const tested = DIMENSIONS.map((d) => dimensions[d].percent).filter((p): p is number => p !== null);
  return tested.length === 0 ? null : Math.round(tested.reduce((a, b) => a + b, 0) / tested.length);
}

function meter(ctx: UiContext, d: Dimension, score: DimensionScore): HTMLElement {
  const pct = score.percent;
  const value = pct === null
    ? [h('span', { class: 'meter-long' }, ctx.t('ui:hud.notYet')), h('span', { class: 'meter-short', 'aria-hidden': 'true' }, '–')]
    : [ctx.t('ui:hud.percent', { value: ctx.formatNumber(pct) })];
  return h('li', { class: 'meter', 'data-dimension': d },
    h('span', { class: 'meter-label' },
      h('span', { class: 'meter-long' }, ctx.t(`ui:dimensions.${d}`)),
      h('span', { class: 'meter-short', 'aria-hidden': 'true' }, ctx.t(`ui:dimensionsShort.${d}`))),
    h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, h('span', { class: 'meter-fill', style: `inline-size:${pct ?? 0}%` })),
    h('span', { class: 'meter-value' }, ...value));
}
