import { describe, expect, it } from 'vitest';
import { groupLog } from '../../src/engine';

describe('groupLog', () => {
  it('gives each choice the forced outcomes ("@id") that follow it, in order', () => {
    expect(groupLog(['a', '@x', '@y', 'b', 'c', '@z'])).toEqual([
      { choice: 'a', forced: ['x', 'y'] },
      { choice: 'b', forced: [] },
      { choice: 'c', forced: ['z'] },
    ]);
  });

  it('drops forced outcomes that come before any choice: the opening draw is the seed\'s, never pinned', () => {
    expect(groupLog(['@x', '@y', 'a', '@z'])).toEqual([{ choice: 'a', forced: ['z'] }]);
    expect(groupLog(['@x'])).toEqual([]);
  });

  it('gives an empty list for an empty log', () => {
    expect(groupLog([])).toEqual([]);
  });
});
