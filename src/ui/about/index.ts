/**
 * About and credits: the current scenario's sources, the licenses of the data,
 * fonts, libraries and the game, how to write a scenario, and credits.
 * Needs the 'about' namespace loaded.
 */
import type { Scenario } from '../../scenario';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { safeHref } from '../report/model';
import './about.css';
import { plainText } from '../plain-text';

export interface AboutInput {
  ctx: UiContext;
  scenario?: Scenario;
  onBack(): void;
}

/** Libraries shipped in the game, with their licenses (from their package.json). */
const LIBRARIES: readonly { name: string; license: string; url: string }[] = [
  { name: 'Phaser', license: 'MIT', url: 'https://phaser.io/' },
  { name: 'XState', license: 'MIT', url: 'https://stately.ai/docs/xstate' },
  { name: 'i18next', license: 'MIT', url: 'https://www.i18next.com/' },
  { name: 'howler.js', license: 'MIT', url: 'https://howlerjs.com/' },
  { name: 'Zod', license: 'MIT', url: 'https://zod.dev/' },
];

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('about-h');
  return h('section', { class: 'about-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function link(ctx: UiContext, href: string, text: string): HTMLElement {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text, h('span', { class: 'about-sr' }, ` (${ctx.t('about:newTab')})`));
}

function scenarioSources(ctx: UiContext, scenario: Scenario): HTMLElement {
  const title = plainText(ctx, { key: 'title', text: scenario.title });
  return section(ctx.t('about:scenario.heading', { title }),
    h('p', {}, ctx.t('about:scenario.intro', { version: scenario.version })),
    h('ul', { class: 'about-list' }, ...scenario.sources.map((s) => {
      const href = safeHref(s.url);
      const detail = [s.publisher, s.year?.toString()].filter(Boolean).join(', ');
      return h('li', {}, href ? link(ctx, href, s.title) : h('cite', {}, s.title), detail ? ` — ${detail}` : null);
    })));
}

/** Renders the about screen as the page's <main> into `root` and moves focus to its title. */
export function renderAbout(root: HTMLElement, input: AboutInput): void {
  const { ctx } = input;
  const titleId = uid('about-title');
  const title = h('h1', { id: titleId, tabindex: -1 }, ctx.t('about:title'));
  const article = h('article', { class: 'about', 'aria-labelledby': titleId, lang: ctx.lang, dir: ctx.dir },
    title,
    h('p', { class: 'about-lead' }, ctx.t('about:lead')),
    h('p', {}, ctx.t('about:inspiration')),
    input.scenario ? scenarioSources(ctx, input.scenario) : null,
    section(ctx.t('about:licenses.heading'),
      h('ul', { class: 'about-list' },
        h('li', {}, h('strong', {}, ctx.t('about:licenses.gameName')), ' — ', ctx.t('about:licenses.game')),
        h('li', {}, h('strong', {}, ctx.t('about:licenses.hsName')), ' — ', ctx.t('about:licenses.hs'), ' ',
          link(ctx, 'https://datahub.io/core/harmonized-system', 'datahub.io/core/harmonized-system'), ' · ',
          link(ctx, 'https://opendatacommons.org/licenses/pddl/1-0/', 'ODC-PDDL-1.0')),
        h('li', {}, h('strong', {}, 'Atkinson Hyperlegible'), ' — ', ctx.t('about:licenses.font'), ' ',
          link(ctx, 'https://openfontlicense.org/', 'SIL Open Font License 1.1')),
        h('li', {}, h('strong', {}, ctx.t('about:licenses.artName')), ' — ', ctx.t('about:licenses.art')),
        h('li', {}, h('strong', {}, ctx.t('about:licenses.librariesName')), ' — ',
          ...LIBRARIES.flatMap((lib, i) => [i ? ', ' : '', link(ctx, lib.url, lib.name), ` (${lib.license})`])))),
    section(ctx.t('about:write.heading'),
      h('p', {}, ctx.t('about:write.intro')),
      h('ol', { class: 'about-steps' },
        h('li', {}, ctx.t('about:write.step1'), ' ', h('code', { dir: 'ltr' }, 'docs/scenario-format.md')),
        h('li', {}, ctx.t('about:write.step2'), ' ', h('code', { dir: 'ltr' }, 'scenarios/scenario.schema.json')),
        h('li', {}, ctx.t('about:write.step3'), ' ', h('code', { dir: 'ltr' }, 'npm run scenario -- check')),
        h('li', {}, ctx.t('about:write.step4'), ' ', h('code', { dir: 'ltr' }, 'npm run dev')))),
    section(ctx.t('about:credits.heading'),
      h('p', {}, ctx.t('about:credits.text')),
      h('p', {}, ctx.t('about:credits.facts'))),
    h('div', { class: 'about-actions' },
      h('button', { type: 'button', class: 'about-button', onclick: () => input.onBack() }, ctx.t('about:back'))));
  replaceChildren(root, h('main', { class: 'screen screen-about', id: 'main' }, article));
  title.focus();
}
