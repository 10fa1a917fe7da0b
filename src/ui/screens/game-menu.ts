/** The in-game menu: resume, settings, about, back to the title (the game stays saved). */
import type { UiContext } from '../context';
import { h } from '../dom';
import { openModal } from './dialog';

export interface GameMenuInput {
  ctx: UiContext;
  returnFocus: HTMLElement;
  onSettings(opener: HTMLElement): void;
  onAbout(): void;
  onTitle(): void;
  onRestart(): void;
}

/** Opens the game menu dialog. */
export function openGameMenu(input: GameMenuInput): void {
  const { ctx } = input;
  let after: (() => void) | null = null;
  const modal = openModal({ className: 'game-menu', returnFocus: input.returnFocus, onClose: () => after?.() });
  const item = (action: string, label: string, run: (() => void) | null) =>
    h('li', {}, h('button', { type: 'button', class: 'button', 'data-action': action, onclick: () => { after = run; modal.close(); } }, label));
  modal.dialog.append(
    h('h2', {}, ctx.t('ui:menu.title')),
    h('p', { class: 'hint' }, ctx.t('ui:menu.saved')),
    h('ul', { class: 'menu-list', role: 'list' },
      item('resume', ctx.t('ui:menu.resume'), null),
      item('settings', ctx.t('ui:menu.settings'), () => input.onSettings(input.returnFocus)),
      item('about', ctx.t('ui:menu.about'), input.onAbout),
      item('restart', ctx.t('ui:menu.restart'), input.onRestart),
      item('title', ctx.t('ui:menu.toTitle'), input.onTitle)),
  );
}
