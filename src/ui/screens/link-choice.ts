/**
 * The dialog for a deep link that starts a scenario the player already has a
 * different game of: continue the saved game, or start the linked one (the
 * saved game is then kept aside, never overwritten silently).
 */
import type { UiContext } from '../context';
import { h } from '../dom';
import { openModal } from './dialog';

/** Opens the dialog; exactly one of the callbacks runs (Esc continues the saved game). */
export function openLinkChoice(input: { ctx: UiContext; scenarioTitle: string; onContinue(): void; onLinked(): void }): void {
  const { ctx } = input;
  let decided: (() => void) | null = null;
  const modal = openModal({ className: 'link-choice', onClose: () => (decided ?? input.onContinue)() });
  const choose = (action: () => void) => () => {
    decided = action;
    modal.close();
  };
  modal.dialog.append(
    h('h2', {}, ctx.t('ui:linkChoice.title')),
    h('p', { id: 'link-choice-why' }, ctx.t('ui:linkChoice.message', { scenario: input.scenarioTitle })),
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'button', class: 'button primary', 'data-action': 'continue-saved', autofocus: true, onclick: choose(input.onContinue) }, ctx.t('ui:linkChoice.continue')),
      h('button', { type: 'button', class: 'button', 'data-action': 'start-linked', onclick: choose(input.onLinked) }, ctx.t('ui:linkChoice.linked'))),
  );
  modal.dialog.setAttribute('aria-describedby', 'link-choice-why');
}
