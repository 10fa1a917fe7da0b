/** Every condition type and comparison at its edge: the catalog scenarios use for requires, branches, modifiers and variants. */
import { describe, expect, it } from 'vitest';
import { createGame, holds } from '../../src/engine';
import type { Condition } from '../../src/scenario';
import { scene, tiny } from '../support/scenarios';

const st = {
  ...createGame(tiny({ s0: scene([{ id: 'go', next: 'win' }]) }), 1).state,
  money: 50, day: 4, flags: { on: true, off: false }, vars: { n: 2 }, visited: ['s0'],
  scores: { classification: 3, customs: 0, compliance: -1, logistics: 0, finance: 0, market: 0 },
};

describe('conditions', () => {
  const cases: [string, Condition, boolean][] = [
    ['money == 50', { type: 'money', op: '==', value: 50 }, true],
    ['money == 49', { type: 'money', op: '==', value: 49 }, false],
    ['money != 50', { type: 'money', op: '!=', value: 50 }, false],
    ['money != 49', { type: 'money', op: '!=', value: 49 }, true],
    ['money < 50', { type: 'money', op: '<', value: 50 }, false],
    ['money < 51', { type: 'money', op: '<', value: 51 }, true],
    ['money <= 50', { type: 'money', op: '<=', value: 50 }, true],
    ['money <= 49', { type: 'money', op: '<=', value: 49 }, false],
    ['money > 50', { type: 'money', op: '>', value: 50 }, false],
    ['money > 49', { type: 'money', op: '>', value: 49 }, true],
    ['money >= 50', { type: 'money', op: '>=', value: 50 }, true],
    ['money >= 51', { type: 'money', op: '>=', value: 51 }, false],
    ['day > 3', { type: 'day', op: '>', value: 3 }, true],
    ['day > 4', { type: 'day', op: '>', value: 4 }, false],
    ['score > 2', { type: 'score', dimension: 'classification', op: '>', value: 2 }, true],
    ['score > 3', { type: 'score', dimension: 'classification', op: '>', value: 3 }, false],
    ['score < 0', { type: 'score', dimension: 'compliance', op: '<', value: 0 }, true],
    ['var == 2', { type: 'var', var: 'n', op: '==', value: 2 }, true],
    ['unset var reads 0', { type: 'var', var: 'unset', op: '==', value: 0 }, true],
    ['flag set', { type: 'flag', flag: 'on' }, true],
    ['flag cleared', { type: 'flag', flag: 'off' }, false],
    ['flag is false', { type: 'flag', flag: 'off', is: false }, true],
    ['flag never set', { type: 'flag', flag: 'never' }, false],
    ['visited', { type: 'visited', node: 's0' }, true],
    ['not visited', { type: 'visited', node: 'win', is: false }, true],
    ['not', { type: 'not', cond: { type: 'flag', flag: 'on' } }, false],
    ['not of false', { type: 'not', cond: { type: 'flag', flag: 'off' } }, true],
    ['all', { type: 'all', of: [{ type: 'flag', flag: 'on' }, { type: 'flag', flag: 'off' }] }, false],
    ['any', { type: 'any', of: [{ type: 'flag', flag: 'on' }, { type: 'flag', flag: 'off' }] }, true],
  ];
  for (const [name, c, want] of cases) it(`${name} is ${want}`, () => expect(holds(c, st)).toBe(want));
});
