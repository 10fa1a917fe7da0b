import { describe, expect, it } from 'vitest';
import { analysisFindings, createGame, replay, type Finding } from '../../src/engine';
import { mini, scene, tiny } from '../support/scenarios';

const codes = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.path.join('.')}`).sort();

describe('analysisFindings', () => {
  it('reports only the never-available choice for the mini fixture, with a log that shows its scene', () => {
    const fs = analysisFindings(mini());
    expect(codes(fs)).toEqual(['choice-unreachable nodes.ship.choices.2']);
    const f = fs[0]!;
    expect(f.severity).toBe('warning');
    const game = replay(mini(), 1, f.log!).game;
    expect(game.state.node).toBe('ship');
    expect(game.view().choices.find((c) => c.id === 'vip')?.available).toBe(false);
  });

  it('detects a soft-lock and gives the log that walks into it', () => {
    const s = tiny(
      {
        s0: scene([{ id: 'a', next: 's1' }, { id: 'b', effects: [{ type: 'flag', flag: 'pass' }], next: 's1' }]),
        s1: scene([{ id: 'c', requires: { type: 'flag', flag: 'pass' }, next: 'win' }, { id: 'd', requires: { type: 'money', op: '>', value: 500 }, next: 'win' }]),
      },
      { flags: ['pass'] },
    );
    const lock = analysisFindings(s).find((f) => f.code === 'soft-lock')!;
    expect(lock).toMatchObject({ severity: 'error', path: ['nodes', 's1'], log: ['a'] });
    const game = replay(s, 1, lock.log!).game;
    expect(game.state.node).toBe('s1');
    expect(game.view().choices.every((c) => !c.available)).toBe(true);
  });

  it('reports endings, choices and linked scenes that play never reaches', () => {
    const s = tiny({
      s0: scene([{ id: 'go', next: 'win' }, { id: 'rich', requires: { type: 'money', op: '>=', value: 1000 }, next: 'vault' }]),
      vault: scene([{ id: 'open', next: 'bonus' }]),
      bonus: { type: 'ending', kind: 'success', title: 'Bonus', text: 'Bonus.' },
    });
    const fs = analysisFindings(s);
    expect(codes(fs)).toEqual([
      'choice-unreachable nodes.s0.choices.1',
      'ending-unreachable nodes.bonus',
      'ending-unreachable nodes.broke',
      'ending-unreachable nodes.late',
      'node-unreachable-in-play nodes.vault',
    ]);
    expect(fs.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('reports no-success when no win fits the budget, and says nothing of absences when the cap cut the analysis', () => {
    expect(codes(analysisFindings(mini((raw) => { raw.money = 100; })))).toContain('no-success ');
    const capped = analysisFindings(mini(), { maxStates: 5 });
    expect(codes(capped)).toEqual(['analysis-incomplete ']);
    expect(capped[0]?.severity).toBe('warning');
  });

  it('reports a content error (a cycle of branches, all-zero weights) with the log that triggers it, and does not throw', () => {
    const s = tiny({
      s0: scene([{ id: 'loop', next: 'b1' }, { id: 'dice', next: 'c1' }, { id: 'go', next: 'win' }]),
      b1: { type: 'branch', cases: [{ when: { type: 'money', op: '<', value: 0 }, next: 'win' }], else: 'b2' },
      b2: { type: 'branch', cases: [{ when: { type: 'money', op: '<', value: 0 }, next: 'win' }], else: 'b1' },
      c1: { type: 'chance', outcomes: [{ id: 'x', weight: 0, title: 'X', text: 'X.', next: 'win' }, { id: 'y', weight: 0, title: 'Y', text: 'Y.', next: 'win' }] },
    });
    const errors = analysisFindings(s).filter((f) => f.code === 'engine-error');
    expect(errors.map((f) => f.log)).toEqual([['loop'], ['dice']]);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    expect(() => createGame(s, 1).choose('loop')).toThrow();
  });

  it('includes the state cap in the incomplete message and never claims absences then', () => {
    const capped = analysisFindings(mini(), { maxStates: 1 });
    expect(capped.map((f) => f.code)).toEqual(['analysis-incomplete']);
    expect(capped[0]?.message).toContain('after 1 state;');
  });
});
