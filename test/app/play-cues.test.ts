/** Sounds for a step: a fixed wait is not luck (no dice), a forecast that stops fitting warns. */
import { expect, it } from 'vitest';
import { cuesFor } from '../../src/app/presentation';
import type { EffectView, HudView } from '../../src/engine';

const hud = (over: Partial<HudView> = {}): HudView => ({
  money: 1000, startMoney: 1000, currency: 'USD', day: 0, deadline: 20, daysLeft: 20, mode: null, lowMoney: false, lowTime: false, earliestArrival: 10, behindSchedule: false,
  scores: { market: 0, classification: 0, compliance: 0, logistics: 0, finance: 0, customs: 0 }, ...over,
});

it('plays the chance sound only for real chance, and warns when the schedule stops fitting', () => {
  const luck: EffectView = { type: 'chance', node: 'n', outcome: 'o', certain: false };
  const wait: EffectView = { type: 'chance', node: 'n', outcome: 'o', certain: true };
  expect(cuesFor([luck], hud(), hud())).toContain('chance');
  expect(cuesFor([wait], hud(), hud())).not.toContain('chance');
  expect(cuesFor([], hud(), hud({ earliestArrival: 24, behindSchedule: true }))).toEqual(['choice', 'warning']);
  expect(cuesFor([], hud({ earliestArrival: 24, behindSchedule: true }), hud({ earliestArrival: 25, behindSchedule: true }))).toEqual(['choice']);
});
