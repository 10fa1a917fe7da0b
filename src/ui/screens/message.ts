/** A message screen for problems (e.g. a scenario that cannot be loaded): what happened and a way back. */
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';

/** Renders a heading, a message and one action, and focuses the heading. */
export function renderMessage(root: HTMLElement, input: { ctx: UiContext; titleKey: string; message: string; detail?: string; actionKey: string; onAction(): void }): void {
  const heading = h('h1', { tabindex: -1 }, input.ctx.t(input.titleKey));
  replaceChildren(
    root,
    h('main', { class: 'screen screen-message' },
      h('div', { class: 'panel' },
        heading,
        h('p', {}, input.message),
        input.detail ? h('p', { class: 'detail' }, h('code', {}, input.detail)) : null,
        h('button', { type: 'button', class: 'button primary', onclick: () => input.onAction() }, input.ctx.t(input.actionKey)))),
  );
  heading.focus();
}
