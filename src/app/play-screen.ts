/**
 * The play screen: HUD + the current scene or the consequence of the last
 * choice. Manages focus after each step (the new heading), announces
 * consequences and HUD changes, maps number keys 1–4 to choices (in their
 * on-screen order), Enter and 1 to "continue" on a consequence, and feeds the
 * world and the sound. The session's feedback mode decides whether verdicts
 * and readiness meters show during play (coach) or wait for the report
 * (challenge).
 */
import type { ChoiceView } from '../engine';
import type { UiContext } from '../ui/context';
import { h, replaceChildren } from '../ui/dom';
import { loadFailure } from '../ui/notice';
import { newForecastWarning } from '../ui/play/choice-text';
import { createHud, type Hud } from '../ui/play/hud';
import { renderOutcome } from '../ui/play/outcome';
import { renderScene } from '../ui/play/scene';
import { plainText } from '../ui/plain-text';
import { lazy } from './modules';
import { cuesFor, worldViewOf, type Presentation } from './presentation';
import type { Session } from './session';

/** What the play screen needs from the app. */
export interface PlayHost {
  ctx(): UiContext;
  readonly presentation: Presentation;
  display(): { highContrast: boolean; reducedMotion: boolean };
  openMenu(opener: HTMLElement): void;
  muted(): boolean;
  setMuted(muted: boolean): void;
  showReport(): void;
  /** Called once the first choice of this screen is on screen. */
  firstChoiceShown(): void;
  /** The autosave after a choice was refused by storage. */
  saveFailed(): void;
  /** Loads a UI namespace (hs, report, about) before its screen opens. */
  loadNamespace(ns: 'hs'): Promise<void>;
}

export class PlayScreen {
  private hud: Hud | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);
  private readonly onResize = () => this.measureWorld();
  private disposed = false;
  private lastSummary = '';

  constructor(
    private readonly root: HTMLElement,
    readonly session: Session,
    private readonly host: PlayHost,
  ) {
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
  }

  /** Stops listening (leaving the screen). */
  dispose(): void {
    this.disposed = true;
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
    document.documentElement.style.removeProperty('--hud-block-size');
  }

  /** Renders the current phase. focus: move focus to the new heading (after a step) or keep it (language change). */
  render(focus: 'heading' | 'none' = 'heading'): void {
    const ctx = this.host.ctx();
    const { session } = this;
    const view = session.game.view();
    if (session.phase.kind === 'choose' && view.status === 'ended') {
      this.host.showReport();
      return;
    }
    this.hud = createHud(ctx, (opener) => this.host.openMenu(opener), { muted: this.host.muted(), onChange: (m) => this.host.setMuted(m) }, session.mode);
    this.hud.update(view.hud, session.game.report().dimensions);
    let main: HTMLElement;
    if (session.phase.kind === 'outcome') {
      const out = renderOutcome({
        ctx, chosen: session.phase.chosen, effects: view.effects, before: session.phase.before, after: view.hud,
        ended: view.status === 'ended', mode: session.mode, onContinue: () => this.continue(),
      });
      main = out.element;
      this.lastSummary = out.summary;
    } else {
      main = renderScene({
        ctx, view, currency: session.scenario.currency, deadline: session.scenario.deadline,
        onChoose: (c, button) => this.choose(c, button),
        onHsExplorer: lazy.hs ? (opener) => void this.openHs(opener) : undefined,
      });
    }
    replaceChildren(this.root, this.hud.element, h('main', { class: 'screen screen-play', id: 'main', 'data-phase': session.phase.kind }, main));
    if (focus === 'heading') this.root.querySelector<HTMLElement>('main h1')?.focus();
    this.measureWorld();
    this.showWorld();
    if (session.phase.kind === 'choose') this.host.firstChoiceShown();
  }

  private choose(choice: ChoiceView, button: HTMLButtonElement): void {
    const ctx = this.host.ctx();
    if (!choice.available) {
      ctx.announce(choice.reason?.text ? ctx.t('ui:play.unavailable', { reason: plainText(ctx, choice.reason) }) : ctx.t('ui:play.unavailableNoReason'), 'assertive');
      button.focus();
      return;
    }
    if (!this.session.choose(choice)) return;
    if (this.session.saveFailed) this.host.saveFailed();
    const phase = this.session.phase;
    const view = this.session.game.view();
    const cues = phase.kind === 'outcome' ? cuesFor(view.effects, phase.before, view.hud) : [];
    this.render('heading');
    this.host.presentation.play(cues);
    for (const c of cues) if (c === 'money' || c === 'day' || c === 'warning') this.hud?.cue(c);
    const after = view.hud;
    const before = phase.kind === 'outcome' ? phase.before : after;
    const warnings = [
      after.money < 0 && before.money >= 0 ? ctx.t('ui:hud.noMoney') : after.lowMoney && !before.lowMoney ? ctx.t('ui:hud.lowMoney') : null,
      after.daysLeft < 0 && before.daysLeft >= 0 ? ctx.t('ui:hud.late')
        : after.lowTime && !before.lowTime ? ctx.t('ui:hud.lowTime', { count: after.daysLeft, value: ctx.formatDays(after.daysLeft) }) : null,
      newForecastWarning(ctx, before, after),
    ].filter((x): x is string => x !== null);
    const message = [this.lastSummary, ...warnings.map((w) => `${w}.`)].filter(Boolean).join(' ');
    if (message) ctx.announce(message);
  }

  private continue(): void {
    this.session.next();
    const view = this.session.game.view();
    if (view.status === 'ended') {
      this.host.showReport();
      return;
    }
    this.render('heading');
  }

  private async openHs(opener: HTMLButtonElement): Promise<void> {
    const load = lazy.hs;
    if (!load) return;
    opener.setAttribute('aria-busy', 'true');
    let mod: Awaited<ReturnType<typeof load>>;
    try {
      [mod] = await Promise.all([load(), this.host.loadNamespace('hs')]);
    } catch (e) {
      console.warn('The HS explorer could not be loaded:', e);
      if (this.disposed || !opener.isConnected) return;
      const ctx = this.host.ctx();
      opener.parentElement?.querySelector('[data-load-failure]')?.remove();
      opener.after(loadFailure(ctx, ctx.t('ui:loadFailed.hs'), () => {
        opener.focus();
        void this.openHs(opener);
      }));
      return;
    } finally {
      opener.removeAttribute('aria-busy');
    }
    if (this.disposed) return;
    const candidates = this.session.game.view().choices.map((c) => c.hs).filter((x): x is string => x !== null);
    mod.openHsExplorer({ ctx: this.host.ctx(), candidates, returnFocus: opener, onClose: () => {} });
  }

  private showWorld(): void {
    const ctx = this.host.ctx();
    const view = this.session.game.view();
    const s = this.session.scenario;
    this.host.presentation.show(worldViewOf(
      view,
      { origin: ctx.scenarioText({ key: 'origin.name', text: s.origin.name }), destination: ctx.scenarioText({ key: 'destination.name', text: s.destination.name }) },
      view.speaker ? ctx.scenarioText(view.speaker.name) : null,
      this.host.display(),
      { scenario: s, showEvent: this.session.phase.kind === 'outcome' },
    ));
  }

  /** Where the DOM leaves the world visible (the layout of styles.css: panel left from 1024 px, else below a band). */
  private measureWorld(): void {
    const hud = this.root.querySelector('.hud')?.getBoundingClientRect();
    const panel = this.root.querySelector('main .panel')?.getBoundingClientRect();
    if (hud) document.documentElement.style.setProperty('--hud-block-size', `${Math.round(hud.height)}px`);
    if (!hud || !panel) return;
    const wide = window.innerWidth >= 1024;
    // Right to left, the panel stands on the right; the world's insets have no right edge yet, so it composes across.
    const rtl = document.documentElement.dir === 'rtl';
    this.host.presentation.setInsets({
      top: hud.bottom,
      left: wide && !rtl ? panel.right + 16 : 0,
      bottom: wide ? window.innerHeight : Math.max(hud.bottom, panel.top),
    });
  }

  private handleKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
    if (this.session.phase.kind === 'outcome') {
      this.continueByKey(e, target);
      return;
    }
    if (this.session.phase.kind !== 'choose' || !/^[1-4]$/.test(e.key)) return;
    const button = this.root.querySelector<HTMLButtonElement>(`button.choice[data-number="${e.key}"]`);
    if (!button) return;
    e.preventDefault();
    button.click();
  }

  /**
   * On a consequence, Enter (with focus on the heading or the text, not on another control) and 1
   * continue, like the Continue button. A held key does not skip the next screen.
   */
  private continueByKey(e: KeyboardEvent, target: HTMLElement | null): void {
    if (e.repeat || (e.key !== 'Enter' && e.key !== '1')) return;
    if (e.key === 'Enter' && target?.closest('a[href], button, summary, [role="button"], [role="link"], [role="menuitem"]')) return;
    const button = this.root.querySelector<HTMLButtonElement>('main button[data-action="continue"]');
    if (!button) return;
    e.preventDefault();
    button.click();
  }
}
