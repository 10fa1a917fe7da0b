import { expect, it } from 'vitest';
import { describeCondition } from '../../src/editor/conditions';

const t = (k: string, o: Record<string, unknown> = {}) => `${k.replace('editor:cond.', '')}(${Object.values(o).join('|')})`;

it('describes every kind of condition, nested, without running anything', () => {
  expect(describeCondition({ type: 'flag', flag: 'hasAeo' }, t)).toBe('hasAeo');
  expect(describeCondition({ type: 'flag', flag: 'hasAeo', is: false }, t)).toBe('notFlag(hasAeo)');
  expect(describeCondition({ type: 'var', var: 'trust', op: '>=', value: 2 }, t)).toBe('trust ≥ 2');
  expect(describeCondition({ type: 'money', op: '<', value: 500 }, t)).toBe('money(<|500)');
  expect(describeCondition({ type: 'visited', node: 'bank' }, t)).toBe('seen(bank)');
  expect(describeCondition({ type: 'all', of: [{ type: 'flag', flag: 'a' }, { type: 'flag', flag: 'b' }, { type: 'day', op: '>', value: 3 }] }, t)).toBe('and(and(a|b)|day(>|3))');
  expect(describeCondition({ type: 'not', cond: { type: 'any', of: [{ type: 'flag', flag: 'a' }] } }, t)).toBe('not(a)');
  expect(describeCondition({ type: 'constructor' }, t)).toBe('?');
  expect(describeCondition('nope', t)).toBe('?');
});
