/**
 * The compact HS 2022 file (public/hs2022.json) and the tree the explorer
 * builds from it. Pure: no DOM, usable from Node (the builder and tests).
 *
 * Compact form: sections hold chapters, chapters hold headings, headings hold
 * subheadings. Below a section each code is stored as its last two digits
 * only (chapter "09", heading "01" → 0901, subheading "11" → 090111); the full
 * code is rebuilt on load.
 */

/** A subheading: [last two digits, description]. */
export type CompactSubheading = [string, string];
/** A heading: [last two digits, description, subheadings]. */
export type CompactHeading = [string, string, CompactSubheading[]];
/** A chapter: [two digits, description, headings]. */
export type CompactChapter = [string, string, CompactHeading[]];
/** A section: [Roman numeral, name, chapters]. */
export type CompactSection = [string, string, CompactChapter[]];

/** The compact file as written by tools/build-hs-data.ts. */
export interface HsCompactData {
  readonly format: 1;
  readonly edition: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly license: string;
  readonly licenseUrl: string;
  readonly note: string;
  readonly counts: { readonly sections: number; readonly chapters: number; readonly headings: number; readonly subheadings: number };
  readonly sections: CompactSection[];
}

export type HsLevel = 'section' | 'chapter' | 'heading' | 'subheading';

/** One node of the HS tree. `code` is digits only (2, 4 or 6), or a Roman numeral for a section. */
export interface HsNode {
  readonly code: string;
  readonly level: HsLevel;
  readonly description: string;
  readonly parent: HsNode | null;
  readonly children: HsNode[];
}

/** The decoded tree with lookups by code. */
export interface HsTree {
  readonly sections: readonly HsNode[];
  /** Every chapter, heading and subheading by its digits ("09", "0901", "090111"). */
  readonly byCode: ReadonlyMap<string, HsNode>;
  /** Chapters, headings and subheadings in code order. */
  readonly items: readonly HsNode[];
  readonly meta: Omit<HsCompactData, 'sections'>;
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isTuple = (x: unknown, withChildren: boolean): x is unknown[] =>
  Array.isArray(x) && isStr(x[0]) && isStr(x[1]) && (!withChildren || Array.isArray(x[2]));

/** Decodes (and checks the shape of) the compact file; throws an Error with a clear message when it is not one. */
export function decodeHsData(data: unknown): HsTree {
  const d = data as Partial<HsCompactData> | null;
  if (!d || typeof d !== 'object' || d.format !== 1 || !Array.isArray(d.sections))
    throw new Error('hs2022.json: not an HS data file of format 1');
  const byCode = new Map<string, HsNode>();
  const items: HsNode[] = [];
  const make = (code: string, level: HsLevel, description: string, parent: HsNode | null): HsNode => {
    const node: HsNode = { code, level, description, parent, children: [] };
    parent?.children.push(node);
    if (level !== 'section') {
      if (!/^\d{2}(\d{2}){0,2}$/.test(code)) throw new Error(`hs2022.json: bad code "${code}"`);
      byCode.set(code, node);
      items.push(node);
    }
    return node;
  };
  const sections = d.sections.map((s) => {
    if (!isTuple(s, true)) throw new Error('hs2022.json: bad section');
    const section = make(s[0] as string, 'section', s[1] as string, null);
    for (const c of s[2] as unknown[]) {
      if (!isTuple(c, true)) throw new Error(`hs2022.json: bad chapter in section ${section.code}`);
      const chapter = make(c[0] as string, 'chapter', c[1] as string, section);
      for (const h of c[2] as unknown[]) {
        if (!isTuple(h, true)) throw new Error(`hs2022.json: bad heading in chapter ${chapter.code}`);
        const heading = make(chapter.code + (h[0] as string), 'heading', h[1] as string, chapter);
        for (const sh of h[2] as unknown[]) {
          if (!isTuple(sh, false)) throw new Error(`hs2022.json: bad subheading in heading ${heading.code}`);
          make(heading.code + (sh[0] as string), 'subheading', sh[1] as string, heading);
        }
      }
    }
    return section;
  });
  items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const { sections: _omit, ...meta } = d as HsCompactData;
  return { sections, byCode, items, meta };
}

/** Formats HS digits for people: "09", "0901", "0901.11". Section numerals pass through. */
export function formatHsCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

/** Digits of a code written "0901.11", "0901 11" or "090111"; null when it is not a code. */
export function hsDigits(code: string): string | null {
  const digits = code.replace(/[\s.]/g, '');
  return /^\d+$/.test(digits) ? digits : null;
}

/** The chain from the section down to a node (inclusive). */
export function hsPath(node: HsNode): HsNode[] {
  const path: HsNode[] = [];
  for (let n: HsNode | null = node; n; n = n.parent) path.unshift(n);
  return path;
}

/** The chapter a node belongs to (itself for a chapter); null for a section. */
export function hsChapterOf(node: HsNode): HsNode | null {
  return hsPath(node).find((n) => n.level === 'chapter') ?? null;
}
