import { describe, expect, it } from 'vitest';
import { normalizeText, searchHs, tokenize } from '../../src/ui/hs/search';
import { hsFixture } from './hs-fixture';

const codes = (query: string, limit?: number) => searchHs(hsFixture().index, query, limit).hits.map((h) => h.node.code);

describe('HS search by words', () => {
  it('finds green coffee, 0901.11, first for "coffee not roasted"', () => {
    const result = searchHs(hsFixture().index, 'coffee not roasted');
    expect(result.kind).toBe('words');
    expect(result.hits[0]?.node.code).toBe('090111');
    expect(result.hits[0]?.chapter?.code).toBe('09');
  });

  it('ignores case and accents in the query', () => {
    expect(normalizeText('Café CRÈME')).toBe('cafe creme');
    expect(tokenize('Nuts, edible; cashew')).toEqual(['nuts', 'edible', 'cashew']);
    expect(codes('CÖFFEE NÒT RÓASTED')[0]).toBe('090111');
  });

  it('ranks subheadings first, then headings, then chapters', () => {
    const hits = searchHs(hsFixture().index, 'coffee').hits;
    const rank = { subheading: 0, heading: 1, chapter: 2, section: 3 } as const;
    const ranks = hits.map((h) => rank[h.node.level]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(hits.map((h) => h.node.code)).toEqual(expect.arrayContaining(['090111', '090121', '0901', '09']));
    expect(hits.findIndex((h) => h.node.code === '090111')).toBeLessThan(hits.findIndex((h) => h.node.code === '0901'));
  });

  it('requires every word to match', () => {
    expect(searchHs(hsFixture().index, 'coffee horses').total).toBe(0);
    expect(codes('cashew shelled')).toContain('080132');
    expect(codes('cashew shelled')).not.toContain('080131'); // "in shell" does not say "shelled"
  });

  it('matches word beginnings and simple plurals, and drops filler words', () => {
    expect(codes('roast coffee')).toContain('090121');
    expect(codes('cashews')).toContain('080131');
    expect(codes('husks and skins of coffee')[0]).toBe('090190');
  });

  it('counts every match but returns at most the limit', () => {
    const result = searchHs(hsFixture().index, 'other', 10);
    expect(result.hits).toHaveLength(10);
    expect(result.total).toBeGreaterThan(100);
  });

  it('returns nothing for an empty query', () => {
    expect(searchHs(hsFixture().index, '   ')).toEqual({ kind: 'empty', total: 0, hits: [] });
  });
});

describe('HS search by code', () => {
  it('lists a heading and its subheadings for a four-digit prefix', () => {
    const result = searchHs(hsFixture().index, '0901');
    expect(result.kind).toBe('code');
    expect(result.hits.map((h) => h.node.code)).toEqual(['0901', '090111', '090112', '090121', '090122', '090190']);
  });

  it('finds one subheading written as 0901.11, 090111 or 0901 11', () => {
    for (const q of ['0901.11', '090111', '0901 11']) expect(codes(q)).toEqual(['090111']);
  });

  it('lists a chapter first for a two-digit prefix and nothing for too long a code', () => {
    const hits = codes('09', 500);
    expect(hits[0]).toBe('09');
    expect(hits.every((c) => c.startsWith('09'))).toBe(true);
    expect(searchHs(hsFixture().index, '0901111').total).toBe(0);
  });
});
