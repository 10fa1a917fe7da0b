/** Downloads from the debrief: a text file through a Blob link, and the self-contained HTML debrief. */
import { debriefHtml, type Debrief } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h } from '../dom';

/** Saves `text` as a file named `name` (a temporary Blob link, clicked once). */
export function downloadText(name: string, text: string, type: string): void {
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Saves the debrief as one HTML file (inline CSS, no scripts) in the context's language. */
export function downloadDebriefHtml(ctx: UiContext, debrief: Debrief, name: string): void {
  downloadText(name, debriefHtml(debrief, ctx), 'text/html;charset=utf-8');
}

/** The "Download the debrief (HTML)" button for a built debrief. */
export function debriefHtmlButton(ctx: UiContext, debrief: Debrief, name: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'button', 'data-action': 'download-html', onclick: () => downloadDebriefHtml(ctx, debrief, name) }, ctx.t('debrief:export.download'));
}
