/** A confirmation dialog for an action that loses progress (e.g. restarting a scenario): confirm or cancel. */
import type { UiContext } from '../context';
import { h } from '../dom';
import { openModal, type ReturnFocus } from './dialog';

export interface ConfirmInput {
  ctx: UiContext;
  /** ui: keys of the title, the message and the two buttons. */
  titleKey: string;
  messageKey: string;
  confirmKey: string;
  cancelKey: string;
  /** Where focus goes when the player cancels. */
  returnFocus: ReturnFocus;
  onConfirm(): void;
  /** Called when the player cancels (Cancel, Esc). */
  onCancel?(): void;
}

/** Opens the dialog; Cancel is focused first, and Esc cancels. */
export function openConfirm(input: ConfirmInput): void {
  const { ctx } = input;
  let confirmed = false;
  const modal = openModal({
    className: 'confirm-dialog',
    returnFocus: () => (confirmed ? null : typeof input.returnFocus === 'function' ? input.returnFocus() : input.returnFocus),
    onClose: () => { if (confirmed) input.onConfirm(); else input.onCancel?.(); },
  });
  modal.dialog.setAttribute('role', 'alertdialog');
  modal.dialog.append(
    h('h2', {}, ctx.t(input.titleKey)),
    h('p', { id: 'confirm-dialog-why' }, ctx.t(input.messageKey)),
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'button', class: 'button primary', 'data-action': 'cancel', autofocus: true, onclick: () => modal.close() }, ctx.t(input.cancelKey)),
      h('button', { type: 'button', class: 'button', 'data-action': 'confirm', onclick: () => { confirmed = true; modal.close(); } }, ctx.t(input.confirmKey))),
  );
  modal.dialog.setAttribute('aria-describedby', 'confirm-dialog-why');
}
