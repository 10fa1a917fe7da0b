/** A modal dialog on the native <dialog> element: focus stays inside, Esc closes, focus returns to the opener. */
import { focusElement, h } from '../dom';

/** Where focus goes when a dialog closes: an element, or a function asked at close time (the page may have been re-rendered). */
export type ReturnFocus = HTMLElement | null | (() => HTMLElement | null);

/** Focuses the return target if it is still on the page, else the page's heading (or the HUD's menu button). */
export function restoreFocus(target: ReturnFocus | undefined): void {
  const el = typeof target === 'function' ? target() : target;
  if (el?.isConnected) {
    el.focus();
    return;
  }
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return; // the next screen already placed focus
  focusElement(document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('.hud-menu'));
}

export interface Modal {
  readonly dialog: HTMLDialogElement;
  close(): void;
}

/**
 * Opens a modal dialog labelled by its first heading. `onClose` runs however it closes
 * (button, Esc); `returnFocus` gets the focus back (see restoreFocus).
 */
export function openModal(options: { className: string; returnFocus?: ReturnFocus; onClose?: () => void; dismissible?: boolean }): Modal {
  const dialog = h('dialog', { class: `dialog ${options.className}` });
  document.body.append(dialog);
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    dialog.remove();
    options.onClose?.();
    if (options.returnFocus !== undefined) restoreFocus(options.returnFocus);
  };
  dialog.addEventListener('close', finish);
  dialog.addEventListener('cancel', (e) => {
    if (options.dismissible === false) e.preventDefault();
  });
  queueMicrotask(() => {
    const heading = dialog.querySelector('h1, h2');
    if (heading) {
      if (!heading.id) heading.id = `${options.className}-title`;
      dialog.setAttribute('aria-labelledby', heading.id);
    }
    dialog.showModal();
    const target = dialog.querySelector<HTMLElement>('[autofocus]') ?? dialog.querySelector<HTMLElement>('button, select, input');
    target?.focus();
  });
  return {
    dialog,
    close: () => {
      if (dialog.open) dialog.close();
      else finish();
    },
  };
}
