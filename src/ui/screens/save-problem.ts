/** The dialog for a save that cannot be loaded: says why, and lets the player start over or keep the old save. */
import type { LoadError } from '../../engine';
import type { UiContext } from '../context';
import { h } from '../dom';
import { openModal } from './dialog';

/** Opens the dialog; exactly one of the callbacks runs. */
export function openSaveProblem(input: { ctx: UiContext; scenarioTitle: string; error: LoadError; onStartOver(): void; onKeep(): void }): void {
  const { ctx, error } = input;
  let decided: (() => void) | null = null;
  const modal = openModal({ className: 'save-problem', dismissible: false, onClose: () => (decided ?? input.onKeep)() });
  const choose = (action: () => void) => () => {
    decided = action;
    modal.close();
  };
  modal.dialog.setAttribute('role', 'alertdialog');
  modal.dialog.append(
    h('h2', {}, ctx.t('ui:saveProblem.title')),
    h('p', { id: 'save-problem-why' }, ctx.t(`ui:saveProblem.${error.code}`, { scenario: input.scenarioTitle, saved: error.saved?.version ?? '' })),
    h('p', {}, ctx.t('ui:saveProblem.choices')),
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'button', class: 'button primary', 'data-action': 'start-over', autofocus: true, onclick: choose(input.onStartOver) }, ctx.t('ui:saveProblem.startOver')),
      h('button', { type: 'button', class: 'button', 'data-action': 'keep', onclick: choose(input.onKeep) }, ctx.t('ui:saveProblem.keep'))),
  );
  modal.dialog.setAttribute('aria-describedby', 'save-problem-why');
}
