/**
 * Checks added for plannable costs and stated rules: hidden-cost (the file says what the screen shows),
 * consequence-overlap (which redirect wins), and all-pinned (the order is the file's).
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, type Diagnostic } from '../../src/scenario';
import { hsCodes, miniText } from './helpers';

const mini = () => JSON.parse(miniText) as Record<string, any>;
const check = (data: unknown) => checkScenarioText('s.json', JSON.stringify(data, null, 2), { hsCodes }).diagnostics;
const only = (data: unknown, code: string): Diagnostic[] => check(data).filter((d) => d.code === code);

describe('hidden-cost', () => {
  it('flags money a choice spends through its effects, at its cost, with the figure shown and the cost to write', () => {
    const d = mini();
    d.nodes.ship.choices[0].effects.push({ type: 'money', amount: -150 }, { type: 'days', amount: 2 });
    const [w, ...rest] = only(d, 'hidden-cost');
    expect(rest).toEqual([]);
    expect(w?.severity).toBe('warning');
    expect(w?.path).toEqual(['nodes', 'ship', 'choices', 0, 'cost']);
    expect(w?.message).toContain('Choice "sea" spends 150 USD and 2 days');
    expect(w?.message).toContain('players are shown 350 USD and 12 days');
    expect(w?.message).toContain('"cost" says 200 USD and 10 days');
    expect(w?.hint).toContain('"cost": { "money": 350, "days": 12 }');
  });

  it('places the warning at the choice when it has no cost, and says the cost states nothing', () => {
    const d = mini();
    d.nodes.aeo.choices[1].effects = [{ type: 'days', amount: 3 }];
    const [w] = only(d, 'hidden-cost');
    expect(w?.path).toEqual(['nodes', 'aeo', 'choices', 1]);
    expect(w?.message).toMatch(/shown 3 days, but "cost" says nothing/);
    expect(w?.hint).toContain('"cost": { "days": 3 }');
  });

  it('mentions what the fixed steps after the choice add: every outcome of the chance node that follows', () => {
    const d = mini();
    d.nodes.ship.choices[1].effects.push({ type: 'money', amount: -50 });
    for (const o of d.nodes.inspection.outcomes) o.effects = [{ type: 'days', amount: 4 }];
    const [w] = only(d, 'hidden-cost');
    expect(w?.message).toContain('Choice "air" spends 50 USD');
    expect(w?.message).toContain('players are shown 650 USD and 6 days (4 days of it from the fixed steps after it');
    expect(w?.hint).toContain('"cost": { "money": 650, "days": 2 }');
  });

  it('does not flag a fixed chance step alone, which cannot move into the cost without changing when the deadline is checked', () => {
    const d = mini();
    for (const o of d.nodes.inspection.outcomes) o.effects = [{ type: 'days', amount: 4 }];
    expect(only(d, 'hidden-cost')).toEqual([]);
  });

  it('does not flag earnings, nor days that cannot move without changing play', () => {
    const d = mini();
    d.nodes.aeo.choices[1].effects = [{ type: 'money', amount: 500 }];
    d.consequences.audit = { afterDays: 5, title: 'Audit', text: 'An audit.' };
    // The audit falls due 5 days after it is scheduled: a days effect after the schedule must stay after it.
    d.nodes.classify.choices[0].effects = [{ type: 'schedule', consequence: 'audit' }, { type: 'days', amount: 2 }];
    // Day 0 is a floor: with a negative days effect in the list, their order matters.
    d.nodes.ship.choices[1].effects.push({ type: 'days', amount: -1 }, { type: 'days', amount: 3 });
    expect(only(d, 'hidden-cost')).toEqual([]);
    d.nodes.classify.choices[0].effects.reverse();
    expect(only(d, 'hidden-cost').map((w) => w.path.join('.'))).toEqual(['nodes.classify.choices.0.cost']);
  });

  it('is silent once the amount is in the cost', () => {
    const d = mini();
    d.nodes.aeo.choices[1].cost = { money: 100 };
    expect(only(d, 'hidden-cost')).toEqual([]);
  });
});

describe('consequence-overlap', () => {
  /** hs-hold (on arrival) sends to "refused"; a second consequence is due on arrival too. */
  const withSecond = (second: Record<string, unknown>) => {
    const d = mini();
    d.consequences['hs-hold'].next = 'refused';
    d.consequences.fee = { on: 'arrival', title: 'Fee', text: 'A fee.', ...second };
    d.nodes.ship.choices[0].effects.push({ type: 'schedule', consequence: 'fee' });
    return d;
  };

  it('says the failure ending wins over a redirect to a scene', () => {
    const [w, ...rest] = only(withSecond({ next: 'arrive', effects: [{ type: 'money', amount: -5000 }] }), 'consequence-overlap');
    expect(rest).toEqual([]);
    expect(w?.path).toEqual(['consequences', 'fee']);
    expect(w?.message).toContain('"hs-hold" and "fee"');
    expect(w?.message).toContain('both on milestone "arrival"');
    expect(w?.message).toContain('"hs-hold" wins, because it leads to a failure ending ("refused")');
    expect(w?.hint).toContain('"priority"');
  });

  it('says the costlier wins between two failure endings, and the first scheduled on a full tie', () => {
    expect(only(withSecond({ next: 'late', effects: [{ type: 'days', amount: 300 }] }), 'consequence-overlap')[0]?.message).toContain('"fee" wins, because it costs more (money plus days: 300 against 204)');
    const d = withSecond({ next: 'late', effects: [{ type: 'days', amount: 4 }, { type: 'money', amount: -200 }] });
    expect(only(d, 'consequence-overlap')[0]?.message).toContain('whichever was scheduled first wins');
  });

  it('covers two consequences due after a number of days', () => {
    const d = mini();
    d.consequences['hs-hold'] = { afterDays: 3, title: 'Hold', text: 'Hold.', next: 'refused' };
    d.consequences.fee = { afterDays: 9, title: 'Fee', text: 'A fee.', next: 'late' };
    d.nodes.ship.choices[0].effects.push({ type: 'schedule', consequence: 'fee' });
    expect(only(d, 'consequence-overlap')[0]?.message).toContain('both are due after a number of days');
  });

  it('covers one on a milestone and one due after a number of days', () => {
    const d = mini();
    d.consequences['hs-hold'].next = 'refused';
    d.consequences.fee = { afterDays: 2, title: 'Fee', text: 'A fee.', next: 'late' };
    d.nodes.ship.choices[0].effects.push({ type: 'schedule', consequence: 'fee' });
    expect(only(d, 'consequence-overlap')[0]?.message).toContain('one fires on milestone "arrival" and the other after a number of days');
  });

  it('is silent with different priorities, different milestones, or when only one has a next', () => {
    expect(only(withSecond({ next: 'late', priority: 1 }), 'consequence-overlap')).toEqual([]);
    expect(only(withSecond({}), 'consequence-overlap')).toEqual([]);
    const d = withSecond({ next: 'late' });
    d.consequences.fee.on = 'departure';
    d.nodes.ship.milestone = 'departure';
    expect(only(d, 'consequence-overlap')).toEqual([]);
  });
});

describe('all-pinned', () => {
  it('warns when every choice of a scene is pinned, not when some are or the scene has one choice', () => {
    const d = mini();
    d.nodes.aeo.choices[1].pin = 'last';
    d.nodes.arrive.choices[0].pin = 'first';
    expect(only(d, 'all-pinned')).toEqual([]);
    d.nodes.aeo.choices[0].pin = 'first';
    expect(only(d, 'all-pinned').map((w) => w.message.slice(0, 16))).toEqual(['All but one choi']); // one left unpinned: nothing to shuffle
    d.nodes.aeo.choices[2].pin = 'first';
    expect(only(d, 'all-pinned').map((w) => w.path.join('.'))).toEqual(['nodes.aeo.choices']);
  });
});
