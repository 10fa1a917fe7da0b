/**
 * The trainer at ?trainer=1: the setup form, then the console of the session.
 * The trainer's token is kept in localStorage, so a reload (or a dropped
 * connection) takes control of the same session again.
 */
import type { UiContext } from '../../ui/context';
import { downloadDebriefHtml } from '../../ui/debrief/download';
import { h, replaceChildren } from '../../ui/dom';
import { TrainerConsole } from '../../ui/workshop/console';
import { renderLiveDebrief } from '../../ui/workshop/debrief-view';
import { renderCreateForm } from '../../ui/workshop/trainer-form';
import type { ServerMessage, SessionSettings } from '../../workshop/protocol';
import { decisionsCsv } from '../../workshop/client/csv';
import { buildDebrief } from '../../workshop/debrief';
import { workshopSocketUrl } from '../../workshop/client/messages';
import { WorkshopSocket } from '../../workshop/client/socket';
import { readTrainerCredential, readTrainerKey, writeTrainerCredential, writeTrainerKey } from '../../workshop/client/tokens';
import { EMPTY_TRAINER_STATE, reduceTrainer, type TrainerState } from '../../workshop/client/trainer-model';
import { listScenarios, loadScenarioFor, type LoadedScenario } from '../catalog';
import type { Services } from '../services';

export class WorkshopTrainer {
  private state: TrainerState = EMPTY_TRAINER_STATE;
  private socket: WorkshopSocket | null = null;
  private creating: SessionSettings | null = null;
  private loaded: LoadedScenario | null = null;
  private console: TrainerConsole | null = null;
  private wanted: 'debrief' | 'csv' | 'html' | null = null;
  /** The server asked for its trainer key (or this browser remembers one): the form shows the key field. */
  private needKey = readTrainerCredential() !== null;

  constructor(private readonly host: Services) {
    if (readTrainerKey()) this.connect();
    else this.showForm(null);
  }

  private ctx(): UiContext {
    return this.host.ctx(this.loaded);
  }

  private showForm(problem: string | null): void {
    document.title = `${this.ctx().t('workshop:create.title')} · ${this.ctx().t('ui:app.name')}`;
    renderCreateForm(this.host.root, {
      ctx: this.ctx(), scenarios: listScenarios(), problem, trainerKey: this.needKey ? (readTrainerCredential() ?? '') : null,
      onCreate: (settings, key) => {
        if (key !== undefined) writeTrainerCredential(key);
        this.creating = settings;
        if (this.socket) this.hello();
        else this.connect();
      },
    });
  }

  private connect(): void {
    this.socket = new WorkshopSocket(workshopSocketUrl(location), {
      onOpen: () => this.hello(),
      onMessage: (m) => void this.onMessage(m),
      onStatus: (s) => {
        if (s === 'closed') this.console?.say(this.ctx().t('workshop:status.offline'));
        if (s === 'open') this.console?.say('');
      },
    });
  }

  private hello(): void {
    const key = readTrainerKey();
    if (key) this.socket?.send({ v: 1, type: 'trainer-resume', session: key.session, token: key.token });
    else if (this.creating) {
      const credential = readTrainerCredential();
      this.socket?.send({ v: 1, type: 'create', settings: this.creating, ...(credential ? { key: credential } : {}) });
    }
  }

  private async onMessage(m: ServerMessage): Promise<void> {
    const before = this.state;
    this.state = reduceTrainer(this.state, m);
    if (m.type === 'created') {
      writeTrainerKey({ session: m.session.id, token: m.trainerToken });
      this.creating = null;
    }
    if (m.type === 'error') {
      if (m.code === 'bad-token' || (m.code === 'unknown-session' && readTrainerKey())) {
        writeTrainerKey(null);
        this.console = null;
        return this.showForm(this.ctx().t('workshop:create.gone'));
      }
      if (!this.console) {
        this.creating = null; // not sent again on a reconnect
        if (m.code === 'bad-trainer-key') {
          writeTrainerCredential(null);
          this.needKey = true;
        }
        return this.showForm(this.ctx().t(`workshop:error.${m.code}`, { defaultValue: m.message }));
      }
      this.console.say(this.ctx().t(`workshop:error.${m.code}`, { defaultValue: m.message }));
      return;
    }
    if (m.type === 'deleted') {
      writeTrainerKey(null);
      this.console = null;
      return this.showForm(null);
    }
    if (m.type === 'results') return this.onResults();
    if (m.type === 'reseated') return this.console?.showReseat(m.seat, m.token);
    if (!this.console && this.state.session && !before.session) await this.openConsole();
    this.console?.update(this.state);
  }

  private async openConsole(): Promise<void> {
    const s = this.state.session;
    if (!s) return;
    try {
      this.loaded = await loadScenarioFor(s.scenario, this.host.i18n.language);
    } catch {
      return this.showForm(this.ctx().t('workshop:player.noScenario', { scenario: s.scenario }));
    }
    const url = new URL(location.pathname, location.href);
    url.searchParams.set('join', s.code);
    document.title = `${s.code} · ${this.ctx().t('workshop:title')}`;
    this.console = new TrainerConsole(this.host.root, {
      ctx: this.ctx(), scenario: this.loaded.scenario, joinUrl: url.href, mode: s.mode,
      send: (message) => {
        if (!this.socket?.send(message)) this.console?.say(this.ctx().t('workshop:status.offline'));
      },
      onDebrief: () => this.requestResults('debrief'),
      onCsv: () => this.requestResults('csv'),
      onHtml: () => this.requestResults('html'),
      onNewSession: () => {
        if (!window.confirm(this.ctx().t('workshop:console.newSessionConfirm'))) return;
        writeTrainerKey(null);
        this.state = EMPTY_TRAINER_STATE;
        this.console = null;
        this.socket?.close();
        this.socket = null;
        this.showForm(null);
      },
    }, s.code);
  }

  private requestResults(kind: 'debrief' | 'csv' | 'html'): void {
    this.wanted = kind;
    if (!this.socket?.send({ v: 1, type: 'results' })) this.console?.say(this.ctx().t('workshop:status.offline'));
  }

  private onResults(): void {
    const seats = this.state.results;
    const scenario = this.loaded?.scenario;
    const kind = this.wanted;
    this.wanted = null;
    if (!seats || !scenario || !this.console) return;
    const ctx = this.ctx();
    if (kind === 'csv') {
      const blob = new Blob([decisionsCsv(scenario, seats)], { type: 'text/csv;charset=utf-8' });
      const link = h('a', { href: URL.createObjectURL(blob), download: `workshop-${this.state.session?.code ?? 'session'}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.console.say(ctx.t('workshop:console.csvReady'));
      return;
    }
    if (kind === 'html') {
      const debrief = buildDebrief(scenario, seats.filter((x) => !x.removed).map((x) => ({ seed: x.seed, log: x.log })), this.state.session?.mode ?? 'coach');
      downloadDebriefHtml(ctx, debrief, `workshop-${this.state.session?.code ?? 'session'}-debrief.html`);
      this.console.say(ctx.t('debrief:export.ready'));
      return;
    }
    const view = renderLiveDebrief(ctx, scenario, seats, this.state.session?.mode ?? 'coach');
    replaceChildren(this.console.debriefArea, view);
    view.querySelector<HTMLElement>('h2')?.focus();
  }
}
