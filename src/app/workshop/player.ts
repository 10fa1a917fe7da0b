/**
 * A player in a workshop (?join=CODE): connects to this server's /ws, joins
 * (or resumes with the seat token kept in localStorage), shows the generated
 * nickname (editable), then plays the session's scenario with the session's
 * seed on the normal play screen. Each choice goes to the server; a status
 * line says "saving…" until it is acknowledged, and the trainer's pause or
 * checkpoint covers the screen.
 */
import { encodeResultCode, replay } from '../../engine';
import { applyDocumentLanguage, loadNamespaces, uiLanguages } from '../../i18n';
import type { UiContext } from '../../ui/context';
import { h, replaceChildren } from '../../ui/dom';
import { plainText } from '../../ui/plain-text';
import { renderLobby, type Lobby } from '../../ui/workshop/lobby';
import { HoldOverlay, StatusLine } from '../../ui/workshop/overlays';
import { CHOICE_CANCELS, SeatClient, type ErrorCode, type ServerMessage } from '../../workshop/protocol';
import { compareLogs, holdOf, saveStatusOf } from '../../workshop/client/player-model';
import { workshopSocketUrl } from '../../workshop/client/messages';
import { WorkshopSocket, type SocketStatus } from '../../workshop/client/socket';
import { readSeatToken, writeSeatToken } from '../../workshop/client/tokens';
import { loadScenarioFor, type LoadedScenario } from '../catalog';
import { lazy } from '../modules';
import { PlayScreen } from '../play-screen';
import type { Services } from '../services';
import { Session } from '../session';

export class WorkshopPlayer {
  private readonly client: SeatClient;
  private readonly socket: WorkshopSocket;
  private connection: SocketStatus = 'connecting';
  private loaded: LoadedScenario | null = null;
  private loading: Promise<void> | null = null;
  private session: Session | null = null;
  private play: PlayScreen | null = null;
  private started = false;
  private lobby: Lobby | null = null;
  /** The seat token this page uses (to forget it only if no other tab stored a newer one). */
  private token: string | null;
  private finished = false;
  private stopped = false;
  private readonly status: StatusLine;
  private readonly overlay: HoldOverlay;
  /** The wait before saying hello again after a `rate-limited` refusal (doubles up to 30 s). */
  private retryMs = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: Services, private readonly code: string) {
    this.status = new StatusLine();
    this.overlay = new HoldOverlay(host.root);
    this.token = readSeatToken(code);
    this.client = new SeatClient((m) => this.socket.send(m), { code }, this.token, {
      onError: (c, message) => this.onError(c, message),
    });
    this.socket = new WorkshopSocket(workshopSocketUrl(location), {
      onOpen: () => this.client.hello(),
      onMessage: (m) => this.onMessage(m),
      onStatus: (s) => {
        this.connection = s;
        this.updateStatus();
      },
    });
    replaceChildren(host.root, h('main', { class: 'screen ws-screen' }, h('h1', { tabindex: -1 }, this.ctx().t('workshop:player.connecting'))));
  }

  /** The UI context for the current language and game. */
  ctx(): UiContext {
    const s = this.session;
    return this.host.ctx(s && { scenario: s.scenario, translation: s.translation, vars: () => s.game.state.vars });
  }

  private onMessage(m: ServerMessage): void {
    if (this.stopped) return;
    if (m.type === 'removed' || m.type === 'deleted') return this.stop(m.type === 'removed' ? 'workshop:player.removed' : 'workshop:player.deleted');
    this.client.receive(m);
    if (m.type === 'joined' || m.type === 'welcome') this.retryMs = 1000;
    if (m.type === 'joined' && this.client.token) {
      this.token = this.client.token;
      writeSeatToken(this.code, this.token);
    }
    if (m.type === 'joined' || m.type === 'welcome' || m.type === 'state' || m.type === 'session') void this.sync(m.type !== 'session');
    this.updateStatus();
    if (m.type === 'state' && m.auto) this.status.error(this.ctx(), this.ctx().t('workshop:status.timeout'));
  }

  private onError(code: ErrorCode, message: string): void {
    if (code === 'bad-token') {
      if (readSeatToken(this.code) === this.token) writeSeatToken(this.code, null);
      // The seat was playing on this page: the trainer moved it to another device. Otherwise a stale token: join as a new seat.
      if (this.client.state) return this.stop('workshop:player.moved');
      this.client.hello();
      return;
    }
    if (code === 'seat-removed') return this.stop('workshop:player.removed');
    if (code === 'seat-broken') return this.stop('workshop:player.broken');
    if (code === 'rate-limited' && !this.client.state) return this.retryLater();
    if (code === 'rate-limited' && this.client.pending) {
      // The server was too busy to take the choice: send it again shortly (it is idempotent by step).
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = null;
        if (!this.stopped && this.client.pending) this.client.resend();
      }, 1000 + Math.random() * 1000);
      return;
    }
    if (!this.client.state && (code === 'unknown-session' || code === 'lobby-locked' || code === 'session-full' || code === 'server-full'))
      return this.stop(`workshop:error.${code}`);
    if ((code === 'bad-nickname' || code === 'nickname-taken') && this.lobby) return this.lobby.refused(this.ctx().t(`workshop:error.${code}`));
    this.status.error(this.ctx(), this.ctx().t(`workshop:error.${code}`, { defaultValue: message }));
    if (CHOICE_CANCELS.includes(code)) void this.sync(true);
  }

  /** The server is busy (too many attempts from this network): join again after a growing, slightly random wait. */
  private retryLater(): void {
    if (this.retryTimer || this.stopped) return;
    const ctx = this.ctx();
    const seconds = Math.ceil(this.retryMs / 1000);
    this.status.error(ctx, ctx.t('workshop:player.retrying', { count: seconds, value: ctx.formatNumber(seconds) }));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && !this.client.state) this.client.hello();
    }, this.retryMs * (0.8 + Math.random() * 0.4));
    this.retryMs = Math.min(30_000, this.retryMs * 2);
  }

  /** Brings the screen in line with the server's state of the seat. */
  private async sync(compare: boolean): Promise<void> {
    const state = this.client.state;
    const view = this.client.session;
    if (!state || !view) return;
    if (!this.loaded) {
      this.loading ??= this.load(view.scenario, view.version, view.lang);
      await this.loading;
      if (!this.loaded || this.stopped) return;
    }
    const { scenario, translation } = this.loaded;
    const current = this.client.state ?? state;
    if (!this.session) {
      const r = replay(scenario, current.seed, current.log);
      if (!r.ok) return this.stop('workshop:player.replayFailed');
      // The server keeps the game: a choice is sent, not saved in this browser.
      this.session = new Session(scenario, translation, r.game, view.mode, {
        refusal: () => this.refusal(),
        keep: (_game, choice) => {
          if (choice !== null) this.client.choose(choice);
          this.updateStatus();
          return true;
        },
        next: () => this.updateOverlay(),
      });
    } else if (compare && compareLogs(this.session.game.state.log, current, this.client.pending) === 'rebuild') {
      const r = replay(scenario, current.seed, current.log);
      if (r.ok) {
        this.session.adopt(r.game);
        if (this.play && !this.finished) this.play.render('heading');
      }
    }
    this.started ||= current.log.length > 0;
    if (!this.started) this.showLobby(current.nickname);
    else if (!this.play && !this.finished) this.enterPlay();
    this.updateOverlay();
  }

  private async load(id: string, version: string, lang: string): Promise<void> {
    try {
      const i18n = this.host.i18n;
      if (i18n.language !== lang && uiLanguages().includes(lang)) {
        await loadNamespaces(i18n, ['ui', 'workshop'], lang);
        await i18n.changeLanguage(lang);
        applyDocumentLanguage(lang);
      }
      const loaded = await loadScenarioFor(id, lang);
      if (loaded.scenario.version !== version) return this.stop('workshop:player.otherVersion', { version, have: loaded.scenario.version });
      this.loaded = loaded;
    } catch {
      this.stop('workshop:player.noScenario', { scenario: id });
    }
  }

  /** Why a choice cannot be made now (announced), or null. */
  private refusal(): string | null {
    const ctx = this.ctx();
    const hold = holdOf(this.client.session, this.session?.game.state.node ?? null, false);
    const why = hold ? ctx.t(`workshop:hold.${hold}.title`) : this.client.pending ? ctx.t('workshop:status.waitSaving') : !this.client.state ? ctx.t('workshop:status.connecting') : null;
    if (why) ctx.announce(why, 'assertive');
    return why;
  }

  private showLobby(nickname: string): void {
    if (this.lobby) return this.lobby.setNickname(nickname);
    const ctx = this.ctx();
    this.lobby = renderLobby(this.host.root, {
      ctx, nickname, code: this.code, mode: this.client.session?.mode ?? 'coach',
      scenarioTitle: this.session ? plainText(ctx, { key: 'title', text: this.session.scenario.title }) : '',
      onRename: (name) => this.socket.send({ v: 1, type: 'rename', nickname: name }),
      onStart: () => {
        this.started = true;
        this.lobby = null;
        this.enterPlay();
        this.updateOverlay();
      },
    });
  }

  private enterPlay(): void {
    const session = this.session;
    if (!session) return;
    document.title = `${plainText(this.ctx(), { key: 'title', text: session.scenario.title })} · ${this.ctx().t('workshop:title')}`;
    this.play = new PlayScreen(this.host.root, session, {
      ctx: () => this.ctx(),
      presentation: this.host.presentation,
      display: () => this.host.display(),
      openMenu: (opener) => this.host.openSettings(opener),
      muted: () => this.host.settings.muted,
      setMuted: (muted) => this.host.updateSettings({ muted }),
      showReport: () => void this.showReport(),
      firstChoiceShown: () => void this.host.presentation.load(),
      loadNamespace: (ns) => this.host.loadNamespace(ns),
      saveFailed: () => {},
    });
    this.play.render('heading');
  }

  private async showReport(): Promise<void> {
    const session = this.session;
    const load = lazy.report;
    if (!session || !load || this.finished) return;
    this.finished = true;
    this.play?.dispose();
    this.play = null;
    this.host.presentation.hideWorld();
    const [mod] = await Promise.all([load(), this.host.loadNamespace('report')]);
    const ctx = this.ctx();
    mod.renderReport(this.host.root, {
      report: session.game.report(), view: session.game.view(), scenario: session.scenario, resultCode: encodeResultCode(session.game, session.mode), mode: session.mode, ctx, state: session.game.state,
      onPlayAgain: () => location.assign(`${location.pathname}?scenario=${encodeURIComponent(session.scenario.id)}`),
      onMenu: () => location.assign(location.pathname),
    });
    this.host.root.querySelector('main')?.prepend(h('p', { class: 'ws-finished', 'data-workshop-finished': '' }, ctx.t('workshop:player.finished')));
    this.updateOverlay();
  }

  private updateOverlay(): void {
    // A checkpoint waits until the player has read the consequence that brought them there.
    const ended = this.session?.game.view().status === 'ended' || this.session?.phase.kind === 'outcome';
    this.overlay.show(this.ctx(), this.started ? holdOf(this.client.session, this.session?.game.state.node ?? null, ended) : null);
  }

  private updateStatus(): void {
    this.status.show(this.ctx(), saveStatusOf(this.connection, this.client.pending !== null, (this.client.state?.log.length ?? 0) > 0));
  }

  /** Ends the workshop on this page with a message (removed, deleted, unknown code…). */
  private stop(key: string, opts: Record<string, unknown> = {}): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket.close();
    if ((key === 'workshop:player.removed' || key === 'workshop:player.deleted' || key === 'workshop:error.unknown-session') && readSeatToken(this.code) === this.token) writeSeatToken(this.code, null);
    this.play?.dispose();
    this.play = null;
    this.host.presentation.hideWorld();
    this.overlay.show(this.ctx(), null);
    this.status.remove();
    const ctx = this.ctx();
    const title = h('h1', { tabindex: -1 }, ctx.t('workshop:player.stoppedTitle'));
    replaceChildren(this.host.root, h('main', { class: 'screen ws-screen', 'data-workshop-stopped': key },
      title, h('p', {}, ctx.t(key, opts)),
      h('p', {}, h('a', { href: location.pathname, class: 'button' }, ctx.t('workshop:player.toGame')))));
    title.focus();
    ctx.announce(ctx.t(key, opts), 'assertive');
  }
}
