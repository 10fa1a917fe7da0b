import { expect, it } from 'vitest';
import { cuesFor } from '../../src/app/presentation';
import type { EffectView, HudView } from '../../src/engine';

const hud = (over: Partial<HudView> = {}): HudView => ({
  money: 1000, startMoney: 1000, currency: 'USD', day: 0, deadline: 20, daysLeft: 20, mode: null, lowMoney: false, lowTime: false, earliestArrival: 10, behindSchedule: false,
  scores: { market: 0, classification: 0, compliance: 0, logistics: 0, finance: 0, customs: 0 }, ...over,
});

it('maps a step to sounds: the click, money spent, days passing, warnings, chance and the ending', () => {
  expect(cuesFor([], hud(), hud())).toEqual(['choice']);
  expect(cuesFor([], hud(), hud({ money: 700, day: 3 }))).toEqual(['choice', 'money', 'day']);
  expect(cuesFor([], hud(), hud({ money: 100, lowMoney: true }))).toEqual(['choice', 'money', 'warning']);
  const chance: EffectView = { type: 'chance', node: 'n', outcome: 'o', certain: false };
  const won: EffectView = { type: 'ending', node: 'e', kind: 'success' };
  const lost: EffectView = { type: 'ending', node: 'e', kind: 'late' };
  expect(cuesFor([chance, won], hud(), hud())).toEqual(['choice', 'chance', 'success']);
  expect(cuesFor([{ type: 'rule', rule: 'pastDeadline' }, lost], hud(), hud())).toEqual(['choice', 'warning', 'failure']);
});
