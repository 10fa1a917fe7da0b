/**
 * A modal dialog on the native <dialog> element: the page behind is inert,
 * Tab and Shift+Tab wrap inside, Escape closes, focus returns to where it was.
 */

/** An open modal. `close()` is idempotent. */
export interface Modal {
  readonly dialog: HTMLDialogElement;
  close(): void;
}

export interface ModalOptions {
  /** id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  className: string;
  /** Where focus goes when the dialog closes. */
  returnFocus: HTMLElement | null;
  /** Called once after the dialog has closed. */
  onClose(): void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focusable elements inside a container, in tab order (visible ones only). */
export function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/** Opens a modal dialog appended to the document body; fill `dialog` with content. */
export function openModal(options: ModalOptions): Modal {
  const dialog = document.createElement('dialog');
  dialog.className = options.className;
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', options.labelledBy);
  if (options.describedBy) dialog.setAttribute('aria-describedby', options.describedBy);
  document.body.append(dialog);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    dialog.removeEventListener('keydown', onKeydown);
    if (dialog.open) dialog.close();
    dialog.remove();
    if (options.returnFocus?.isConnected) options.returnFocus.focus();
    options.onClose();
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const items = focusables(dialog);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  dialog.addEventListener('keydown', onKeydown);
  // The browser's own Escape handling closes the dialog without us: route it through close().
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('close', close);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  return { dialog, close };
}
