import { describe, expect, it } from 'vitest';
import { browseLevel, findCandidates, levelShowing } from '../../src/ui/hs/model';
import { hsFixture } from './hs-fixture';

describe('the decision\'s options in the HS tree', () => {
  it('marks each option and every level that contains one', () => {
    const { tree } = hsFixture();
    const c = findCandidates(tree, ['0901.11', '0901.21', '0901.11']);
    expect(c.list.map((x) => x.node?.code)).toEqual(['090111', '090121']);
    expect(c.marks.get(tree.byCode.get('090111')!)).toBe('option');
    expect(c.marks.get(tree.byCode.get('0901')!)).toBe('contains-option');
    expect(c.marks.get(tree.byCode.get('09')!)).toBe('contains-option');
    expect(c.marks.get(tree.sections[1]!)).toBe('contains-option');
    expect(c.marks.has(tree.byCode.get('090112')!)).toBe(false);
    expect(c.marks.has(tree.sections[0]!)).toBe(false);
  });

  it('keeps a code that is not in HS 2022 with no node, and marks nothing for it', () => {
    const { tree } = hsFixture();
    const c = findCandidates(tree, ['9999.99', 'coffee']);
    expect(c.list).toEqual([{ code: '9999.99', node: null }, { code: 'coffee', node: null }]);
    expect(c.marks.size).toBe(0);
  });
});

describe('browse levels', () => {
  it('lists the 21 sections at the top with their chapter ranges', () => {
    const { tree } = hsFixture();
    const top = browseLevel(tree, null, findCandidates(tree, ['0901.11']));
    expect(top.rows).toHaveLength(21);
    expect(top.path).toEqual([]);
    expect(top.rows[1]).toMatchObject({ chapterRange: ['06', '14'], mark: 'contains-option', opens: true });
    expect(top.rows[14]?.chapterRange).toEqual(['72', '83']); // section XV skips the reserved chapter 77
  });

  it('lists the subheadings of a heading as rows that do not open, with the option marked', () => {
    const { tree } = hsFixture();
    const heading = tree.byCode.get('0901')!;
    const level = browseLevel(tree, heading, findCandidates(tree, ['0901.11']));
    expect(level.path.map((n) => n.code)).toEqual(['II', '09', '0901']);
    expect(level.rows.map((r) => [r.node.code, r.opens, r.mark])).toEqual([
      ['090111', false, 'option'], ['090112', false, null], ['090121', false, null], ['090122', false, null], ['090190', false, null],
    ]);
  });

  it('shows a node in the level that lists it', () => {
    const { tree } = hsFixture();
    expect(levelShowing(tree.byCode.get('090111')!)?.code).toBe('0901');
    expect(levelShowing(tree.sections[0]!)).toBeNull();
  });
});
