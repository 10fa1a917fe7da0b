/**
 * Non-blocking notices (e.g. "progress can't be saved"): a small labelled
 * region at the bottom of the page with a Dismiss button, announced once.
 * One notice per id; showing it again while it is up does nothing.
 */
import type { UiContext } from './context';
import { h, uid } from './dom';

/** Shows a notice once per id (until dismissed) and announces it. */
export function showNotice(ctx: UiContext, id: string, message: string): void {
  if (document.querySelector(`aside.notice[data-notice="${CSS.escape(id)}"]`)) return;
  const textId = uid('notice');
  const notice = h('aside', { class: 'notice', 'data-notice': id, 'aria-labelledby': textId },
    h('p', { id: textId }, message),
    h('button', { type: 'button', class: 'button', 'data-action': 'dismiss-notice', onclick: () => notice.remove() }, ctx.t('ui:notice.dismiss')));
  document.body.append(notice);
  ctx.announce(message, 'assertive');
}

/** An inline "did not load" message with a Retry button, announced; it removes itself when Retry is pressed. */
export function loadFailure(ctx: UiContext, message: string, onRetry: () => void): HTMLElement {
  const box: HTMLElement = h('div', { class: 'load-failure', 'data-load-failure': '' },
    h('p', {}, message),
    h('button', { type: 'button', class: 'button', 'data-action': 'retry', onclick: () => { box.remove(); onRetry(); } }, ctx.t('ui:loadFailed.retry')));
  ctx.announce(message, 'assertive');
  return box;
}

/** Removes a notice, if it is up. */
export function hideNotice(id: string): void {
  document.querySelector(`aside.notice[data-notice="${CSS.escape(id)}"]`)?.remove();
}
