import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, serializeHsData } from '../../tools/build-hs-data';
import { decodeHsData, formatHsCode, hsChapterOf, hsDigits, hsPath } from '../../src/ui/hs/data';
import { hsFixture } from './hs-fixture';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n';
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['2', 'two\nlines', '']]);
  });
  it('keeps a last line without a newline and rejects an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => parseCsv('a\n"open')).toThrow(/not closed/);
  });
});

describe('the compact HS 2022 data', () => {
  it('has the 21 sections, 96 HS chapters, 1,228 headings and 5,612 subheadings', () => {
    const { data, tree } = hsFixture();
    expect(data.counts).toEqual({ sections: 21, chapters: 96, headings: 1228, subheadings: 5612 });
    expect(tree.sections).toHaveLength(21);
    const levels = tree.items.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.level]: (acc[n.level] ?? 0) + 1 }), {});
    expect(levels).toEqual({ chapter: 96, heading: 1228, subheading: 5612 });
  });

  it('leaves out UN Comtrade\'s chapter 99 and total rows, which are not HS', () => {
    const { tree } = hsFixture();
    expect(tree.byCode.has('99')).toBe(false);
    expect(tree.byCode.has('999999')).toBe(false);
    expect(tree.byCode.has('77')).toBe(false); // reserved in the HS
  });

  it('keeps 0901.11 under 0901 under chapter 09 in section II', () => {
    const { tree } = hsFixture();
    const node = tree.byCode.get('090111');
    expect(node?.description).toBe('Coffee; not roasted or decaffeinated');
    expect(hsPath(node!).map((n) => n.code)).toEqual(['II', '09', '0901', '090111']);
    expect(hsChapterOf(node!)?.description).toBe('Coffee, tea, mate and spices');
    expect(tree.sections[0]?.description).toBe('Live animals; animal products'); // capitalised from the CSV
  });

  it('names its source and public-domain license', () => {
    const { data } = hsFixture();
    expect(data.source).toMatch(/datahub\.io\/core\/harmonized-system/);
    expect(data.source).toMatch(/UN Comtrade/);
    expect(data.license).toBe('ODC-PDDL-1.0');
  });

  it('is committed in public/hs2022.json exactly as the builder writes it (run npm run hs-data)', () => {
    const committed = readFileSync(new URL('../../public/hs2022.json', import.meta.url), 'utf8');
    expect(committed).toBe(serializeHsData(hsFixture().data));
    expect(decodeHsData(JSON.parse(committed)).items).toHaveLength(96 + 1228 + 5612);
  });

  it('refuses a file that is not HS data with a clear message', () => {
    expect(() => decodeHsData({ hello: 1 })).toThrow(/not an HS data file/);
    expect(() => decodeHsData({ format: 1, sections: [['I', 'x', [['9', 'bad', []]]]] })).toThrow(/bad code "9"/);
    expect(() => decodeHsData(null)).toThrow(/not an HS data file/);
  });
});

describe('HS code helpers', () => {
  it('formats subheadings with a dot and reads codes written in several ways', () => {
    expect(formatHsCode('090111')).toBe('0901.11');
    expect(formatHsCode('0901')).toBe('0901');
    expect(hsDigits('0901.11')).toBe('090111');
    expect(hsDigits(' 0901 11 ')).toBe('090111');
    expect(hsDigits('coffee')).toBeNull();
  });
});
