/**
 * The app's navigation: title, picker, play, report, about; language and
 * settings changes at any time without losing progress; saves and their
 * problems. main.ts creates one App.
 */
import type { i18n as I18n } from 'i18next';
import { encodeResultCode, type FeedbackMode } from '../engine';
import { applyDocumentLanguage, FALLBACK_LANGUAGE, loadNamespaces, NAMESPACES, uiLanguages, type Namespace } from '../i18n';
import { createUiContext, type UiContext } from '../ui/context';
import { h } from '../ui/dom';
import { openConfirm } from '../ui/screens/confirm';
import { openGameMenu } from '../ui/screens/game-menu';
import { hideNotice, showNotice } from '../ui/notice';
import { openLinkChoice } from '../ui/screens/link-choice';
import { renderMessage } from '../ui/screens/message';
import { renderPicker } from '../ui/screens/picker';
import { openSaveProblem } from '../ui/screens/save-problem';
import { openSettings, type SettingsDialog, type SettingsInput } from '../ui/screens/settings';
import { renderTitle } from '../ui/screens/title';
import { catalogTexts, findScenario, listScenarios, loadScenarioFor, loadTranslation, ScenarioLoadError, type LoadedScenario } from './catalog';
import { randomSeed, showInAddressBar, type DeepLink } from './deep-link';
import { lazy } from './modules';
import { registerOffline, registerOfflineWhenIdle } from './offline';
import { PlayScreen } from './play-screen';
import type { Presentation } from './presentation';
import { deleteSave, hasSave, keepSaveAside, readSave } from './saves';
import { Session } from './session';
import { applyDisplaySettings, prefersReducedMotion, writeSettings, type Settings } from './settings';
import { plainText } from '../ui/plain-text';

export class App {
  private session: Session | null = null;
  private play: PlayScreen | null = null;
  private settingsDialog: { dialog: SettingsDialog; input: () => SettingsInput } | null = null;
  /** Re-renders the current screen in the current language. */
  private rerender: () => void = () => {};
  private firstChoiceSeen = false;
  /** Counts language requests: only the latest one may switch the language. */
  private languageRequest = 0;
  private saveFailureShown = false;
  /** Listeners for tools (dev reload, author panel) that follow the session. */
  readonly sessionListeners = new Set<(s: Session | null) => void>();

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
    private settings: Settings,
    private readonly link: DeepLink,
    readonly presentation: Presentation,
    private readonly announce: UiContext['announce'],
  ) {
    // ?mode=coach|challenge alone sets the feedback mode of new games, remembered like a choice on the picker.
    // A link to a game (?scenario=…) plays that game in its mode without changing the player's setting: the
    // address bar of every game carries its mode, and a reload must not rewrite the picker's choice.
    if (link.mode && !link.scenario && link.mode !== settings.feedbackMode) {
      this.settings = { ...settings, feedbackMode: link.mode };
      writeSettings(this.settings);
    }
    this.applyVolumes();
    // "Follow the system" for motion: a system change during play applies at once (world included).
    if (typeof matchMedia === 'function') {
      matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => {
        if (this.settings.reducedMotion !== null) return;
        applyDisplaySettings(this.settings);
        this.play?.render('none');
      });
    }
  }

  private applyVolumes(): void {
    const s = this.settings;
    this.presentation.setVolumes(s.muted ? 0 : s.musicVolume, s.muted ? 0 : s.effectsVolume);
  }

  /** The UI context for the current language and game. */
  ctx(): UiContext {
    const s = this.session;
    return createUiContext({
      i18n: this.i18n, translation: s?.translation ?? null, sourceLang: s?.scenario.lang, currency: s?.scenario.currency,
      vars: () => s?.game.state.vars ?? {}, announce: this.announce, reducedMotion: () => prefersReducedMotion(this.settings),
    });
  }

  get currentSession(): Session | null {
    return this.session;
  }

  get lang(): string {
    return this.i18n.language;
  }

  /** Starts: a deep-linked scenario, or the title screen. */
  async start(preloaded?: Promise<LoadedScenario | Error>): Promise<void> {
    if (new URLSearchParams(location.search).get('debrief') === '1') return this.showDebrief();
    const params = new URLSearchParams(location.search);
    if (params.has('join') || params.get('trainer') === '1') return this.showWorkshop(params);
    if (this.link.scenario) await this.openScenario(this.link.scenario, 'link', this.link.seed, preloaded, this.link.mode ?? undefined);
    else this.showTitle();
  }

  /** The title screen; focus on its first action, or on its language menu (after a language change). */
  showTitle(focus: 'first' | 'language' = 'first'): void {
    this.leaveGame();
    clearScenarioLink(); // e.g. back from the problem screen of ?scenario=nope
    document.title = this.ctx().t('ui:app.name');
    const last = this.settings.lastScenario;
    const entry = last && hasSave(last) ? findScenario(last) : undefined;
    this.rerender = () => this.showTitle('language');
    renderTitle(this.root, {
      ctx: this.ctx(), languages: uiLanguages(), focus,
      continueTitle: entry ? catalogTexts(entry, this.lang).title : null,
      onContinue: () => entry && void this.openScenario(entry.id, 'continue', null),
      onNewGame: () => this.showPicker(),
      onLanguage: (lang) => void this.setLanguage(lang),
      onSettings: (opener) => this.openSettings(opener),
      onAbout: () => void this.showAbout(() => this.showTitle()),
    });
    registerOfflineWhenIdle();
  }

  showPicker(): void {
    this.leaveGame();
    this.rerender = () => this.showPicker();
    document.title = `${this.ctx().t('ui:picker.title')} · ${this.ctx().t('ui:app.name')}`;
    renderPicker(this.root, {
      ctx: this.ctx(), scenarios: listScenarios(), mode: this.settings.feedbackMode,
      onMode: (feedbackMode) => this.updateSettings({ feedbackMode }),
      onPick: (id) => void this.openScenario(id, 'new', null),
      onBack: () => this.showTitle(),
    });
    registerOfflineWhenIdle();
  }

  /**
   * Opens a scenario: 'continue' its save, a 'new' game, or a deep 'link' (resumes a save of the same seed).
   * A new game is played in `feedback` (by default the player's setting); a saved one in its own mode.
   */
  async openScenario(id: string, mode: 'continue' | 'new' | 'link', seed: number | null, preloaded?: Promise<LoadedScenario | Error>, feedback?: FeedbackMode): Promise<void> {
    const loaded = preloaded ? await preloaded : await loadScenarioFor(id, this.lang).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    if (loaded instanceof Error) {
      this.showProblem(loaded);
      return;
    }
    const { scenario, translation } = loaded;
    const fresh = () => this.enterGame(Session.start(scenario, translation, seed ?? randomSeed(), feedback ?? this.settings.feedbackMode));
    if (mode === 'new') return fresh();
    const save = readSave(scenario);
    if (save.kind === 'none') return fresh();
    if (save.kind === 'ok') {
      const saved = new Session(scenario, translation, save.game, save.mode);
      if (mode === 'link' && seed !== null && save.game.seed !== seed) {
        // A link to another game of this scenario: the player decides; the saved game is never overwritten silently.
        this.rerender = () => {};
        openLinkChoice({
          ctx: createUiContext({ i18n: this.i18n, translation, sourceLang: scenario.lang, announce: this.announce }),
          scenarioTitle: plainText(this.ctx(), { key: 'title', text: scenario.title }),
          onContinue: () => this.enterGame(saved),
          onLinked: () => {
            keepSaveAside(scenario.id);
            fresh();
          },
        });
        return;
      }
      return this.enterGame(saved);
    }
    const title = plainText(this.ctx(), { key: 'title', text: scenario.title });
    this.rerender = () => {};
    openSaveProblem({
      ctx: createUiContext({ i18n: this.i18n, translation, sourceLang: scenario.lang, announce: this.announce }), scenarioTitle: title, error: save.error,
      onStartOver: () => {
        deleteSave(scenario.id);
        fresh();
      },
      onKeep: () => {
        keepSaveAside(scenario.id);
        this.announce(this.ctx().t('ui:saveProblem.kept'));
        this.showTitle();
      },
    });
  }

  private enterGame(session: Session): void {
    this.leaveGame();
    this.session = session;
    this.settings = { ...this.settings, lastScenario: session.scenario.id };
    writeSettings(this.settings);
    showInAddressBar({ scenario: session.scenario.id, seed: session.game.seed, lang: this.lang, mode: session.mode }, this.link.author);
    const ctx = this.ctx();
    document.title = `${plainText(ctx, { key: 'title', text: session.scenario.title })} · ${ctx.t('ui:app.name')}`;
    this.play = new PlayScreen(this.root, session, {
      ctx: () => this.ctx(),
      presentation: this.presentation,
      display: () => ({ highContrast: this.settings.highContrast, reducedMotion: prefersReducedMotion(this.settings) }),
      openMenu: (opener) => this.openMenu(opener),
      muted: () => this.settings.muted,
      setMuted: (muted) => this.updateSettings({ muted }),
      showReport: () => void this.showReport(),
      firstChoiceShown: () => this.firstChoiceShown(),
      loadNamespace: (ns) => this.loadNamespace(ns),
      saveFailed: () => this.saveFailed(),
    });
    this.rerender = () => this.play?.render('none');
    this.play.render('heading');
    for (const l of this.sessionListeners) l(session);
  }

  /** Says once per page that progress cannot be saved (a notice that does not block play, announced). */
  private saveFailed(): void {
    if (this.saveFailureShown) return;
    this.saveFailureShown = true;
    showNotice(this.ctx(), 'save-failed', this.ctx().t('ui:notice.saveFailed'));
  }

  /** Re-renders the game after its session changed underneath (dev reload, author jump). */
  refreshGame(): void {
    this.play?.render('none');
  }

  private leaveGame(): void {
    this.play?.dispose();
    this.play = null;
    if (this.session) {
      this.session = null;
      this.presentation.hideWorld();
      showInAddressBar(null, this.link.author);
      for (const l of this.sessionListeners) l(null);
    }
  }

  private firstChoiceShown(): void {
    if (this.firstChoiceSeen) return;
    this.firstChoiceSeen = true;
    performance.mark('trade-game:first-choice');
    void this.presentation.load();
    registerOffline();
  }

  private async showReport(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const load = lazy.report;
    if (!load) return;
    const loaded = await this.loadPart(() => Promise.all([load(), this.loadNamespace('report')]), () => void this.showReport(), () => this.showTitle());
    if (!loaded || this.session !== session) return;
    const [mod] = loaded;
    this.play?.dispose(); // only now: a report that failed to load leaves a way to retry
    this.play = null;
    const render = () => {
      mod.renderReport(this.root, {
        report: session.game.report(), view: session.game.view(), scenario: session.scenario,
        // A jumped game's log does not replay from the start, so it has no code (the section says so below).
        resultCode: session.authentic ? encodeResultCode(session.game, session.mode) : '', mode: session.mode, ctx: this.ctx(),
        state: session.game.state, authentic: session.authentic,
        onPlayAgain: () => void this.openScenario(session.scenario.id, 'new', null, undefined, session.mode),
        onMenu: () => this.showTitle(),
      });
      // After an author-panel jump the code would not replay to this result: say so instead of showing it.
      if (!session.authentic) {
        const codeSection = this.root.querySelector('.rp-code');
        const heading = codeSection?.querySelector('h2');
        codeSection?.replaceChildren(...(heading ? [heading] : []), h('p', { 'data-jumped': '' }, this.ctx().t('ui:report.jumped')));
      }
    };
    this.rerender = render;
    render();
  }

  private async showAbout(back: () => void): Promise<void> {
    const load = lazy.about;
    if (!load) return;
    const loaded = await this.loadPart(() => Promise.all([load(), this.loadNamespace('about')]), () => void this.showAbout(back), back);
    if (!loaded) return;
    const [mod] = loaded;
    const render = () => mod.renderAbout(this.root, { ctx: this.ctx(), scenario: this.session?.scenario, onBack: back });
    this.play?.dispose();
    this.play = null;
    this.rerender = render;
    render();
  }

  /** Workshop screens (?join=CODE: a player; ?trainer=1: the trainer), their own lazy chunk (src/ui/workshop). */
  private async showWorkshop(params: URLSearchParams): Promise<void> {
    const mod = await this.loadPart(() => import('../ui/workshop'), () => void this.showWorkshop(params), () => this.showTitle());
    if (mod) await mod.startWorkshop({ root: this.root, i18n: this.i18n, announce: this.announce, presentation: this.presentation, settings: () => this.settings, openSettings: (o) => this.openSettings(o) }, params);
  }

  /** The trainer's offline debrief from pasted result codes (?debrief=1); its own lazy chunk. */
  private async showDebrief(): Promise<void> {
    this.leaveGame();
    const loaded = await this.loadPart(() => Promise.all([import('../ui/debrief'), this.loadNamespace('debrief')]), () => void this.showDebrief(), () => this.showTitle());
    if (!loaded) return;
    const [mod] = loaded;
    const memory = { text: '', built: false };
    const render = () => {
      document.title = `${this.ctx().t('debrief:title')} · ${this.ctx().t('ui:app.name')}`;
      mod.renderDebriefPage(this.root, {
        ctx: this.ctx(), languages: uiLanguages(), memory,
        onLanguage: (lang) => void this.setLanguage(lang),
        onBack: () => {
          const url = new URL(location.href);
          url.searchParams.delete('debrief');
          history.replaceState(history.state, '', url);
          this.showTitle();
        },
        knownScenario: (id) => findScenario(id) !== undefined,
        loadScenario: (id) => loadScenarioFor(id, this.lang),
        scenarioContext: ({ scenario, translation }) => createUiContext({
          i18n: this.i18n, translation, sourceLang: scenario.lang, currency: scenario.currency, announce: this.announce,
          reducedMotion: () => prefersReducedMotion(this.settings),
        }),
      });
    };
    this.rerender = render;
    render();
  }

  /**
   * Loads a lazy part (a chunk and its strings). On failure (e.g. offline before it was cached) shows
   * what happened with Retry and a way back, announced; resolves to null then.
   */
  private async loadPart<T>(task: () => Promise<T>, retry: () => void, back: () => void): Promise<T | null> {
    this.root.setAttribute('aria-busy', 'true');
    try {
      return await task();
    } catch (e) {
      console.warn('A part of the game could not be loaded:', e);
      this.showLoadFailure(retry, back);
      return null;
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  private showLoadFailure(retry: () => void, back: () => void): void {
    this.play?.dispose();
    this.play = null;
    this.rerender = () => this.showLoadFailure(retry, back);
    const ctx = this.ctx();
    renderMessage(this.root, { ctx, titleKey: 'ui:loadFailed.title', message: ctx.t('ui:loadFailed.message'), actionKey: 'ui:common.back', onAction: back, onRetry: retry });
    this.announce(`${ctx.t('ui:loadFailed.title')}. ${ctx.t('ui:loadFailed.message')}`, 'assertive');
  }

  private openMenu(opener: HTMLElement): void {
    const session = this.session;
    if (!session) return;
    openGameMenu({
      ctx: this.ctx(), returnFocus: opener,
      onSettings: (o) => this.openSettings(o),
      onAbout: () => void this.showAbout(() => this.resumeGame(session)),
      onTitle: () => this.showTitle(),
      onRestart: () => openConfirm({
        ctx: this.ctx(), titleKey: 'ui:restartConfirm.title', messageKey: 'ui:restartConfirm.message',
        confirmKey: 'ui:restartConfirm.confirm', cancelKey: 'ui:restartConfirm.cancel',
        returnFocus: () => (opener.isConnected ? opener : this.root.querySelector<HTMLElement>('.hud-menu')),
        onConfirm: () => {
          if (this.session !== session) return;
          deleteSave(session.scenario.id);
          void this.openScenario(session.scenario.id, 'new', null, undefined, session.mode);
        },
      }),
    });
  }

  private resumeGame(session: Session): void {
    this.session = null; // enterGame re-attaches it
    this.enterGame(session);
  }

  openSettings(opener: HTMLElement | null): void {
    const input = (): SettingsInput => ({
      ctx: this.ctx(), settings: this.settings, reducedMotion: prefersReducedMotion(this.settings), languages: uiLanguages(),
      onChange: (patch) => this.updateSettings(patch),
      onLanguage: (lang) => void this.setLanguage(lang),
      // The page behind may be re-rendered while the dialog is open (language, contrast): the same control, found again.
      returnFocus: () => (opener?.isConnected || !opener?.dataset.action ? opener : this.root.querySelector<HTMLElement>(`[data-action="${CSS.escape(opener.dataset.action)}"]`)),
    });
    this.settingsDialog = { dialog: openSettings(input(), () => { this.settingsDialog = null; }), input };
  }

  private updateSettings(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    writeSettings(this.settings);
    applyDisplaySettings(this.settings);
    this.applyVolumes();
    if ('highContrast' in patch || 'reducedMotion' in patch) this.play?.render('none');
  }

  /** Switches the UI language (and the scenario's text) without losing progress. */
  async setLanguage(lang: string): Promise<void> {
    const request = ++this.languageRequest;
    if (lang === this.lang) return;
    const session = this.session;
    // Load first; switch only if this is still the latest request (a slower earlier one must not win).
    const inUse = NAMESPACES.filter((ns) => this.i18n.hasResourceBundle(this.lang, ns) || this.i18n.hasResourceBundle(FALLBACK_LANGUAGE, ns));
    let translation: Awaited<ReturnType<typeof loadTranslation>> | null;
    try {
      [, translation] = await Promise.all([loadNamespaces(this.i18n, inUse, lang), session ? loadTranslation(session.scenario, lang).catch(() => null) : null]);
    } catch (e) {
      if (request !== this.languageRequest) return;
      console.warn(`The language ${lang} could not be loaded:`, e);
      for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-setting="language"]')) select.value = this.lang;
      showNotice(this.ctx(), 'language', this.ctx().t('ui:loadFailed.language'));
      return;
    }
    if (request !== this.languageRequest) return;
    await this.i18n.changeLanguage(lang);
    // A newer request for another language finishes the job; one for this same language returned early, so finish here.
    if (request !== this.languageRequest && this.i18n.language !== lang) return;
    hideNotice('language');
    if (session && this.session === session) session.translation = translation;
    applyDocumentLanguage(lang);
    this.settings = { ...this.settings, lang };
    writeSettings(this.settings);
    if (session) showInAddressBar({ scenario: session.scenario.id, seed: session.game.seed, lang, mode: session.mode }, this.link.author);
    this.rerender();
    if (this.settingsDialog) this.settingsDialog.dialog.refresh(this.settingsDialog.input());
    this.announce(this.ctx().t('ui:settings.languageChanged'));
  }

  /** Loads a UI namespace for the current language. */
  loadNamespace(ns: Namespace): Promise<void> {
    return loadNamespaces(this.i18n, [ns]);
  }

  private showProblem(error: Error): void {
    this.leaveGame();
    this.rerender = () => this.showProblem(error);
    renderMessage(this.root, {
      ctx: this.ctx(), titleKey: 'ui:problem.title',
      message: error instanceof ScenarioLoadError
        ? this.ctx().t(error.code === 'missing' ? 'ui:problem.missing' : 'ui:problem.scenario', { id: error.id })
        : this.ctx().t('ui:problem.unexpected'),
      detail: error.message, actionKey: 'ui:problem.back', onAction: () => this.showTitle(),
    });
  }
}

/** Removes a scenario deep link (?scenario=&seed=&mode=) from the address bar, keeping the rest (the mode is in the settings by now). */
function clearScenarioLink(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('scenario') && !url.searchParams.has('seed') && !url.searchParams.has('mode')) return;
  url.searchParams.delete('scenario');
  url.searchParams.delete('seed');
  url.searchParams.delete('mode');
  history.replaceState(history.state, '', url);
}
