/** A message screen for problems (e.g. a scenario that cannot be loaded): what happened and a way back (and maybe a retry). */
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';

/** Renders a heading, a message and its actions (Retry first when given), and focuses the heading. */
export function renderMessage(root: HTMLElement, input: { ctx: UiContext; titleKey: string; message: string; detail?: string; actionKey: string; onAction(): void; onRetry?: () => void }): void {
  const { ctx } = input;
  const heading = h('h1', { tabindex: -1 }, ctx.t(input.titleKey));
  replaceChildren(
    root,
    h('main', { class: 'screen screen-message' },
      h('div', { class: 'panel' },
        heading,
        h('p', {}, input.message),
        input.detail ? h('p', { class: 'detail' }, h('code', {}, input.detail)) : null,
        h('div', { class: 'message-actions' },
          input.onRetry ? h('button', { type: 'button', class: 'button primary', 'data-action': 'retry', onclick: () => input.onRetry?.() }, ctx.t('ui:loadFailed.retry')) : null,
          h('button', { type: 'button', class: input.onRetry ? 'button' : 'button primary', 'data-action': 'back', onclick: () => input.onAction() }, ctx.t(input.actionKey))))),
  );
  heading.focus();
}
