/**
 * Asks before edits that were not downloaded are thrown away: a modal dialog (focus stays inside it, Escape
 * keeps editing) offering to keep editing, to download first, or to discard the edits.
 */
import { h } from '../ui/dom';

export type DiscardAnswer = 'keep' | 'download' | 'discard';

export function askDiscard(t: (k: string, o?: Record<string, unknown>) => string, name: string, next: string): Promise<DiscardAnswer> {
  return new Promise((resolve) => {
    const returnTo = document.activeElement as HTMLElement | null;
    const dialog = h('dialog', { class: 'ed-dialog', 'aria-labelledby': 'ed-discard-title', 'aria-describedby': 'ed-discard-text' });
    const done = (answer: DiscardAnswer) => {
      dialog.close();
      dialog.remove();
      if (answer === 'keep') returnTo?.focus();
      resolve(answer);
    };
    const keep = h('button', { type: 'button', class: 'button primary', onclick: () => done('keep') }, t('editor:discard.keep'));
    dialog.append(
      h('h2', { id: 'ed-discard-title' }, t('editor:discard.title')),
      h('p', { id: 'ed-discard-text' }, t('editor:discard.text', { name, next })),
      h('p', { class: 'ed-dialog-actions' }, keep,
        h('button', { type: 'button', class: 'button', onclick: () => done('download') }, t('editor:discard.download')),
        h('button', { type: 'button', class: 'button danger', onclick: () => done('discard') }, t('editor:discard.discard'))));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done('keep'); });
    document.querySelector('.editor')?.append(dialog);
    dialog.showModal();
    keep.focus();
  });
}
