/**
 * The screens that are their own lazy chunks: the report, about, the
 * trainer's offline debrief (?debrief=1) and the workshop (?join=, ?trainer=1).
 * Each loads its code and strings first; a part that cannot be loaded (e.g.
 * offline before it was cached) shows what happened, with Retry and a way back.
 */
import { encodeResultCode } from '../engine';
import { uiLanguages } from '../i18n';
import { h } from '../ui/dom';
import { renderMessage } from '../ui/screens/message';
import { findScenario, loadScenarioFor } from './catalog';
import { lazy } from './modules';
import type { Screen } from './screens';
import type { Services } from './services';
import type { Session } from './session';

/** How a screen enters the history: pushed, replacing the current entry, or null when the browser went back to it. */
export type How = 'push' | 'replace' | null;

/** What the lazy screens need from the app. */
export interface ScreenHost {
  readonly services: Services;
  /** Shows a screen: renders it now (and again on a language change) and records it in the history. */
  show(screen: Screen, how: How, render: () => void): void;
  /** Renders something over the current screen that is not a screen of its own (a load failure). */
  cover(render: () => void): void;
  /** The game in progress, if any. */
  readonly session: Session | null;
  showTitle(how?: How): void;
  /** Plays a scenario again (a new game in the same mode). */
  playAgain(session: Session): void;
}

/** Loads a lazy part; on failure shows Retry and Back (announced) and resolves to null. */
export async function loadPart<T>(host: ScreenHost, task: () => Promise<T>, retry: () => void, back: () => void): Promise<T | null> {
  const { root } = host.services;
  root.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } catch (e) {
    console.warn('A part of the game could not be loaded:', e);
    showLoadFailure(host, retry, back);
    return null;
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function showLoadFailure(host: ScreenHost, retry: () => void, back: () => void): void {
  const { services } = host;
  host.cover(() => {
    const ctx = services.ctx();
    renderMessage(services.root, { ctx, titleKey: 'ui:loadFailed.title', message: ctx.t('ui:loadFailed.message'), actionKey: 'ui:common.back', onAction: back, onRetry: retry });
  });
  const ctx = services.ctx();
  services.announce(`${ctx.t('ui:loadFailed.title')}. ${ctx.t('ui:loadFailed.message')}`, 'assertive');
}

/** The report of a finished game; it replaces the game's history entry (Back goes where the game came from). */
export async function showReport(host: ScreenHost, session: Session, how: How): Promise<void> {
  const { services } = host;
  const load = lazy.report;
  if (!load) return;
  const loaded = await loadPart(host, () => Promise.all([load(), services.loadNamespace('report')]), () => void showReport(host, session, how), () => host.showTitle());
  if (!loaded || host.session !== session) return;
  const [mod] = loaded;
  host.show('report', how, () => {
    const ctx = services.ctx({ scenario: session.scenario, translation: session.translation, vars: () => session.game.state.vars });
    mod.renderReport(services.root, {
      report: session.game.report(), view: session.game.view(), scenario: session.scenario,
      // A jumped game's log does not replay from the start, so it has no code (the section says so below).
      resultCode: session.authentic ? encodeResultCode(session.game, session.mode) : '', mode: session.mode, ctx,
      state: session.game.state, authentic: session.authentic,
      onPlayAgain: () => host.playAgain(session),
      onMenu: () => host.showTitle(),
    });
    if (!session.authentic) {
      const codeSection = services.root.querySelector('.rp-code');
      const heading = codeSection?.querySelector('h2');
      codeSection?.replaceChildren(...(heading ? [heading] : []), h('p', { 'data-jumped': '' }, ctx.t('ui:report.jumped')));
    }
  });
}

/** The about screen; `back` returns to where it was opened from. */
export async function showAbout(host: ScreenHost, back: () => void, how: How): Promise<void> {
  const { services } = host;
  const load = lazy.about;
  if (!load) return;
  const loaded = await loadPart(host, () => Promise.all([load(), services.loadNamespace('about')]), () => void showAbout(host, back, how), back);
  if (!loaded) return;
  const [mod] = loaded;
  const scenario = host.session?.scenario;
  host.show('about', how, () => mod.renderAbout(services.root, { ctx: services.ctx(host.session), scenario, onBack: back }));
}

/** The trainer's offline debrief from pasted result codes (?debrief=1). */
export async function showDebrief(host: ScreenHost, how: How): Promise<void> {
  const { services } = host;
  const loaded = await loadPart(host, () => Promise.all([import('../ui/debrief'), services.loadNamespace('debrief')]), () => void showDebrief(host, how), () => host.showTitle());
  if (!loaded) return;
  const [mod] = loaded;
  const memory = { text: '', built: false };
  host.show('debrief', how, () => {
    const ctx = services.ctx();
    document.title = `${ctx.t('debrief:title')} · ${ctx.t('ui:app.name')}`;
    mod.renderDebriefPage(services.root, {
      ctx, languages: uiLanguages(), memory,
      onLanguage: (lang) => void services.setLanguage(lang),
      onBack: () => host.showTitle('push'),
      knownScenario: (id) => findScenario(id) !== undefined,
      loadScenario: (id) => loadScenarioFor(id, services.lang),
      scenarioContext: (loadedScenario) => services.ctx(loadedScenario),
    });
  });
}

/** The workshop screens (?join=CODE: a player; ?trainer=1: the trainer); they run their own controllers. */
export async function showWorkshop(host: ScreenHost, params: URLSearchParams, how: How): Promise<void> {
  const mod = await loadPart(host, () => import('./workshop'), () => void showWorkshop(host, params, how), () => host.showTitle());
  if (!mod) return;
  host.show('workshop', how, () => {});
  await mod.startWorkshop(host.services, params);
}
