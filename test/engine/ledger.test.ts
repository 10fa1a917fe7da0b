import { describe, expect, it } from 'vitest';
import { buildLedger, costliest, createGame, luckBatches, luckVerdict, mergeLuck, playerLuck, type Game } from '../../src/engine';
import { mini, scene, tiny } from '../support/scenarios';

const played = (game: Game, steps: [string, string[]?][]): Game => {
  for (const [c, forced] of steps) expect(game.choose(c, forced ?? []).ok, c).toBe(true);
  return game;
};

describe('ledger', () => {
  it('lists each step with its days and money, the running figures after it, and the texts to show', () => {
    const g = played(createGame(mini(), 1), [['green'], ['skip'], ['sea', ['red-lane']], ['deliver']]);
    const { rows, budget, deadline, currency } = g.report().ledger;
    expect({ budget, deadline, currency }).toEqual({ budget: 1000, deadline: 20, currency: 'USD' });
    expect(rows.map((r) => [r.kind, r.id, r.days, r.money, r.dayAfter, r.moneyAfter])).toEqual([
      ['choice', 'green', 1, 0, 1, 1000],
      ['choice', 'skip', 0, 0, 1, 1000],
      ['choice', 'sea', 10, -200, 11, 800],
      ['outcome', 'red-lane', 3, 0, 14, 800],
      ['choice', 'deliver', 0, 0, 14, 800],
    ]);
    // The deltas add up to the game's totals.
    expect(rows.reduce((a, r) => a + r.days, 0)).toBe(g.state.day);
    expect(rows.reduce((a, r) => a + r.money, 0)).toBe(g.state.money - 1000);
    expect(rows[0]?.label).toEqual({ key: 'nodes.classify.choices.green.label', text: '0901.11 not roasted' });
    expect(rows[3]?.label?.key).toBe('nodes.inspection.outcomes.red-lane.title');
    expect(rows.every((r) => !r.pastDeadline && !r.overBudget)).toBe(true);
  });

  it('names consequences and rules, and marks the steps past the deadline', () => {
    const g = played(createGame(mini(), 1), [['roasted'], ['skip'], ['sea', ['green-lane']]]);
    const rows = g.report().ledger.rows;
    const cons = rows.find((r) => r.kind === 'consequence');
    expect(cons).toMatchObject({ id: 'hs-hold', label: { key: 'consequences.hs-hold.title', text: 'Customs hold' } });
    const s = tiny({ s0: scene([{ id: 'slow', cost: { days: 8 }, next: 's1' }]), s1: scene([{ id: 'slower', cost: { days: 5 }, next: 'win' }]) });
    const late = played(createGame(s, 1), [['slow'], ['slower']]).report();
    expect(late.ending?.kind).toBe('late');
    expect(late.ledger.rows.map((r) => [r.kind, r.id, r.days, r.dayAfter, r.pastDeadline])).toEqual([
      ['choice', 'slow', 8, 8, false],
      ['choice', 'slower', 5, 13, true],
      ['rule', 'pastDeadline', 0, 13, true],
    ]);
    expect(late.ledger.rows[2]?.label).toBeNull();
  });

  it('costliest: the largest first, ties in play order, free steps left out', () => {
    const s = tiny({
      s0: scene([{ id: 'a', cost: { money: 30, days: 2 }, next: 's1' }]),
      s1: scene([{ id: 'b', cost: { money: 30, days: 4 }, next: 's2' }]),
      s2: scene([{ id: 'c', next: 's3' }]),
      s3: scene([{ id: 'd', cost: { money: 35 }, next: 'win' }]),
    });
    const ledger = buildLedger(s, played(createGame(s, 1), [['a'], ['b'], ['c'], ['d']]).state);
    expect(costliest(ledger, 'money').map((r) => r.id)).toEqual(['d', 'a', 'b']);
    expect(costliest(ledger, 'days').map((r) => r.id)).toEqual(['b', 'a']);
    expect(costliest(ledger, 'money', 1).map((r) => r.id)).toEqual(['d']);
  });
});

describe('what cost a failed game', () => {
  it('late: the steps that took the most days', () => {
    const s = tiny({ s0: scene([{ id: 'slow', cost: { days: 3 }, next: 's1' }]), s1: scene([{ id: 'voyage', cost: { days: 9, money: 10 }, next: 'win' }]) });
    const r = played(createGame(s, 1), [['slow'], ['voyage']]).report();
    expect(r.ending?.kind).toBe('late');
    expect(r.setback?.days.map((x) => [x.id, x.days])).toEqual([['voyage', 9], ['slow', 3]]);
    expect(r.setback?.money).toEqual([]);
    expect(r.setback?.decisive?.id).toBe('voyage');
  });

  it('over budget: the biggest spends', () => {
    const s = tiny({ s0: scene([{ id: 'buy', cost: { money: 80 }, next: 's1' }]), s1: scene([{ id: 'buy2', cost: { money: 50 }, next: 'win' }]) });
    const r = played(createGame(s, 1), [['buy'], ['buy2']]).report();
    expect(r.ending?.kind).toBe('over-budget');
    expect(r.setback?.money.map((x) => [x.id, x.money])).toEqual([['buy', -80], ['buy2', -50]]);
    expect(r.setback?.days).toEqual([]);
  });

  it('refused: the step that ended the game; none for a success or an unfinished game', () => {
    const s = tiny({ s0: scene([{ id: 'risk', next: 'refused' }, { id: 'safe', next: 'win' }]), refused: { type: 'ending', kind: 'refused', title: 'Refused', text: 'Refused.' } });
    const r = played(createGame(s, 1), [['risk']]).report();
    expect(r.setback).toEqual({ days: [], money: [], decisive: expect.objectContaining({ kind: 'choice', id: 'risk' }) });
    expect(played(createGame(s, 1), [['safe']]).report().setback).toBeNull();
    expect(createGame(s, 1).report().setback).toBeNull();
  });
});

describe('a scene that sends a choice back to itself ("check first")', () => {
  // s0: checking the buyer first (+1, then hidden) leads back to the same decision.
  const s = tiny({
    s0: scene([
      { id: 'check', cost: { days: 1 }, requires: { type: 'flag', flag: 'checked', is: false }, whenUnavailable: 'hide', effects: [{ type: 'flag', flag: 'checked' }],
        scores: [{ dimension: 'market', points: 1, feedback: 'Checking first is wise.' }], next: 's0' },
      { id: 'good', scores: [{ dimension: 'market', points: 2, feedback: 'A sound buyer.' }], next: 'win' },
      { id: 'bad', scores: [{ dimension: 'market', points: -2, feedback: 'A risky buyer.' }], next: 'win' },
    ]),
  });
  const market = (steps: string[]) => played(createGame(s, 1), steps.map((c) => [c])).report().dimensions.market;

  it('counts the scene once: a player who checks first scores no lower than one who does not', () => {
    expect(market(['good'])).toEqual({ earned: 2, possible: 2, percent: 100 });
    expect(market(['check', 'good'])).toEqual({ earned: 2, possible: 2, percent: 100 });
  });

  it('a mistake made after checking still counts', () => {
    expect(market(['check', 'bad'])).toEqual({ earned: -1, possible: 2, percent: 0 });
    expect(market(['bad'])).toEqual({ earned: -2, possible: 2, percent: 0 });
  });

  it('a mistake made on a later visit is not hidden by good choices around it', () => {
    const loop = tiny({
      s0: scene([
        { id: 'good', scores: [{ dimension: 'market', points: 2, feedback: 'Good.' }], next: 's0' },
        { id: 'bad', scores: [{ dimension: 'market', points: -2, feedback: 'Bad.' }], next: 's0' },
        { id: 'done', next: 'win' },
      ]),
    });
    const m = (steps: string[]) => played(createGame(loop, 1), steps.map((c) => [c])).report().dimensions.market;
    expect(m(['good', 'bad', 'good', 'done'])).toEqual({ earned: 0, possible: 2, percent: 0 });
    expect(m(['good', 'good', 'done'])).toEqual({ earned: 2, possible: 2, percent: 100 });
  });

  it('keeps every verdict, with what was judged, for the report', () => {
    const r = played(createGame(s, 1), [['check'], ['good']]).report();
    expect(r.decisions).toBe(2);
    expect(r.strengths.map((x) => [x.from.id, x.points, x.label?.text])).toEqual([['check', 1, 'check'], ['good', 2, 'good']]);
  });
});

describe('judgement or luck', () => {
  const figures = (successRate: number) => ({ plays: 200, successRate, onTimeRate: successRate, withinBudgetRate: 1, filledShare: 0 });

  it('names the verdict from the success rate with the player decisions (60 % and 40 % limits)', () => {
    expect([0.81, 0.6, 0.59, 0.4, 0.39, 0.12].map((r) => luckVerdict(true, figures(r)).kind)).toEqual(['judgement', 'judgement', 'mixedWon', 'mixedWon', 'lucky', 'lucky']);
    expect([0.81, 0.6, 0.5, 0.12].map((r) => luckVerdict(false, figures(r)).kind)).toEqual(['unlucky', 'unlucky', 'mixedLost', 'decisions']);
    expect(luckVerdict(false, figures(0.81))).toEqual({ kind: 'unlucky', rate: 0.81, plays: 200 });
  });

  it('stays in between when the replays had to fill in many decisions the player never made', () => {
    const filled = (successRate: number, filledShare: number) => ({ ...figures(successRate), filledShare });
    expect(luckVerdict(false, filled(0.86, 0.6)).kind).toBe('mixedLost');
    expect(luckVerdict(true, filled(0.9, 0.3)).kind).toBe('mixedWon');
    expect(luckVerdict(false, filled(0.86, 0.2)).kind).toBe('unlucky');
  });

  it('merges batches weighted by their plays', () => {
    expect(mergeLuck([{ plays: 50, successRate: 1, onTimeRate: 1, withinBudgetRate: 1, filledShare: 0 }, { plays: 150, successRate: 0.2, onTimeRate: 0.6, withinBudgetRate: 1, filledShare: 0 }]))
      .toEqual({ plays: 200, successRate: 0.4, onTimeRate: 0.7, withinBudgetRate: 1, filledShare: 0 });
  });

  it('replays the player decisions: deterministic, batches derived from the game seed', () => {
    const g = played(createGame(mini(), 5), [['green'], ['apply'], ['air'], ['deliver']]);
    expect(luckBatches(g.state).map((b) => b.n).reduce((a, b) => a + b, 0)).toBe(200);
    const a = playerLuck(g.scenario, g.state);
    expect(a).toEqual(playerLuck(g.scenario, g.state));
    expect(a.plays).toBe(200);
    expect(luckVerdict(true, a).kind).toBe('judgement');
    // Giving up the HS code at once: no replay can succeed.
    const bad = played(createGame(mini(), 5), [['roasted'], ['skip'], ['sea'], ['deliver']]);
    expect(luckVerdict(bad.report().success, playerLuck(bad.scenario, bad.state)).kind).toBe('decisions');
  });
});
