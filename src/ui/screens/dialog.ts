/** A modal dialog on the native <dialog> element: focus stays inside, Esc closes, focus returns to the opener. */
import { h } from '../dom';

export interface Modal {
  readonly dialog: HTMLDialogElement;
  close(): void;
}

/**
 * Opens a modal dialog labelled by its first heading. `onClose` runs however it closes
 * (button, Esc); `returnFocus` gets the focus back when it still exists.
 */
export function openModal(options: { className: string; returnFocus?: HTMLElement | null; onClose?: () => void; dismissible?: boolean }): Modal {
  const dialog = h('dialog', { class: `dialog ${options.className}` });
  document.body.append(dialog);
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    dialog.remove();
    options.onClose?.();
    if (options.returnFocus?.isConnected) options.returnFocus.focus();
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
