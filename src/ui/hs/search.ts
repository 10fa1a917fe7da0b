/**
 * Searching the HS tree: by words (case- and accent-insensitive, every word
 * must match, subheadings ranked before headings before chapters) or by a code
 * prefix ("0901", "0901.11", "090111"). Pure: no DOM.
 */
import { hsChapterOf, hsDigits, type HsNode, type HsTree } from './data';

/** One search hit: the node, its chapter, and a relevance score (higher is better). */
export interface HsHit {
  readonly node: HsNode;
  readonly chapter: HsNode | null;
  readonly score: number;
}

/** The result of a search: how the query was read, how many matched, and the best `limit` hits. */
export interface HsSearchResult {
  readonly kind: 'empty' | 'code' | 'words';
  readonly total: number;
  readonly hits: readonly HsHit[];
}

/** A normalised word with its possible singular forms. */
interface IndexedWord {
  readonly text: string;
  readonly forms: readonly string[];
}

/** A search index over a tree: the normalised words of every description. */
export interface HsIndex {
  readonly tree: HsTree;
  readonly words: ReadonlyMap<HsNode, readonly IndexedWord[]>;
}

/** Words that do not narrow a search; dropped unless the query has nothing else. */
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'in', 'with', 'to', 'its', 'their']);

const LEVEL_RANK: Record<HsNode['level'], number> = { subheading: 0, heading: 1, chapter: 2, section: 3 };

/** Lower-case, accents removed: "Café" → "cafe". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The normalised words of a text. */
export function tokenize(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Builds the word index of a tree (once, after loading). */
export function createHsIndex(tree: HsTree): HsIndex {
  const seen = new Map<string, IndexedWord>(); // descriptions share most words: one object per distinct word
  const indexed = (text: string) => {
    let w = seen.get(text);
    if (!w) seen.set(text, (w = { text, forms: singulars(text) }));
    return w;
  };
  return { tree, words: new Map(tree.items.map((n) => [n, tokenize(n.description).map(indexed)])) };
}

/** A word and its possible singulars: "berries" → berry, "boxes" → box, "nuts" → nut. */
function singulars(word: string): string[] {
  const out = [word];
  if (word.length > 3 && word.endsWith('s')) {
    out.push(word.slice(0, -1));
    if (word.endsWith('es')) out.push(word.slice(0, -2));
    if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  }
  return out;
}

/** How well one query word matches one description word: 3 exact, 2 word beginning or same singular, 0 none. */
function wordMatch(query: IndexedWord, word: IndexedWord): number {
  if (word.text === query.text) return 3;
  if (word.text.startsWith(query.text)) return 2;
  if (query.forms.length > 1 && query.forms.some((q) => q.length > 2 && word.forms.includes(q))) return 2; // "cashews" finds "cashew"
  return 0;
}

/** Scores a node against query words; null when some word does not match. */
function scoreWords(node: HsNode, words: readonly IndexedWord[], query: readonly IndexedWord[]): number | null {
  let score = 0;
  let previous = -2;
  let first = -1;
  for (const q of query) {
    if (/^\d+$/.test(q.text) && node.code.startsWith(q.text)) { score += 3; previous = -2; continue; }
    let best = 0;
    let at = -1;
    for (let i = 0; i < words.length; i++) {
      const m = wordMatch(q, words[i] as IndexedWord);
      // prefer the match right after the previous word's match (phrases), then the better match
      const bonus = m > 0 && i === previous + 1 ? 2 : 0;
      if (m + bonus > best) { best = m + bonus; at = i; }
    }
    if (best === 0) return null;
    if (first < 0) first = at;
    score += best;
    previous = at;
  }
  return score - Math.max(0, first) * 0.25 - words.length * 0.05;
}

/** Searches the index; returns at most `limit` hits (the total counts all matches). */
export function searchHs(index: HsIndex, query: string, limit = 50): HsSearchResult {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'empty', total: 0, hits: [] };
  const digits = /^[\d\s.]+$/.test(trimmed) ? hsDigits(trimmed) : null;
  if (digits) {
    const nodes = digits.length > 6 ? [] : index.tree.items.filter((n) => n.code.startsWith(digits));
    return { kind: 'code', total: nodes.length, hits: nodes.slice(0, limit).map((n) => ({ node: n, chapter: hsChapterOf(n), score: 0 })) };
  }
  const all = tokenize(trimmed);
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  const words = (meaningful.length ? meaningful : all).map((text) => ({ text, forms: singulars(text) }));
  if (!words.length) return { kind: 'empty', total: 0, hits: [] };
  const hits: HsHit[] = [];
  for (const node of index.tree.items) {
    const score = scoreWords(node, index.words.get(node) ?? [], words);
    if (score !== null) hits.push({ node, chapter: hsChapterOf(node), score });
  }
  hits.sort((a, b) => LEVEL_RANK[a.node.level] - LEVEL_RANK[b.node.level] || b.score - a.score || (a.node.code < b.node.code ? -1 : 1));
  return { kind: 'words', total: hits.length, hits: hits.slice(0, limit) };
}
