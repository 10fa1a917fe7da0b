import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { mini } from '../support/scenarios';

describe('view model', () => {
  it('shows the scene text, speaker, HS decision and each choice with its cost before choosing', () => {
    const v = createGame(mini(), 1).view();
    expect(v).toMatchObject({
      status: 'playing', node: 'classify', stage: 'office', decision: 'hs',
      text: { key: 'nodes.classify.text', text: 'Which HS code?' },
      speaker: { id: 'ana', name: { text: 'Ana' }, role: { text: 'Customs broker' } },
      hud: { money: 1000, currency: 'USD', day: 0, deadline: 20, daysLeft: 20, lowMoney: false, lowTime: false },
    });
    // Shown in the seeded order, numbered by their place on screen.
    expect(v.choices.map((c) => c.number)).toEqual([1, 2]);
    expect([...v.choices].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.hs, c.cost, c.risk])).toEqual([
      ['green', '0901.11', { money: 0, days: 1 }, { money: 0, days: 0, open: false }],
      ['roasted', '0901.21', { money: 0, days: 0 }, { money: 0, days: 0, open: false }],
    ]);
  });

  it('carries the texts of what just happened: chance outcomes and consequences', () => {
    const g = createGame(mini(), 1);
    for (const c of ['roasted', 'skip', 'sea']) g.choose(c);
    const v = g.view();
    const chance = v.effects.find((e) => e.type === 'chance');
    expect(chance?.title?.key).toMatch(/^nodes\.inspection\.outcomes\.(green|red)-lane\.title$/);
    const cons = v.effects.find((e) => e.type === 'consequence');
    expect(cons?.title).toEqual({ key: 'consequences.hs-hold.title', text: 'Customs hold' });
    expect(v.hud.mode).toBe('sea');
  });

  it('warns when money runs low', () => {
    const g = createGame(mini(), 1);
    g.choose('green');
    g.choose('apply');
    g.choose('air');
    expect(g.view().hud.lowMoney).toBe(true);
  });
});

describe('report', () => {
  it('differs between a careful and a careless play', () => {
    const careful = createGame(mini(), 1);
    for (const c of ['green', 'apply', 'sea', 'deliver']) careful.choose(c, c === 'sea' ? ['green-lane'] : []);
    const careless = createGame(mini(), 1);
    for (const c of ['roasted', 'skip', 'air', 'deliver']) careless.choose(c);
    const a = careful.report();
    const b = careless.report();
    expect(a).toMatchObject({ finished: true, success: true, onTime: true, withinBudget: true, decisions: 4, mistakes: [] });
    expect(a.dimensions.classification).toEqual({ earned: 2, possible: 2, percent: 100 });
    expect(a.money).toEqual({ start: 1000, end: 500, spent: 500, currency: 'USD' });
    expect(b.success).toBe(false);
    expect(b.mistakes).toHaveLength(2);
    expect(b.learnNext[0]).toMatchObject({ dimension: 'classification', text: { text: 'Read the HS chapter notes.' }, source: { id: 'hs' } });
  });

  it('lists each verdict with what was judged, and a ledger of the game', () => {
    const g = createGame(mini(), 1);
    for (const c of ['roasted', 'skip', 'air', 'deliver']) g.choose(c);
    const r = g.report();
    expect(r.mistakes[0]).toMatchObject({ from: { kind: 'choice', id: 'roasted' }, label: { key: 'nodes.classify.choices.roasted.label' } });
    expect(r.notes).toEqual([]);
    expect(r.ledger.rows.length).toBeGreaterThanOrEqual(4);
    expect(r.ledger.rows.at(-1)?.moneyAfter).toBe(r.money.end);
    expect(r.setback?.decisive).not.toBeNull();
  });

  it('is not finished while the game goes on', () => {
    const r = createGame(mini(), 1).report();
    expect(r.finished).toBe(false);
    expect(r.ending).toBeNull();
  });
});
