/**
 * Focus across form rebuilds: where focus was (a control's data-path or a button's data-focus, with the
 * caret), and where it goes after the form is built again. Also marks the controls the checker objects to.
 */
import type { Diagnostic } from '../scenario';
import type { Path } from './model';

export interface FocusMark { readonly path: string; readonly caret: readonly [number | null, number | null] | null }

/** Where focus is inside `pane`, or `focus` when given. */
export function captureFocus(pane: HTMLElement, focus?: Path): FocusMark | null {
  const active = document.activeElement as HTMLElement | null;
  const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] as const : null;
  if (focus) return { path: JSON.stringify(focus), caret: null };
  if (!active || !pane.contains(active)) return null;
  const path = active.dataset.path ?? active.dataset.focus;
  return path ? { path, caret } : null;
}

/** Focuses the control of that path, else the first control inside it (a new list item), else that of a shorter path. */
export function restoreFocus(pane: HTMLElement, mark: FocusMark | null): void {
  if (!mark) return;
  const path = JSON.parse(mark.path) as Path;
  for (let n = path.length; n > 0; n--) {
    const json = JSON.stringify(path.slice(0, n));
    const p = CSS.escape(json);
    const inside = CSS.escape(`${json.slice(0, -1)},`);
    const el = pane.querySelector<HTMLElement>(`[data-path="${p}"]:not(fieldset), [data-focus="${p}"]`)
      ?? pane.querySelector<HTMLElement>(`[data-path^="${inside}"]:not(fieldset)`);
    if (!el) continue;
    el.focus();
    const typed = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text');
    if (mark.caret && n === path.length && typed) el.setSelectionRange(mark.caret[0], mark.caret[1]);
    return;
  }
}

/** Marks the controls the checker's errors (aria-invalid) and warnings point at. */
export function markProblems(pane: HTMLElement, diagnostics: readonly Diagnostic[]): void {
  for (const el of pane.querySelectorAll('[aria-invalid], .ed-warn')) { el.removeAttribute('aria-invalid'); el.classList.remove('ed-warn'); }
  for (const d of diagnostics) {
    const el = pane.querySelector<HTMLElement>(`[data-path="${CSS.escape(JSON.stringify(d.path))}"]:not(fieldset)`);
    if (!el) continue;
    if (d.severity === 'error') { el.setAttribute('aria-invalid', 'true'); el.classList.remove('ed-warn'); }
    else if (d.severity === 'warning' && !el.hasAttribute('aria-invalid')) el.classList.add('ed-warn');
  }
}
