/** The title screen: key art behind a panel with continue, new game, settings, about and the language. */
import { keyArtPicture } from '../art/art-image';
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';
import { languageSelect } from './language-select';
import './title.css';

export interface TitleInput {
  ctx: UiContext;
  /** The saved game to continue, if any: its scenario title. */
  continueTitle: string | null;
  languages: readonly string[];
  /** What gets focus: the first action (default), or the language menu (re-rendered after a language change). */
  focus?: 'first' | 'language';
  onContinue(): void;
  onNewGame(): void;
  onLanguage(lang: string): void;
  onSettings(opener: HTMLElement): void;
  onAbout(): void;
}

/** Renders the title screen and focuses its first action (or its language menu). */
export function renderTitle(root: HTMLElement, input: TitleInput): void {
  const { ctx } = input;
  const actions = h('div', { class: 'title-actions' });
  if (input.continueTitle !== null) {
    actions.append(h('button', { type: 'button', class: 'button primary', 'data-action': 'continue', onclick: () => input.onContinue() },
      ctx.t('ui:title.continue'),
      h('span', { class: 'button-note' }, input.continueTitle)));
  }
  actions.append(
    h('button', { type: 'button', class: input.continueTitle === null ? 'button primary' : 'button', 'data-action': 'new-game', onclick: () => input.onNewGame() }, ctx.t('ui:title.newGame')),
  );
  const settings: HTMLButtonElement = h('button', { type: 'button', class: 'button', 'data-action': 'settings', onclick: () => input.onSettings(settings) }, ctx.t('ui:title.settings'));
  actions.append(h('div', { class: 'title-actions__more' },
    settings,
    h('button', { type: 'button', class: 'button', 'data-action': 'about', onclick: () => input.onAbout() }, ctx.t('ui:title.about'))));
  replaceChildren(
    root,
    h('main', { class: 'screen screen-title title-hero' },
      keyArtPicture('title-art'),
      h('div', { class: 'panel title-panel' },
        h('h1', { class: 'brand' }, h('img', { class: 'brand-mark', src: 'icon.svg', alt: '', width: 48, height: 48 }), ctx.t('ui:app.name')),
        h('p', { class: 'tagline' }, ctx.t('ui:app.tagline')),
        actions,
        languageSelect(ctx, input.languages, input.onLanguage))),
  );
  const target = input.focus === 'language' ? root.querySelector<HTMLElement>('select[data-setting="language"]') : actions.querySelector<HTMLElement>('button');
  target?.focus();
}
