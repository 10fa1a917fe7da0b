import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/engine';
import { buildDebrief, distribution, modeLine, roomMode, verdictsShown } from '../../src/workshop/debrief';
import { mini } from '../support/scenarios';

const scenario = mini();

function play(seed: number, steps: [string, string[]?][]): Game {
  const g = createGame(scenario, seed);
  for (const [choice, forced] of steps) expect(g.choose(choice, forced ?? []).ok, choice).toBe(true);
  return g;
}

/** Four players: a careful win, a wrong HS code refused at arrival, a spender out of money, one still playing. */
function room(): Game[] {
  return [
    play(1, [['green'], ['apply'], ['sea', ['green-lane']], ['deliver']]),
    play(2, [['roasted'], ['skip'], ['air', ['red-lane']], ['deliver']]),
    play(3, [['roasted'], ['splurge']]),
    play(4, [['green'], ['skip']]),
  ];
}

describe('buildDebrief on the mini scenario', () => {
  const d = buildDebrief(scenario, room());

  it('counts players, finished games and outcomes by kind and by ending', () => {
    expect(d.players).toBe(4);
    expect(d.finished).toBe(3);
    expect(d.outcomes.byKind).toEqual([{ kind: 'success', count: 1 }, { kind: 'over-budget', count: 1 }, { kind: 'refused', count: 1 }]);
    expect(d.outcomes.byEnding.map((e) => [e.node, e.kind, e.title.text, e.count])).toEqual([
      ['success', 'success', 'Delivered', 1], ['refused', 'refused', 'Refused', 1], ['broke', 'over-budget', 'Out of money', 1]]);
    expect(d.outcomes.byEnding[0]?.title.key).toBe('nodes.success.title');
    expect(d.outcomes.unfinished).toBe(1);
  });

  it('tallies how the room chose at each reached scene, in scenario order, untaken choices included', () => {
    expect(d.decisions.map((x) => [x.node, x.reached, x.chosen])).toEqual([['classify', 4, 4], ['aeo', 4, 4], ['ship', 3, 2], ['arrive', 2, 2]]);
    const [classify, aeo, ship] = d.decisions;
    expect(classify?.prompt).toEqual({ key: 'nodes.classify.text', text: 'Which HS code?' });
    expect(classify?.choices).toEqual([
      { id: 'green', label: { key: 'nodes.classify.choices.green.label', text: '0901.11 not roasted' }, count: 2 },
      { id: 'roasted', label: { key: 'nodes.classify.choices.roasted.label', text: '0901.21 roasted' }, count: 2 },
    ]);
    expect(aeo?.choices.map((c) => [c.id, c.count])).toEqual([['apply', 1], ['skip', 2], ['splurge', 1]]);
    expect(ship?.choices.map((c) => [c.id, c.count])).toEqual([['sea', 1], ['air', 1], ['vip', 0]]);
  });

  it('leaves out scenes nobody reached', () => {
    const one = buildDebrief(scenario, [play(3, [['roasted'], ['splurge']])]);
    expect(one.decisions.map((x) => x.node)).toEqual(['classify', 'aeo']);
  });

  it('maps the paths: players per stop and per move, with layers from the start', () => {
    expect(d.paths.start).toBe('classify');
    expect(d.paths.edges).toEqual([
      { from: 'classify', to: 'aeo', players: 4 },
      { from: 'aeo', to: 'ship', players: 3 },
      { from: 'aeo', to: 'broke', players: 1 },
      { from: 'ship', to: 'inspection', players: 2 },
      { from: 'inspection', to: 'arrive', players: 2 },
      { from: 'arrive', to: 'success', players: 1 },
      { from: 'arrive', to: 'refused', players: 1 },
    ]);
    expect(d.paths.nodes.map((n) => [n.id, n.type, n.players, n.layer])).toEqual([
      ['classify', 'scene', 4, 0], ['aeo', 'scene', 4, 1], ['ship', 'scene', 3, 2], ['broke', 'ending', 1, 2],
      ['inspection', 'chance', 2, 3], ['arrive', 'scene', 2, 4], ['success', 'ending', 1, 5], ['refused', 'ending', 1, 5]]);
    expect(d.paths.nodes.find((n) => n.id === 'inspection')?.label).toBeNull();
  });

  it('groups the mistakes, most common first, with the author feedback and source', () => {
    expect(d.mistakes).toEqual([
      { from: { kind: 'choice', node: 'classify', id: 'roasted' },
        scene: { key: 'nodes.classify.text', text: 'Which HS code?' }, what: { key: 'nodes.classify.choices.roasted.label', text: '0901.21 roasted' },
        dimension: 'classification', points: -2,
        feedback: { key: 'nodes.classify.choices.roasted.feedback.classification', text: 'Roasting is the dividing line.' },
        source: { id: 'hs', title: 'HS 2022 nomenclature', url: null }, players: 2, occurrences: 2 },
      { from: { kind: 'consequence', node: null, id: 'hs-hold' }, scene: null, what: { key: 'consequences.hs-hold.title', text: 'Customs hold' },
        dimension: 'classification', points: -1,
        feedback: { key: 'consequences.hs-hold.feedback.classification', text: 'Check the HS code before shipping.' },
        source: { id: 'hs', title: 'HS 2022 nomenclature', url: null }, players: 1, occurrences: 1 },
    ]);
  });

  it('gives money left and days used over finished games, and average readiness', () => {
    // Finished: 1000-300-200 = 500 on day 16; 1000-600-200 = 200 on day 2+3+4 = 9; 1000-2000 = -1000 on day 0.
    expect(d.money).toEqual({ min: -1000, median: 200, max: 500, count: 3 });
    expect(d.days).toEqual({ min: 0, median: 9, max: 16, count: 3 });
    // Classification: 100 (green), 0 (roasted + hold), 0 (roasted), 100 (green, still playing).
    expect(d.readiness.find((r) => r.dimension === 'classification')).toEqual({ dimension: 'classification', average: 50, players: 4 });
    expect(d.readiness.find((r) => r.dimension === 'market')).toEqual({ dimension: 'market', average: null, players: 0 });
    expect(d.readiness.map((r) => r.dimension)).toEqual(['market', 'classification', 'compliance', 'logistics', 'finance', 'customs']);
    expect(d.overall).toBe(50);
  });
});

it('names the chance outcome a mistake came from', () => {
  const scored = mini((raw) => { raw.nodes.inspection.outcomes[1].scores = [{ dimension: 'customs', points: -1, feedback: 'Papers first.' }]; });
  const g = createGame(scored, 1);
  for (const [c, f] of [['green', []], ['skip', []], ['sea', ['red-lane']]] as const) expect(g.choose(c, f).ok).toBe(true);
  expect(buildDebrief(scored, [g]).mistakes).toMatchObject([{
    from: { kind: 'outcome', node: 'inspection', id: 'red-lane' }, scene: null,
    what: { key: 'nodes.inspection.outcomes.red-lane.title', text: 'Physical inspection' }, dimension: 'customs', points: -1, players: 1,
  }]);
});

describe('buildDebrief inputs', () => {
  it('replays choice logs to the same debrief as the games', () => {
    const games = room();
    const logs = games.map((g) => ({ seed: g.seed, log: g.log }));
    expect(buildDebrief(scenario, logs)).toEqual(buildDebrief(scenario, games));
  });

  it('skips logs that do not replay and games of another scenario, saying which', () => {
    const other = mini((raw) => { raw.version = '2.0.0'; });
    const d = buildDebrief(scenario, [
      { seed: 1, log: ['green'] },
      { seed: 1, log: ['no-such-choice'] },
      createGame(other, 1),
      { seed: 1, log: ['green', 'apply', 'sea', '@not-an-outcome'] },
    ]);
    expect(d.players).toBe(1);
    expect(d.skipped).toEqual([{ index: 1, reason: 'replay-failed' }, { index: 2, reason: 'other-scenario' }, { index: 3, reason: 'replay-failed' }]);
  });

  it('has nothing to say about an empty room', () => {
    const d = buildDebrief(scenario, []);
    expect([d.players, d.finished, d.decisions.length, d.paths.nodes.length, d.mistakes.length]).toEqual([0, 0, 0, 0, 0]);
    expect([d.money, d.days, d.overall]).toEqual([null, null, null]);
    expect(d.outcomes).toEqual({ byKind: [], byEnding: [], unfinished: 0 });
  });
});

describe('distribution', () => {
  it('takes the mean of the two middle values for an even count', () => {
    expect(distribution([4, 1, 3, 10])).toEqual({ min: 1, median: 3.5, max: 10, count: 4 });
    expect(distribution([])).toBeNull();
  });
});

describe('per-decision counts are players, not visits', () => {
  // "Ask Ana first" sends the player back to the same decision: a revisit.
  const loop = mini((raw) => {
    raw.nodes.classify.choices.push({ id: 'ask', label: 'Ask Ana first', cost: { days: 1 }, next: 'classify' });
  });
  const games = () => {
    const g = (seed: number, choices: string[]) => {
      const x = createGame(loop, seed);
      for (const c of choices) expect(x.choose(c).ok, c).toBe(true);
      return x;
    };
    return [
      g(1, ['ask', 'ask', 'green']), // three visits, last choice green
      g(2, ['ask', 'roasted']), // two visits, last choice roasted
      g(3, ['green']),
      g(4, ['ask']), // back at the decision, no final choice yet
    ];
  };

  it('counts a player who came back to a scene once, with the last choice made there', () => {
    const d = buildDebrief(loop, games());
    const classify = d.decisions.find((x) => x.node === 'classify');
    expect(classify?.reached).toBe(4);
    // Each player counts once with their last choice; player 4 is still deciding after asking, so their last choice is "ask".
    expect(classify?.choices.map((c) => [c.id, c.count])).toEqual([['green', 2], ['roasted', 1], ['ask', 1]]);
    expect(classify?.chosen).toBe(4);
    for (const x of d.decisions) {
      expect(x.chosen).toBe(x.choices.reduce((a, c) => a + c.count, 0));
      expect(x.chosen).toBeLessThanOrEqual(x.reached);
    }
    expect(d.decisions.find((x) => x.node === 'aeo')).toMatchObject({ reached: 3, chosen: 0 }); // at the next decision, not chosen yet
  });
});

describe('feedback modes in the debrief', () => {
  it('is unknown when not given, one mode for a workshop room, and each play’s own mode for result codes', () => {
    const plays = room();
    expect(buildDebrief(scenario, plays).modes).toBeNull();
    expect(buildDebrief(scenario, plays, 'challenge').modes).toEqual({ coach: 0, challenge: 4 });
    expect(buildDebrief(scenario, plays, ['coach', 'challenge', 'challenge', 'coach']).modes).toEqual({ coach: 2, challenge: 2 });
  });

  it('leaves skipped plays out of the mode counts', () => {
    const d = buildDebrief(scenario, [{ seed: 1, log: ['green'] }, { seed: 1, log: ['no-such-choice'] }], ['coach', 'challenge']);
    expect(d.modes).toEqual({ coach: 1, challenge: 0 });
  });

  it('words the room’s mode, or the split when players played both', () => {
    const t = (key: string, v: Record<string, unknown> = {}) => `${key}${JSON.stringify(v)}`;
    expect(modeLine(null, t, String)).toBeNull();
    expect(modeLine({ coach: 0, challenge: 0 }, t, String)).toBeNull();
    expect(modeLine({ coach: 0, challenge: 3 }, t, String)).toBe('debrief:room.mode{"mode":"debrief:mode.challenge{}"}');
    expect(modeLine({ coach: 2, challenge: 0 }, t, String)).toBe('debrief:room.mode{"mode":"debrief:mode.coach{}"}');
    expect(modeLine({ coach: 2, challenge: 1 }, t, String)).toBe('debrief:room.modes{"coach":"2","challenge":"1"}');
    expect([roomMode(null), roomMode({ coach: 1, challenge: 0 }), roomMode({ coach: 0, challenge: 1 }), roomMode({ coach: 1, challenge: 1 })]).toEqual([null, 'coach', 'challenge', 'mixed']);
  });
});

describe('verdicts in a live debrief', () => {
  it('in Challenge mode wait until every player has finished; in Coach mode show at once', () => {
    const plays = (n: number, finish: number) => Array.from({ length: n }, (_, i) => {
      const g = createGame(mini(), i + 1);
      g.choose('green');
      if (i < finish) for (const c of ['skip', 'sea', 'deliver']) g.choose(c);
      return { seed: g.seed, log: g.log };
    });
    const some = buildDebrief(mini(), plays(3, 2), 'challenge');
    const all = buildDebrief(mini(), plays(3, 3), 'challenge');
    expect([some.players, some.finished, all.finished]).toEqual([3, 2, 3]);
    expect(verdictsShown('challenge', some)).toBe(false);
    expect(verdictsShown('challenge', all)).toBe(true);
    expect(verdictsShown('coach', some)).toBe(true);
    expect(verdictsShown('coach', buildDebrief(mini(), [], 'coach'))).toBe(false);
  });
});
