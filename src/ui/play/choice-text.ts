/**
 * What a choice button and the HUD say about cost and time, as plain strings (no DOM): the certain
 * money and days up to the next decision, what chance may add (always worded as uncertain), and a
 * warning when the choice, or the game, can no longer arrive before the deadline.
 */
import type { ChoiceView, HudView } from '../../engine';
import type { UiContext } from '../context';

/** The formatting a text needs from the UI context. */
export type Formatting = Pick<UiContext, 't' | 'formatMoney' | 'formatDays' | 'formatNumber'>;

/** One chip under a choice's label. */
export interface CostChip {
  readonly kind: 'money' | 'days';
  /** free: nothing; spend / earn: certain; risk: what chance may add. */
  readonly nature: 'free' | 'spend' | 'earn' | 'risk';
  /** What the chip shows. */
  readonly shown: string;
  /** What a screen reader says (a phrase; costSentence joins them). */
  readonly spoken: string;
}

/** The chips of a choice: money first, then days; an uncertain amount is never shown as certain. */
export function costChips(f: Formatting, c: ChoiceView, currency: string): CostChip[] {
  const chips: CostChip[] = [];
  const money = c.cost.money;
  const moneyRisk = Math.max(0, c.risk?.money ?? 0);
  const amount = (n: number) => f.formatMoney(Math.abs(n), currency);
  if (money > 0) chips.push({ kind: 'money', nature: 'spend', shown: amount(money), spoken: f.t('ui:play.cost.spendSpoken', { amount: amount(money) }) });
  else if (money < 0) chips.push({ kind: 'money', nature: 'earn', shown: f.t('ui:play.cost.earn', { amount: amount(money) }), spoken: f.t('ui:play.cost.earnSpoken', { amount: amount(money) }) });
  else if (moneyRisk === 0) chips.push({ kind: 'money', nature: 'free', shown: f.t('ui:play.cost.free'), spoken: f.t('ui:play.cost.freeSpoken') });
  if (moneyRisk > 0) {
    const key = money > 0 ? 'mayCostMore' : money < 0 ? 'mayEarnLess' : 'mayCost';
    const text = f.t(`ui:play.cost.${key}`, { amount: amount(moneyRisk) });
    chips.push({ kind: 'money', nature: 'risk', shown: text, spoken: text });
  }
  const days = Math.max(0, c.cost.days);
  const daysRisk = Math.max(0, c.risk?.days ?? 0);
  if (days > 0) chips.push({ kind: 'days', nature: 'spend', shown: f.formatDays(days), spoken: f.t('ui:play.cost.daysSpoken', { days: f.formatDays(days) }) });
  else if (daysRisk === 0) chips.push({ kind: 'days', nature: 'free', shown: f.t('ui:play.cost.noDays'), spoken: f.t('ui:play.cost.noDaysSpoken') });
  if (daysRisk > 0) {
    const text = f.t(days > 0 ? 'ui:play.cost.mayAddDays' : 'ui:play.cost.mayTakeDays', { days: f.formatDays(daysRisk) });
    chips.push({ kind: 'days', nature: 'risk', shown: text, spoken: text });
  }
  // Chance could go on (a loop): no most is known, and no figure is made up.
  if (c.risk?.open) {
    const text = f.t('ui:play.cost.open');
    chips.push({ kind: 'days', nature: 'risk', shown: text, spoken: text });
  }
  return chips;
}

/** The chips as one sentence for screen readers: "Costs $600, takes 4 days, may add up to 6 days." */
export function costSentence(chips: readonly CostChip[], lang: string): string {
  const text = chips.map((c) => c.spoken).join(', ');
  return text ? `${text.charAt(0).toLocaleUpperCase(lang)}${text.slice(1)}.` : '';
}

/** A warning on an available choice after which no success can follow (too late, out of money, or another ending); null when one still can. */
export function arrivalWarning(f: Formatting, c: ChoiceView, deadline: number): string | null {
  if (!c.available) return null;
  if (c.earliestArrival === null) {
    // Say why: money and other endings are not a question of time.
    if (c.blockedBy === 'money') return f.t('ui:play.arrival.broke');
    if (c.blockedBy === 'ending') return f.t('ui:play.arrival.ends');
    return f.t('ui:play.arrival.never');
  }
  if (c.earliestArrival > deadline) return f.t('ui:play.arrival.late', { day: f.formatNumber(c.earliestArrival), deadline: f.formatNumber(deadline) });
  return null;
}

/** The HUD's forecast: the earliest arrival day, and a warning (with a short form for phones) when the known remaining steps no longer fit. */
export function hudForecast(f: Formatting, hud: HudView): { arrival: string | null; warning: string | null; short: string | null } {
  const arrival = hud.earliestArrival === null ? null : f.t('ui:hud.arrivalDay', { day: f.formatNumber(hud.earliestArrival) });
  // Past the deadline, "the deadline has passed" already says it all.
  if (!hud.behindSchedule || hud.daysLeft < 0) return { arrival, warning: null, short: null };
  const deadline = f.formatNumber(hud.deadline);
  if (hud.earliestArrival === null) return { arrival, warning: f.t('ui:hud.noRoute'), short: f.t('ui:hud.noRouteShort') };
  // The short form (phones) leans on the arrival day shown beside it.
  return { arrival, warning: f.t('ui:hud.behind', { day: f.formatNumber(hud.earliestArrival), deadline }), short: f.t('ui:hud.behindShort', { deadline }) };
}

/** The forecast warning to announce after a step: only when it first appears. */
export function newForecastWarning(f: Formatting, before: HudView, after: HudView): string | null {
  const was = hudForecast(f, before).warning !== null;
  return was ? null : hudForecast(f, after).warning;
}
