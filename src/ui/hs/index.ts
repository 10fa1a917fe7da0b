/**
 * The HS explorer: a modal dialog in an HS classification decision. Search
 * HS 2022 by words or code, or browse sections → chapters → headings →
 * subheadings; the decision's options are marked. It informs only: the player
 * still picks a choice in the scene. Needs the 'hs' namespace loaded.
 */
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import type { HsNode } from './data';
import { openModal } from './dialog';
import { loadHsIndex } from './load';
import { browseLevel, findCandidates, levelShowing, type Candidates } from './model';
import { levelLabel, renderCrumbs, renderLevelList, renderOptions, renderResults } from './render';
import { searchHs, type HsIndex } from './search';
import './hs.css';

export interface HsExplorerInput {
  ctx: UiContext;
  /** The codes of the decision's choices, e.g. ["0901.11", "0901.21"]. */
  candidates: string[];
  onClose(): void;
  returnFocus: HTMLElement;
}

const RESULT_LIMIT = 50;

/** Opens the HS explorer. Escape or the close button closes it and returns focus. */
export function openHsExplorer(input: HsExplorerInput): void {
  const { ctx } = input;
  const titleId = uid('hs-title');
  const introId = uid('hs-intro');
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const modal = openModal({
    labelledBy: titleId, describedBy: introId, className: 'hs-dialog', returnFocus: input.returnFocus,
    onClose: () => {
      clearTimeout(searchTimer);
      clearTimeout(statusTimer);
      input.onClose();
    },
  });
  const { dialog } = modal;
  dialog.lang = ctx.lang;
  dialog.dir = ctx.dir;

  const searchId = uid('hs-search');
  const hintId = uid('hs-hint');
  const field = h('input', {
    id: searchId, type: 'search', class: 'hs-search__input', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hintId,
    enterkeyhint: 'search',
  });
  const status = h('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const optionsSlot = h('div', { class: 'hs-options-slot' });
  const main = h('div', { class: 'hs-main' });
  const closeButton = h('button', { type: 'button', class: 'hs-close', 'aria-label': ctx.t('hs:closeLabel'), onclick: () => modal.close() },
    h('span', { 'aria-hidden': 'true' }, '×'), h('span', { class: 'hs-close__text' }, ctx.t('hs:close')));

  dialog.append(
    h('div', { class: 'hs-frame' },
      h('header', { class: 'hs-header' }, h('h2', { id: titleId }, ctx.t('hs:title')), closeButton),
      h('div', { class: 'hs-scroll' },
        h('div', { id: introId, class: 'hs-intro' }, h('p', {}, ctx.t('hs:intro')), h('p', {}, ctx.t('hs:englishOnly'))),
        optionsSlot,
        h('form', { class: 'hs-search', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); runSearch(true); } },
          h('label', { for: searchId }, ctx.t('hs:search.label')),
          field,
          h('p', { id: hintId, class: 'hs-hint' }, ctx.t('hs:search.hint'))),
        status,
        main,
        h('p', { class: 'hs-credit' }, ctx.t('hs:credit')))));
  field.focus({ preventScroll: true });

  let index: HsIndex | null = null;
  let candidates: Candidates = { list: [], marks: new Map() };
  let current: HsNode | null = null;

  const say = (text: string, later: boolean) => {
    clearTimeout(statusTimer);
    if (later) statusTimer = setTimeout(() => { status.textContent = text; }, 500);
    else status.textContent = text;
  };

  /** Browse to the level listing `node`'s children; focus its heading, or a row when `target` is given. */
  const browse = (node: HsNode | null, target?: HsNode, moveFocus = true) => {
    if (!index) return;
    current = node;
    const level = browseLevel(index.tree, node, candidates);
    const heading = h('h3', { class: 'hs-level-title', tabindex: -1 },
      node ? `${levelLabel(ctx, node)}: ` : ctx.t('hs:browse.sections'), node ? h('span', { lang: 'en' }, node.description) : null);
    const back = field.value.trim()
      ? h('button', { type: 'button', class: 'hs-link hs-back', onclick: () => runSearch(true) }, ctx.t('hs:search.backToResults'))
      : null;
    replaceChildren(main, back, renderCrumbs(ctx, level, (n) => browse(n)), heading,
      renderLevelList(ctx, level, (n) => browse(n)));
    const row = target ? main.querySelector<HTMLElement>(`.hs-list [data-code="${CSS.escape(target.code)}"]`) : null;
    if (row) {
      row.classList.add('hs-row--target');
      row.focus();
      row.scrollIntoView({ block: 'center', behavior: ctx.reducedMotion() ? 'auto' : 'smooth' });
    } else if (moveFocus) heading.focus();
    const childLevel = level.rows[0]?.node.level;
    say(childLevel ? ctx.t(`hs:count.${childLevel}`, { count: level.rows.length }) : '', false);
  };

  /** Shows a node in the tree: the level that lists it, with the node focused. */
  const show = (node: HsNode) => browse(levelShowing(node), node);

  const runSearch = (focusResults: boolean) => {
    clearTimeout(searchTimer);
    if (!index) return;
    const query = field.value;
    const result = searchHs(index, query, RESULT_LIMIT);
    if (result.kind === 'empty') {
      browse(current, undefined, false);
      return;
    }
    const summary = result.total === 0
      ? ctx.t('hs:results.none')
      : result.total > result.hits.length
        ? ctx.t('hs:results.some', { count: result.total, shown: result.hits.length })
        : ctx.t('hs:results.count', { count: result.total });
    const heading = h('h3', { class: 'hs-level-title', tabindex: -1 }, ctx.t('hs:results.heading', { query: query.trim() }));
    replaceChildren(main, heading, result.hits.length ? renderResults(ctx, result.hits, candidates, show) : null);
    say(summary, !focusResults);
    if (focusResults) heading.focus();
  };

  field.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => runSearch(false), 150);
  });

  const load = () => {
    say(ctx.t('hs:loading'), false);
    main.setAttribute('aria-busy', 'true');
    loadHsIndex().then((loaded) => {
      if (!dialog.isConnected) return;
      index = loaded;
      main.removeAttribute('aria-busy');
      candidates = findCandidates(loaded.tree, input.candidates);
      replaceChildren(optionsSlot, renderOptions(ctx, candidates, show));
      // Loading never moves focus: the player may be typing already.
      if (field.value.trim()) runSearch(false);
      else {
        browse(null, undefined, false);
        say(ctx.t('hs:ready'), false);
      }
    }, () => {
      if (!dialog.isConnected) return;
      main.removeAttribute('aria-busy');
      const retry = h('button', { type: 'button', class: 'hs-retry', onclick: load }, ctx.t('hs:retry'));
      replaceChildren(main, h('p', { class: 'hs-error', role: 'alert' }, ctx.t('hs:loadError')), retry);
      say('', false);
    });
  };
  load();
}
