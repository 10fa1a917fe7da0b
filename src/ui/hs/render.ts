/**
 * DOM pieces of the HS explorer: rows for a browse level or a search result,
 * breadcrumbs and the list of the decision's options. Text only, no innerHTML.
 */
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { formatHsCode, type HsNode } from './data';
import type { BrowseLevel, CandidateMark, Candidates } from './model';
import type { HsHit } from './search';

/** "Section II", "Chapter 09", "Heading 0901", "Subheading 0901.11". */
export function levelLabel(ctx: UiContext, node: HsNode): string {
  return ctx.t(`hs:level.${node.level}`, { code: formatHsCode(node.code) });
}

function badge(ctx: UiContext, mark: CandidateMark | null): HTMLElement | null {
  if (!mark) return null;
  return h('span', { class: `hs-badge hs-badge--${mark}` },
    h('span', { class: 'hs-badge__icon', 'aria-hidden': 'true' }, mark === 'option' ? '★' : '☆'),
    ctx.t(mark === 'option' ? 'hs:mark.option' : 'hs:mark.containsOption'));
}

/** Parts with a space between each (so accessible names read "0901.11 Coffee…", not "0901.11Coffee…"). */
function spaced(...parts: (HTMLElement | null)[]): (HTMLElement | string)[] {
  return parts.filter((p): p is HTMLElement => !!p).flatMap((p, i) => (i ? [' ', p] : [p]));
}

/** The code and description of a node as the inside of a row. */
function rowContent(ctx: UiContext, node: HsNode, mark: CandidateMark | null, extra: (HTMLElement | null)[] = []): (HTMLElement | string)[] {
  const code = node.level === 'section' ? levelLabel(ctx, node) : formatHsCode(node.code);
  return spaced(
    h('span', { class: 'hs-row__code', dir: 'ltr' }, code),
    h('span', { class: 'hs-row__text' }, ...spaced(h('span', { class: 'hs-row__desc', lang: 'en' }, node.description), ...extra, badge(ctx, mark))),
  );
}

/** The list of a browse level: buttons for rows that open, plain (focusable) rows for subheadings. */
export function renderLevelList(ctx: UiContext, level: BrowseLevel, open: (node: HsNode) => void): HTMLElement {
  return h('ul', { class: 'hs-list', role: 'list' }, ...level.rows.map((row) => {
    const range = row.chapterRange
      ? h('span', { class: 'hs-row__context' }, ctx.t('hs:browse.chapterRange', { from: row.chapterRange[0], to: row.chapterRange[1] }))
      : null;
    const content = rowContent(ctx, row.node, row.mark, [range]);
    const cls = `hs-row${row.mark ? ` hs-row--${row.mark}` : ''}`;
    const item = row.opens
      ? h('button', { type: 'button', class: cls, 'data-code': row.node.code, onclick: () => open(row.node) }, ...content,
        ' ', h('span', { class: 'hs-row__chevron', 'aria-hidden': 'true' }, '›'))
      : h('div', { class: cls, 'data-code': row.node.code, tabindex: -1 }, ...content);
    return h('li', {}, item);
  }));
}

/** The search results: each a button that shows the code in the tree. */
export function renderResults(ctx: UiContext, hits: readonly HsHit[], candidates: Candidates, show: (node: HsNode) => void): HTMLElement {
  return h('ol', { class: 'hs-list hs-results', role: 'list' }, ...hits.map((hit) => {
    const mark = candidates.marks.get(hit.node) ?? null;
    const chapter = hit.chapter && hit.chapter !== hit.node
      ? h('span', { class: 'hs-row__context' }, ctx.t('hs:results.inChapter', { code: hit.chapter.code }), ' ', h('span', { lang: 'en' }, hit.chapter.description))
      : null;
    return h('li', {}, h('button', {
      type: 'button', class: `hs-row${mark ? ` hs-row--${mark}` : ''}`, 'data-code': hit.node.code, onclick: () => show(hit.node),
    }, h('span', { class: 'hs-row__level' }, ctx.t(`hs:levelName.${hit.node.level}`)), ' ', ...rowContent(ctx, hit.node, mark, [chapter])));
  }));
}

/** Breadcrumbs from the top level to the current node; every step but the last is a button. */
export function renderCrumbs(ctx: UiContext, level: BrowseLevel, go: (node: HsNode | null) => void): HTMLElement {
  const steps: { label: string; node: HsNode | null }[] = [
    { label: ctx.t('hs:browse.top'), node: null },
    ...level.path.map((n) => ({ label: levelLabel(ctx, n), node: n })),
  ];
  return h('nav', { class: 'hs-crumbs', 'aria-label': ctx.t('hs:browse.where') },
    h('ol', {}, ...steps.map((step, i) => h('li', {}, i === steps.length - 1
      ? h('span', { 'aria-current': 'location' }, step.label)
      : h('button', { type: 'button', class: 'hs-link', onclick: () => go(step.node) }, step.label)))));
}

/** The decision's options: a button each that shows the code in the tree. */
export function renderOptions(ctx: UiContext, candidates: Candidates, show: (node: HsNode) => void): HTMLElement | null {
  if (!candidates.list.length) return null;
  const headingId = uid('hs-options');
  return h('section', { class: 'hs-options', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, ctx.t('hs:options.heading')),
    h('ul', { class: 'hs-list', role: 'list' }, ...candidates.list.map(({ code, node }) => h('li', {}, node
      ? h('button', { type: 'button', class: 'hs-row hs-row--option', 'data-code': node.code, onclick: () => show(node) },
        ...rowContent(ctx, node, null), ' ', h('span', { class: 'hs-row__context' }, ctx.t('hs:options.show')))
      : h('p', { class: 'hs-row hs-row--missing' }, ctx.t('hs:options.notFound', { code }))))));
}
