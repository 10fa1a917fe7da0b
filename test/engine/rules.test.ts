import { describe, expect, it } from 'vitest';
import { createGame, replay } from '../../src/engine';
import { mini } from '../support/scenarios';

const play = (choices: string[], seed = 1, scenario = mini()) => {
  const game = createGame(scenario, seed);
  for (const c of choices) {
    const r = game.choose(c);
    if (!r.ok) throw new Error(`rejected ${c}: ${r.rejection.code}`);
  }
  return game;
};

describe('costs and time', () => {
  it('charges the shown money and days of a choice', () => {
    const g = play(['green', 'apply']);
    expect(g.state.money).toBe(1000 - 300);
    expect(g.state.day).toBe(1 + 5);
  });

  it('reports each money and day change as an effect for the UI', () => {
    const g = play(['green', 'apply']);
    expect(g.state.effects).toEqual(expect.arrayContaining([{ type: 'money', delta: -300 }, { type: 'days', delta: 5 }]));
  });
});

describe('global rules', () => {
  it('ends the game with the out-of-money rule when money falls below zero', () => {
    const g = play(['green', 'splurge']);
    expect(g.state.status).toBe('ended');
    expect(g.state.node).toBe('broke');
    expect(g.state.effects).toContainEqual({ type: 'rule', rule: 'outOfMoney' });
    expect(g.report().ending?.kind).toBe('over-budget');
  });

  it('ends the game with the deadline rule when the day passes the deadline', () => {
    const s = mini((raw) => { raw.deadline = 10; });
    const g = play(['green', 'apply'], 1, s);
    expect(g.state.status).toBe('playing');
    g.choose('sea');
    expect(g.state.node).toBe('late');
    expect(g.report().onTime).toBe(false);
  });

  it('lets a scenario handle running out of money with a scene instead of an ending', () => {
    const s = mini((raw) => {
      raw.rules.outOfMoney.next = 'loan';
      raw.nodes.loan = { type: 'scene', text: 'A bank offers a loan.', choices: [
        { id: 'take', label: 'Take the loan', effects: [{ type: 'money', amount: 3000 }], next: 'ship' },
        { id: 'quit', label: 'Give up', next: 'broke' },
      ] };
    });
    const g = play(['green', 'splurge'], 1, s);
    expect(g.state.node).toBe('loan');
    g.choose('take');
    expect(g.state.node).toBe('ship');
    expect(g.state.money).toBe(1000 - 2000 + 3000);
  });
});

describe('HS classification and delayed consequences', () => {
  it('schedules a consequence that fires later, on the arrival milestone', () => {
    const g = play(['roasted', 'skip', 'air']);
    expect(g.state.node).toBe('arrive');
    expect(g.state.effects).toContainEqual({ type: 'consequence', id: 'hs-hold' });
    expect(g.state.pending).toEqual([]);
    const clean = play(['green', 'skip', 'air']);
    expect(clean.state.effects).not.toContainEqual({ type: 'consequence', id: 'hs-hold' });
    expect(g.state.day - clean.state.day).toBeGreaterThanOrEqual(4 - 1); // 4 days held, 1 day saved by not researching
  });

  it('scores the wrong HS code as a mistake with its feedback and source in the report', () => {
    const g = play(['roasted', 'skip', 'air', 'deliver']);
    const r = g.report();
    expect(r.success).toBe(false);
    expect(r.ending?.kind).toBe('refused');
    expect(r.mistakes.map((m) => m.feedback.text)).toEqual(['Roasting is the dividing line.', 'Check the HS code before shipping.']);
    expect(r.mistakes[0]?.source?.title).toBe('HS 2022 nomenclature');
    expect(r.dimensions.classification.percent).toBe(0);
  });

  it('fires an afterDays consequence at the first scene on or after its day', () => {
    const s = mini((raw) => {
      raw.consequences.late = { afterDays: 5, title: 'Payment due', text: 'Pay the broker.', effects: [{ type: 'money', amount: -50 }] };
      raw.nodes.classify.choices[0].effects = [{ type: 'schedule', consequence: 'late' }];
    });
    const early = play(['green'], 1, s);
    expect(early.state.pending.map((p) => p.id)).toEqual(['late']);
    const g = play(['green', 'apply'], 1, s); // day 6 ≥ 1 + 5
    expect(g.state.pending).toEqual([]);
    expect(g.state.money).toBe(1000 - 300 - 50);
  });

  it('drops a consequence whose condition no longer holds when it is due', () => {
    const s = mini((raw) => { raw.consequences['hs-hold'].when = { type: 'flag', flag: 'aeo', is: false }; });
    const g = play(['roasted', 'apply', 'air'], 1, s);
    expect(g.state.effects).not.toContainEqual({ type: 'consequence', id: 'hs-hold' });
  });
});

describe('availability', () => {
  it('shows an unavailable choice disabled with its reason', () => {
    const v = play(['green', 'skip']).view();
    const vip = v.choices.find((c) => c.id === 'vip');
    expect(vip).toMatchObject({ available: false, reason: { key: 'nodes.ship.choices.vip.reason', text: 'Too expensive.' } });
  });

  it('rejects an unavailable choice and leaves the state unchanged', () => {
    const g = play(['green', 'skip']);
    const before = g.state;
    const r = g.choose('vip');
    expect(r).toEqual({ ok: false, rejection: { code: 'unavailable', choice: 'vip', reason: { key: 'nodes.ship.choices.vip.reason', text: 'Too expensive.' } } });
    expect(g.state).toBe(before);
  });

  it('rejects unknown choices and choices after the end', () => {
    const g = play(['green', 'skip', 'air']);
    expect(g.choose('nope')).toMatchObject({ ok: false, rejection: { code: 'unknown-choice' } });
    g.choose('deliver');
    expect(g.choose('deliver')).toMatchObject({ ok: false, rejection: { code: 'game-over' } });
  });

  it('hides a choice marked hide while it is unavailable', () => {
    const s = mini((raw) => { raw.nodes.ship.choices[2].whenUnavailable = 'hide'; });
    const v = play(['green', 'skip'], 1, s).view();
    expect(v.choices.map((c) => [c.id, c.number])).toEqual([['sea', 1], ['air', 2]]);
  });
});

describe('variables and branches', () => {
  it('clamps variables to their declared range', () => {
    const s = mini((raw) => { raw.nodes.classify.choices[0].effects = [{ type: 'var', var: 'quality', op: 'add', value: 10 }]; });
    expect(play(['green'], 1, s).state.vars.quality).toBe(3);
  });

  it('follows the first branch case that holds, else the default', () => {
    expect(play(['green', 'skip', 'air', 'deliver']).state.node).toBe('success');
    expect(play(['roasted', 'skip', 'air', 'deliver']).state.node).toBe('refused');
  });
});

describe('determinism', () => {
  it('replays the same seed and choices to the identical final state', () => {
    for (const seed of [1, 2, 3, 99, 123456]) {
      const a = play(['green', 'skip', 'sea', 'deliver'], seed);
      const b = replay(mini(), seed, a.log);
      expect(b.ok).toBe(true);
      expect(b.game.state).toEqual(a.state);
    }
  });

  it('draws chance outcomes from the seed, so different seeds can differ', () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const g = play(['green', 'skip', 'sea'], seed);
      outcomes.add(g.state.trail.find((t) => t.kind === 'outcome')?.kind === 'outcome' ? (g.state.trail.find((t) => t.kind === 'outcome') as { outcome: string }).outcome : '');
    }
    expect(outcomes).toEqual(new Set(['green-lane', 'red-lane']));
  });
});

describe('global rules do not trap the player', () => {
  const withLoan = () => mini((raw) => {
    raw.rules.outOfMoney.next = 'loan';
    raw.nodes.loan = { type: 'scene', text: 'A bank offers a loan.', choices: [
      { id: 'take', label: 'Take a small loan', effects: [{ type: 'money', amount: 500 }], next: 'ship' },
      { id: 'quit', label: 'Give up', next: 'abandon' },
    ] };
    raw.nodes.abandon = { type: 'ending', kind: 'abandoned', title: 'Given up', text: 'You stopped.' };
  });

  it('lets a player give up from the out-of-money scene while still in debt', () => {
    const g = play(['green', 'splurge', 'quit'], 1, withLoan());
    expect(g.state.status).toBe('ended');
    expect(g.state.node).toBe('abandon');
  });

  it('lets a choice made in the out-of-money scene go on even if the money is still short', () => {
    const g = play(['green', 'splurge', 'take'], 1, withLoan());
    expect(g.state.money).toBe(1000 - 2000 + 500);
    expect(g.state.node).toBe('ship');
    g.choose('sea');
    expect(g.state.node).toBe('loan'); // the next step away from it brings the rule back
  });

  it('keeps a failure ending the step was heading for', () => {
    const s = mini((raw) => { raw.nodes.aeo.choices[2].next = 'refused'; });
    expect(play(['green', 'splurge'], 1, s).state.node).toBe('refused');
  });

  it('still stops a success ending reached in debt', () => {
    const s = mini((raw) => { raw.nodes.aeo.choices[2].next = 'success'; });
    expect(play(['green', 'splurge'], 1, s).state.node).toBe('broke');
  });
});
