/**
 * The app's navigation: the screen machine (screens.ts) decides which screen
 * shows and what Back does; this class renders the screens it names, keeps
 * the game in progress, and follows language changes. Opening a game is in
 * open-game.ts, the lazy screens in lazy-screens.ts, the services every
 * screen shares in services.ts. main.ts creates one App.
 */
import { createActor } from 'xstate';
import type { FeedbackMode } from '../engine';
import { uiLanguages } from '../i18n';
import { catalogTexts } from '../scenario';
import type { UiContext } from '../ui/context';
import { showNotice } from '../ui/notice';
import { plainText } from '../ui/plain-text';
import { openConfirm } from '../ui/screens/confirm';
import { openGameMenu } from '../ui/screens/game-menu';
import { renderMessage } from '../ui/screens/message';
import { renderPicker } from '../ui/screens/picker';
import { renderTitle } from '../ui/screens/title';
import { findScenario, listScenarios, loadTranslation, ScenarioLoadError, type LoadedScenario } from './catalog';
import { gameUrl, parseDeepLink, type DeepLink } from './deep-link';
import { ScreenHistory } from './history';
import { showAbout, showDebrief, showReport, showWorkshop, type How, type ScreenHost } from './lazy-screens';
import { registerOffline, registerOfflineWhenIdle } from './offline';
import { openGame, type OpenMode } from './open-game';
import { PlayScreen } from './play-screen';
import { deleteSave, hasSave } from './saves';
import { screenMachine, type Place, type Screen } from './screens';
import type { Services } from './services';
import type { Session } from './session';

export class App implements ScreenHost {
  private current: Session | null = null;
  private play: PlayScreen | null = null;
  /** Re-renders the current screen in the current language. */
  private rerender: () => void = () => {};
  private firstChoiceSeen = false;
  private saveFailureShown = false;
  /** The scenario a problem screen is about (its address keeps it, so a reload tries again). */
  private problemScenario: string | null = null;
  /** Listeners for tools (dev reload, author panel) that follow the session. */
  readonly sessionListeners = new Set<(s: Session | null) => void>();
  private readonly screens = createActor(screenMachine);
  private readonly history: ScreenHistory;

  constructor(readonly services: Services, private readonly link: DeepLink) {
    // ?mode=coach|challenge alone sets the feedback mode of new games, remembered like a choice on the picker.
    // A link to a game (?scenario=…) plays that game in its mode without changing the player's setting: the
    // address bar of every game carries its mode, and a reload must not rewrite the picker's choice.
    if (link.mode && !link.scenario && link.mode !== services.settings.feedbackMode) services.updateSettings({ feedbackMode: link.mode });
    services.displayChanged.add(() => this.play?.render('none'));
    services.follower = (lang) => this.followLanguage(lang);
    this.history = new ScreenHistory((to) => this.screens.send({ type: 'BACK', to, inProgress: this.gameInProgress() }));
    this.screens.on('record', ({ screen, how }) => this.history.record(screen, how, this.urlFor(screen)));
    this.screens.on('restore', ({ place }) => this.restore(place));
    this.screens.on('hold', () => this.history.hold({ screen: 'play', depth: this.history.current.depth + 1 }, this.urlFor('play')));
    this.screens.on('ask', () => this.askLeave());
    this.screens.on('leave', () => this.history.back());
    this.screens.start();
  }

  /** The UI context for the current language and game. */
  ctx(): UiContext {
    const s = this.current;
    return this.services.ctx(s && { scenario: s.scenario, translation: s.translation, vars: () => s.game.state.vars });
  }

  get session(): Session | null {
    return this.current;
  }

  get lang(): string {
    return this.services.lang;
  }

  /** Starts: the debrief or workshop page, a deep-linked scenario, or the title screen. */
  async start(preloaded?: Promise<LoadedScenario | Error>): Promise<void> {
    const params = new URLSearchParams(location.search);
    // A reload continues the entry it reloaded; a fresh link to a game gets the title behind it, so Back leads there.
    const how: How = this.history.reloaded ? 'replace' : 'push';
    if (params.get('debrief') === '1') return showDebrief(this, 'replace');
    if (params.has('join') || params.get('trainer') === '1') return showWorkshop(this, params, 'replace');
    if (!this.link.scenario) return this.showTitle('replace');
    if (how === 'push') this.history.record('title', 'replace', this.urlFor('title'));
    await this.openScenario(this.link.scenario, 'link', this.link.seed, how, preloaded, this.link.mode ?? undefined);
  }

  show(screen: Screen, how: How, render: () => void): void {
    if (screen !== 'play') this.disposePlay();
    this.rerender = render;
    // A new screen starts at its top (the one before may have been scrolled, e.g. a long scene on a phone).
    window.scrollTo(0, 0);
    render();
    if (how) this.screens.send({ type: 'SHOW', screen, how });
  }

  cover(render: () => void): void {
    this.disposePlay();
    this.rerender = render;
    render();
  }

  /** The title screen; focus on its first action, or on its language menu (after a language change). */
  showTitle(how: How = 'push', focus: 'first' | 'language' = 'first'): void {
    this.leaveGame();
    const render = (f: 'first' | 'language') => {
      const ctx = this.ctx();
      document.title = ctx.t('ui:app.name');
      const last = this.services.settings.lastScenario;
      const entry = last && hasSave(last) ? findScenario(last) : undefined;
      renderTitle(this.services.root, {
        ctx, languages: uiLanguages(), focus: f,
        continueTitle: entry ? catalogTexts(entry, this.lang).title : null,
        onContinue: () => entry && void this.openScenario(entry.id, 'continue', null, 'push'),
        onNewGame: () => this.showPicker('push'),
        onLanguage: (lang) => void this.services.setLanguage(lang),
        onSettings: (opener) => this.services.openSettings(opener),
        onAbout: () => void showAbout(this, () => this.showTitle(), 'push'),
      });
    };
    let next = focus;
    this.show('title', how, () => {
      render(next);
      next = 'language';
    });
    registerOfflineWhenIdle();
  }

  showPicker(how: How): void {
    this.leaveGame();
    this.show('picker', how, () => {
      const ctx = this.ctx();
      document.title = `${ctx.t('ui:picker.title')} · ${ctx.t('ui:app.name')}`;
      renderPicker(this.services.root, {
        ctx, scenarios: listScenarios(), mode: this.services.settings.feedbackMode,
        onMode: (feedbackMode) => this.services.updateSettings({ feedbackMode }),
        onPick: (id) => void this.openScenario(id, 'new', null, 'push'),
        onBack: () => this.showTitle(),
      });
    });
    registerOfflineWhenIdle();
  }

  /** Opens a scenario (see open-game.ts); `how` is how its screen enters the history. */
  openScenario(id: string, mode: OpenMode, seed: number | null, how: How, preloaded?: Promise<LoadedScenario | Error>, feedback?: FeedbackMode): Promise<void> {
    return openGame(this.services, {
      enterGame: (session) => this.enterGame(session, how),
      showProblem: (error) => this.showProblem(error, how),
      savedAside: () => this.showTitle(),
      dialogOpen: () => { this.rerender = () => {}; },
    }, id, mode, seed, preloaded, feedback);
  }

  playAgain(session: Session): void {
    void this.openScenario(session.scenario.id, 'new', null, 'replace', undefined, session.mode);
  }

  private enterGame(session: Session, how: How): void {
    this.leaveGame();
    this.current = session;
    this.services.updateSettings({ lastScenario: session.scenario.id });
    const ctx = this.ctx();
    document.title = `${plainText(ctx, { key: 'title', text: session.scenario.title })} · ${ctx.t('ui:app.name')}`;
    const play = new PlayScreen(this.services.root, session, {
      ctx: () => this.ctx(),
      presentation: this.services.presentation,
      display: () => this.services.display(),
      openMenu: (opener) => this.openMenu(opener),
      muted: () => this.services.settings.muted,
      setMuted: (muted) => this.services.updateSettings({ muted }),
      showReport: () => void showReport(this, session, 'replace'),
      firstChoiceShown: () => this.firstChoiceShown(),
      loadNamespace: (ns) => this.services.loadNamespace(ns),
      saveFailed: () => this.saveFailed(),
    });
    this.play = play;
    // The play screen may hand over to the report at once (a finished game): record the game first.
    if (how) this.screens.send({ type: 'SHOW', screen: 'play', how });
    else this.history.retitle(this.urlFor('play'));
    this.rerender = () => this.play?.render('none');
    window.scrollTo(0, 0);
    play.render('heading');
    for (const l of this.sessionListeners) l(session);
  }

  /** Whether a game is being played on screen (Back asks before leaving it). */
  private gameInProgress(): boolean {
    return this.play !== null && this.current !== null && this.current.game.view().status !== 'ended';
  }

  /** Back during a game: leave it (it is saved) or keep playing. */
  private askLeave(): void {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openConfirm({
      ctx: this.ctx(), titleKey: 'ui:leaveConfirm.title', messageKey: 'ui:leaveConfirm.message',
      confirmKey: 'ui:leaveConfirm.confirm', cancelKey: 'ui:leaveConfirm.cancel',
      returnFocus: () => (opener?.isConnected ? opener : this.services.root.querySelector<HTMLElement>('main h1')),
      onConfirm: () => this.screens.send({ type: 'LEAVE' }),
      onCancel: () => this.screens.send({ type: 'STAY' }),
    });
  }

  /** Shows the screen of a history entry the browser went back (or forward) to. */
  private restore(place: Place): void {
    const link = parseDeepLink(location.search);
    const params = new URLSearchParams(location.search);
    switch (place.screen) {
      case 'title': return this.showTitle(null);
      case 'picker': return this.showPicker(null);
      case 'about': return void showAbout(this, () => this.showTitle(), null);
      case 'debrief': return void showDebrief(this, null);
      case 'workshop': return void showWorkshop(this, params, null);
      case 'play':
      case 'report':
      case 'problem': {
        if (!link.scenario) return this.showTitle(null);
        const s = this.current;
        // Back from a screen opened over the game (about): the same game, as it was.
        if (s && s.scenario.id === link.scenario && s.game.seed === link.seed && !this.play) return this.resumeGame(s, null);
        return void this.openScenario(link.scenario, 'link', link.seed, null, undefined, link.mode ?? undefined);
      }
    }
  }

  /** The address of a screen: a game's own link in play, else the page without a game's parameters. */
  private urlFor(screen: Screen): URL {
    const s = this.current;
    if (s && (screen === 'play' || screen === 'report' || screen === 'about'))
      return gameUrl({ scenario: s.scenario.id, seed: s.game.seed, lang: this.lang, mode: s.mode }, this.link.author);
    if (screen === 'debrief' || screen === 'workshop') return new URL(location.href);
    // The page without a game's parameters; a ?lang= stays (the page is in that language).
    const url = new URL(location.href);
    for (const k of ['scenario', 'seed', 'mode', 'debrief']) url.searchParams.delete(k);
    if (url.searchParams.has('lang')) url.searchParams.set('lang', this.lang);
    if (screen === 'problem' && this.problemScenario) url.searchParams.set('scenario', this.problemScenario);
    return url;
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

  private disposePlay(): void {
    this.play?.dispose();
    this.play = null;
  }

  private leaveGame(): void {
    this.disposePlay();
    if (this.current) {
      this.current = null;
      this.services.presentation.hideWorld();
      for (const l of this.sessionListeners) l(null);
    }
  }

  private firstChoiceShown(): void {
    if (this.firstChoiceSeen) return;
    this.firstChoiceSeen = true;
    performance.mark('trade-game:first-choice');
    void this.services.presentation.load();
    registerOffline();
  }

  private openMenu(opener: HTMLElement): void {
    const session = this.current;
    if (!session) return;
    openGameMenu({
      ctx: this.ctx(), returnFocus: opener,
      onSettings: (o) => this.services.openSettings(o),
      onAbout: () => void showAbout(this, () => this.resumeGame(session, 'push'), 'push'),
      onTitle: () => this.showTitle(),
      onRestart: () => openConfirm({
        ctx: this.ctx(), titleKey: 'ui:restartConfirm.title', messageKey: 'ui:restartConfirm.message',
        confirmKey: 'ui:restartConfirm.confirm', cancelKey: 'ui:restartConfirm.cancel',
        returnFocus: () => (opener.isConnected ? opener : this.services.root.querySelector<HTMLElement>('.hud-menu')),
        onConfirm: () => {
          if (this.current !== session) return;
          deleteSave(session.scenario.id);
          void this.openScenario(session.scenario.id, 'new', null, 'replace', undefined, session.mode);
        },
      }),
    });
  }

  private resumeGame(session: Session, how: How): void {
    this.current = null; // enterGame re-attaches it
    this.enterGame(session, how);
  }

  /** A language change: the game's translation in the new language, then its address and the screen again. */
  private async followLanguage(lang: string): Promise<() => void> {
    const session = this.current;
    const translation = session ? await loadTranslation(session.scenario, lang).catch(() => null) : null;
    return () => {
      if (session && this.current === session) {
        session.translation = translation;
        this.history.retitle(this.urlFor('play'));
      }
      this.rerender();
    };
  }

  private showProblem(error: Error, how: How): void {
    this.leaveGame();
    this.problemScenario = error instanceof ScenarioLoadError ? error.id : null;
    this.show('problem', how, () => {
      const ctx = this.ctx();
      renderMessage(this.services.root, {
        ctx, titleKey: 'ui:problem.title',
        message: error instanceof ScenarioLoadError
          ? ctx.t(error.code === 'missing' ? 'ui:problem.missing' : 'ui:problem.scenario', { id: error.id })
          : ctx.t('ui:problem.unexpected'),
        detail: error.message, actionKey: 'ui:problem.back', onAction: () => this.showTitle(),
      });
    });
  }
}
