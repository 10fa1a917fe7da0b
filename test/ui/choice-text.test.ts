/** What a choice and the HUD say about cost, chance and the deadline (the strings, in English and French). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChoiceView, HudView } from '../../src/engine';
import { arrivalWarning, costChips, costSentence, hudForecast, newForecastWarning, type Formatting } from '../../src/ui/play/choice-text';

/** A small formatter over the shipped strings (interpolation only, like i18next with escapeValue off). */
function formatting(lang: string): Formatting {
  const ui = JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/ui.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const number = new Intl.NumberFormat(lang);
  return {
    t: (key, opts = {}) => {
      const path = key.replace(/^ui:/, '').split('.');
      const v = path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], ui);
      if (typeof v !== 'string') throw new Error(`no string ${key}`);
      return v.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(opts[k]));
    },
    formatMoney: (n, currency) => new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n),
    formatNumber: (n) => number.format(n),
    formatDays: (n) => `${number.format(n)} ${n === 1 ? 'day' : 'days'}`,
  };
}

const en = formatting('en');
const choice = (over: Partial<ChoiceView>): ChoiceView => ({
  id: 'c', number: 1, label: { key: 'k', text: 'A choice' }, cost: { money: 0, days: 0 }, risk: { money: 0, days: 0, open: false },
  earliestArrival: 40, blockedBy: null, hs: null, available: true, reason: null, ...over,
});
const shown = (c: ChoiceView) => costChips(en, c, 'USD').map((x) => `${x.nature}:${x.shown}`);

describe('choice chips', () => {
  it('a certain cost shows the money and the days as they are', () => {
    expect(shown(choice({ cost: { money: 600, days: 4 } }))).toEqual(['spend:$600', 'spend:4 days']);
    expect(shown(choice({}))).toEqual(['free:No cost', 'free:No time']);
  });

  it('money a choice brings in is shown as earned', () => {
    const chips = costChips(en, choice({ cost: { money: -2500, days: 26 } }), 'USD');
    expect(chips.map((x) => x.shown)).toEqual(['+$2,500', '26 days']);
    expect(costSentence(chips, 'en')).toBe('Earns $2,500, takes 26 days.');
  });

  it('what chance may add is worded as uncertain, never as a certain cost', () => {
    expect(shown(choice({ cost: { money: 300, days: 2 }, risk: { money: 900, days: 8, open: false } })))
      .toEqual(['spend:$300', 'risk:may cost up to $900 more', 'spend:2 days', 'risk:may add up to 8 days']);
    // Nothing certain: no "No cost" beside "may cost", no "No time" beside "may take".
    expect(shown(choice({ cost: { money: 0, days: 0 }, risk: { money: 1600, days: 6, open: false } })))
      .toEqual(['risk:may cost up to $1,600', 'risk:may take up to 6 days']);
    expect(shown(choice({ cost: { money: -2500, days: 26 }, risk: { money: 500, days: 0, open: false } })))
      .toEqual(['earn:+$2,500', 'risk:may earn up to $500 less', 'spend:26 days']);
  });

  it('chance that could go on is shown as open, with no made-up figure', () => {
    expect(shown(choice({ cost: { money: 100, days: 2 }, risk: { money: 0, days: 0, open: true } }))).toEqual(['spend:$100', 'spend:2 days', 'risk:chance may add more']);
  });

  it('an unavailable choice (risk unknown) shows its own cost', () => {
    expect(shown(choice({ available: false, risk: null, earliestArrival: null, cost: { money: 200, days: 2 } }))).toEqual(['spend:$200', 'spend:2 days']);
  });

  it('the spoken sentence reads naturally', () => {
    expect(costSentence(costChips(en, choice({ cost: { money: 100, days: 28 }, risk: { money: 1600, days: 0, open: false } }), 'USD'), 'en'))
      .toBe('Costs $100, may cost up to $1,600 more, takes 28 days.');
    expect(costSentence(costChips(formatting('fr'), choice({ cost: { money: 100, days: 0 } }), 'EUR'), 'fr')).toMatch(/^Coûte 100\s€, immédiat\.$/);
  });
});

describe('arrival warnings', () => {
  it('a choice after which no route arrives by the deadline is flagged', () => {
    expect(arrivalWarning(en, choice({ earliestArrival: 76 }), 76)).toBeNull();
    expect(arrivalWarning(en, choice({ earliestArrival: 80 }), 76)).toBe('Arrives on day 80 at the earliest — after the deadline (day 76)');
    expect(arrivalWarning(en, choice({ earliestArrival: null }), 76)).toBe('After this, no route arrives in time');
    expect(arrivalWarning(en, choice({ earliestArrival: null, available: false }), 76)).toBeNull();
    // Not a question of time: say so.
    expect(arrivalWarning(en, choice({ earliestArrival: null, blockedBy: 'money' }), 76)).toBe('You cannot afford this: the game would end out of money');
    expect(arrivalWarning(en, choice({ earliestArrival: null, blockedBy: 'ending' }), 76)).toBe('This ends the export here');
    expect(arrivalWarning(en, choice({ earliestArrival: null, blockedBy: 'time' }), 76)).toBe('After this, no route arrives in time');
  });

  const hud = (over: Partial<HudView>): HudView => ({
    money: 1000, startMoney: 1000, currency: 'USD', day: 50, deadline: 76, daysLeft: 26, mode: null, lowMoney: false, lowTime: false,
    earliestArrival: 70, behindSchedule: false, scores: { market: 0, classification: 0, compliance: 0, logistics: 0, finance: 0, customs: 0 }, ...over,
  });

  it('the HUD shows the earliest arrival, and warns once the known steps no longer fit', () => {
    expect(hudForecast(en, hud({}))).toEqual({ arrival: 'day 70', warning: null, short: null });
    expect(hudForecast(en, hud({ earliestArrival: 78, behindSchedule: true }))).toEqual({
      arrival: 'day 78', warning: 'Even the fastest remaining route arrives on day 78 — after the deadline (day 76)', short: 'Can no longer arrive by day 76',
    });
    expect(hudForecast(en, hud({ earliestArrival: null, behindSchedule: true })).warning).toBe('No route from here arrives in time');
    // Past the deadline "the deadline has passed" says it; no second warning.
    expect(hudForecast(en, hud({ day: 80, daysLeft: -4, earliestArrival: 82, behindSchedule: true })).warning).toBeNull();
  });

  it('the forecast warning is announced only when it first appears', () => {
    const ok = hud({});
    const behind = hud({ earliestArrival: 78, behindSchedule: true });
    expect(newForecastWarning(en, ok, behind)).toContain('day 78');
    expect(newForecastWarning(en, behind, hud({ day: 52, earliestArrival: 80, behindSchedule: true }))).toBeNull();
    expect(newForecastWarning(en, ok, ok)).toBeNull();
  });
});
