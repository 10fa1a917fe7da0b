/**
 * The report in sections that fit a phone: the summary (the outcome and money and time) stays open,
 * every other section folds under its heading. The heading holds a disclosure button (aria-expanded)
 * with a short figure beside the title (e.g. the overall readiness); headings stay headings for
 * screen-reader navigation. Folded content is hidden on screen only: printing shows every section.
 */
import { h } from '../dom';

/** Sections that never fold: the summary a player reads first. */
const ALWAYS_OPEN = new Set(['rp-budget']);

/** Whether sections start open: on wide screens the whole report fits the reading flow. */
export function startOpen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 64rem)').matches;
}

/** Makes each .rp-section of `article` foldable; `badges` maps a section class to the figure shown beside its title. */
export function foldSections(article: HTMLElement, open: boolean, badges: ReadonlyMap<string, string> = new Map()): void {
  for (const section of elementChildren(article).filter((el) => classesOf(el).includes('rp-section'))) {
    const kind = classesOf(section).find((c) => c !== 'rp-section' && c.startsWith('rp-')) ?? '';
    if (ALWAYS_OPEN.has(kind)) continue;
    const heading = elementChildren(section).find((el) => el.nodeName === 'H2');
    if (!heading) continue;
    const badge = badges.get(kind);
    const toggle: HTMLButtonElement = h('button', {
      type: 'button', class: 'rp-fold__toggle', 'aria-expanded': String(open),
      onclick: () => setOpen(section, toggle, toggle.getAttribute('aria-expanded') !== 'true'),
    },
    h('span', { class: 'rp-fold__title' }, ...heading.childNodes),
    badge ? h('span', { class: 'rp-fold__badge' }, badge) : null,
    h('span', { class: 'rp-fold__chevron', 'aria-hidden': 'true' }));
    heading.replaceChildren(toggle);
    setClass(section, 'rp-fold', true);
    setOpen(section, toggle, open);
  }
}

function setOpen(section: HTMLElement, toggle: HTMLButtonElement, open: boolean): void {
  toggle.setAttribute('aria-expanded', String(open));
  setClass(section, 'rp-fold--open', open);
}

/** The element children of a node (plain child-node walking, so it also runs on the report's server-side renderers). */
function elementChildren(node: HTMLElement): HTMLElement[] {
  return [...node.childNodes].filter((c): c is HTMLElement => c.nodeType === 1);
}

function classesOf(el: HTMLElement): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function setClass(el: HTMLElement, name: string, on: boolean): void {
  const rest = classesOf(el).filter((c) => c !== name);
  el.setAttribute('class', (on ? [...rest, name] : rest).join(' '));
}
