/**
 * Copying the result code: the clipboard API where the browser allows it,
 * otherwise the code's text is selected so the player can copy it by hand.
 */

/** What happened: copied to the clipboard, or only selected. */
export type CopyOutcome = 'copied' | 'selected';

/** Selects the text of an element (so the device's copy command takes it). */
export function selectText(el: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies `text`; falls back to selecting `shown` when the clipboard is unavailable or refused. */
export async function copyText(text: string, shown: HTMLElement): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectText(shown);
    return 'selected';
  }
}
