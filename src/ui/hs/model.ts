/**
 * What the HS explorer shows, as data: which nodes are the decision's options
 * (or contain one), what a browse level lists, and where a code sits in the
 * tree. Pure: no DOM, tested in Node.
 */
import { hsDigits, hsPath, type HsNode, type HsTree } from './data';

/** How a node relates to the decision's options: it is one, or it contains one. */
export type CandidateMark = 'option' | 'contains-option';

/** The decision's candidate codes as found in the tree. */
export interface Candidates {
  /** Each code as given, with its node (null when it is not an HS 2022 code). */
  readonly list: readonly { readonly code: string; readonly node: HsNode | null }[];
  /** The mark of every option and of each of its ancestors. */
  readonly marks: ReadonlyMap<HsNode, CandidateMark>;
}

/** Finds the candidate codes ("0901.11") in the tree and marks them and their ancestors. */
export function findCandidates(tree: HsTree, codes: readonly string[]): Candidates {
  const marks = new Map<HsNode, CandidateMark>();
  const list = [...new Set(codes)].map((code) => {
    const digits = hsDigits(code);
    const node = (digits && tree.byCode.get(digits)) || null;
    return { code, node };
  });
  for (const { node } of list) {
    if (!node) continue;
    for (const n of hsPath(node)) if (n !== node && marks.get(n) !== 'option') marks.set(n, 'contains-option');
    marks.set(node, 'option');
  }
  return { list, marks };
}

/** One row of a browse level. */
export interface BrowseRow {
  readonly node: HsNode;
  readonly mark: CandidateMark | null;
  /** It has children to open (subheadings have none). */
  readonly opens: boolean;
  /** For a section: its first and last chapter codes. */
  readonly chapterRange: readonly [string, string] | null;
}

/** A browse level: where it is (section → … → node) and the rows it lists. */
export interface BrowseLevel {
  /** null for the top level (all sections). */
  readonly node: HsNode | null;
  readonly path: readonly HsNode[];
  readonly rows: readonly BrowseRow[];
}

/** The level that lists the children of `node` (or the sections for null). */
export function browseLevel(tree: HsTree, node: HsNode | null, candidates: Candidates): BrowseLevel {
  const children = node ? node.children : tree.sections;
  return {
    node,
    path: node ? hsPath(node) : [],
    rows: children.map((n) => {
      const first = n.children[0];
      const last = n.children[n.children.length - 1];
      return {
        node: n,
        mark: candidates.marks.get(n) ?? null,
        opens: n.children.length > 0,
        chapterRange: n.level === 'section' && first && last ? [first.code, last.code] : null,
      };
    }),
  };
}

/** Where to browse to show a node: the level that lists it (its parent; the top level for a section). */
export function levelShowing(node: HsNode): HsNode | null {
  return node.parent;
}
