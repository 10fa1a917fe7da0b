/** The loading screen: the game's name and a real progress bar. */
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';

export interface Loading {
  /** Sets progress 0–1 and what is being loaded (a ui: key). */
  set(fraction: number, stepKey: string): void;
}

/** Renders the loading screen into root. */
export function renderLoading(root: HTMLElement, ctx: UiContext): Loading {
  const bar = h('progress', { id: 'loading-progress', max: 100, value: 0 });
  const step = h('p', { class: 'loading-step', id: 'loading-step' });
  bar.setAttribute('aria-describedby', 'loading-step');
  replaceChildren(
    root,
    h('main', { class: 'screen screen-loading', 'aria-busy': 'true' },
      h('h1', { class: 'brand' }, ctx.t('ui:app.name')),
      h('label', { for: 'loading-progress' }, ctx.t('ui:loading.label')),
      bar,
      step),
  );
  return {
    set(fraction, stepKey) {
      bar.value = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      step.textContent = ctx.t(stepKey);
    },
  };
}
