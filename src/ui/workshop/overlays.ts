/**
 * Two pieces of the player's screen outside the play screen: the status line
 * (offline, saving…, saved, or the last refusal) and the trainer's hold (a
 * pause, or a checkpoint), which covers the screen and makes it inert.
 */
import type { Hold, SaveStatus } from '../../workshop/client/player-model';
import type { UiContext } from '../context';
import { h } from '../dom';

/** The small status line at the bottom of the page. */
export class StatusLine {
  private readonly element = h('p', { class: 'ws-status', role: 'status', 'data-workshop-status': 'idle' });
  private last: SaveStatus | null = null;

  constructor() {
    document.body.append(this.element);
  }

  /** Shows a saving status (when it changed). */
  show(ctx: UiContext, status: SaveStatus): void {
    if (status === this.last) return;
    this.last = status;
    this.element.dataset.workshopStatus = status;
    this.element.classList.remove('ws-status--error');
    this.element.textContent = status === 'idle' ? '' : ctx.t(`workshop:status.${status}`);
  }

  /** Shows a refusal from the server (until the next status change). */
  error(ctx: UiContext, message: string): void {
    this.last = null;
    this.element.dataset.workshopStatus = 'error';
    this.element.classList.add('ws-status--error');
    this.element.textContent = message;
    ctx.announce(message, 'assertive');
  }

  remove(): void {
    this.element.remove();
  }
}

/** The trainer's hold over the whole screen. */
export class HoldOverlay {
  private element: HTMLElement | null = null;
  private current: Hold = null;

  constructor(private readonly root: HTMLElement) {}

  /** Shows the hold (or removes it with null); announced when it changes. */
  show(ctx: UiContext, hold: Hold): void {
    if (hold === this.current) return;
    this.current = hold;
    this.element?.remove();
    this.element = null;
    this.root.inert = hold !== null;
    if (!hold) {
      ctx.announce(ctx.t('workshop:hold.released'));
      this.root.querySelector<HTMLElement>('main h1')?.focus();
      return;
    }
    const title = h('h2', { tabindex: -1 }, ctx.t(`workshop:hold.${hold}.title`));
    this.element = h('div', { class: 'ws-hold', role: 'alertdialog', 'aria-modal': 'true', 'data-workshop-hold': hold, 'aria-labelledby': '', lang: ctx.lang, dir: ctx.dir },
      h('div', { class: 'ws-hold__box' }, title, h('p', {}, ctx.t(`workshop:hold.${hold}.message`))));
    title.id = `ws-hold-${hold}`;
    this.element.setAttribute('aria-labelledby', title.id);
    document.body.append(this.element);
    title.focus();
  }
}
