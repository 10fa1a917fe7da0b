/** The HS 2022 code list the checker uses, read from assets/hs2022 with a real CSV parser. */
import { describe, expect, it } from 'vitest';
import { hsSubheadings, loadHsCodes, parseCsv } from '../../tools/lib/hs';

describe('HS 2022 codes', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n1,\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere'], ['1', '']]);
  });

  it('keeps six-digit subheadings as "0901.11" with their descriptions', () => {
    const codes = hsSubheadings('section,hscode,description,parent,level\nII,09,Coffee,TOTAL,2\nII,0901,"Coffee, roasted or not",09,4\nII,090111,"Coffee; not roasted, not decaf",0901,6\nTOTAL,999999,Not specified,9999,6\n');
    expect([...codes]).toEqual([['0901.11', 'Coffee; not roasted, not decaf']]);
  });

  it('loads the shipped list: every subheading, none of the "TOTAL" rows', () => {
    const codes = loadHsCodes();
    expect(codes.size).toBe(5612);
    expect(codes.get('0901.11')).toBe('Coffee; not roasted or decaffeinated');
    expect(codes.get('0901.21')).toBe('Coffee; roasted, not decaffeinated');
    expect(codes.has('9999.99')).toBe(false);
    expect([...codes.keys()].every((c) => /^\d{4}\.\d{2}$/.test(c))).toBe(true);
  });
});
