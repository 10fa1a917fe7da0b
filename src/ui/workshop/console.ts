/**
 * The trainer's console for a live session: the projector panel (join code in
 * huge type, link, QR, who joined), the room controls (lock, pause, checkpoint),
 * the live seats table, and the debrief and CSV actions. Built once; update()
 * refreshes the live parts in place so focus stays where the trainer is.
 */
import type { Scenario } from '../../scenario';
import { MAX_BOTS, type ClientMessage, type SessionMode } from '../../workshop/protocol';
import { roomCounts, type TrainerState } from '../../workshop/client/trainer-model';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { renderDashboard } from './dashboard';
import { renderRoom, roomPicture, stageOrder } from './room';
import { plainText } from '../plain-text';

export interface ConsoleInput {
  ctx: UiContext;
  scenario: Scenario;
  /** The link players open (…?join=CODE). */
  joinUrl: string;
  /** The session's feedback mode (coach or challenge), said under the title. */
  mode: SessionMode;
  send(message: ClientMessage): void;
  onDebrief(): void;
  onCsv(): void;
  /** Downloads the self-contained HTML debrief. */
  onHtml(): void;
  onNewSession(): void;
}

export class TrainerConsole {
  readonly debriefArea = h('div', { class: 'ws-debrief-area' });
  private readonly count = h('p', { class: 'ws-count', role: 'status', 'data-joined': '0' });
  private readonly seats = h('div', { class: 'ws-seats' });
  private readonly room = h('section', { class: 'ws-room' });
  private readonly message = h('p', { class: 'ws-message', role: 'alert' });
  private readonly lock: HTMLButtonElement;
  private readonly pause: HTMLButtonElement;
  private readonly release: HTMLButtonElement;
  private readonly holdLine = h('p', { class: 'ws-hold-line', role: 'status' });
  private readonly qr = h('div', { class: 'ws-qr' });
  private readonly main: HTMLElement;

  constructor(root: HTMLElement, private readonly input: ConsoleInput, code: string) {
    const { ctx, scenario } = input;
    const title = h('h1', { tabindex: -1 }, ctx.t('workshop:console.title', { title: plainText(ctx, { key: 'title', text: scenario.title }) }));
    this.lock = h('button', { type: 'button', class: 'button', 'data-action': 'lock', 'aria-pressed': 'false', onclick: () => this.toggle('lock') }, ctx.t('workshop:console.lock'));
    this.pause = h('button', { type: 'button', class: 'button', 'data-action': 'pause', 'aria-pressed': 'false', onclick: () => this.toggle('pause') }, ctx.t('workshop:console.pause'));
    const scenes = Object.entries(scenario.nodes).filter(([, n]) => n.type === 'scene');
    const holdId = uid('ws-holdat');
    const holdSelect = h('select', { id: holdId, name: 'hold' }, ...scenes.map(([id, n]) => h('option', { value: id }, 'title' in n && n.title ? plainText(ctx, { key: `nodes.${id}.title`, text: n.title }) : id)));
    this.release = h('button', { type: 'button', class: 'button', 'data-action': 'release', disabled: true, onclick: () => input.send({ v: 1, type: 'release' }) }, ctx.t('workshop:console.release'));
    const projectorToggle = h('button', { type: 'button', class: 'button', 'data-action': 'projector', 'aria-pressed': 'false' }, ctx.t('workshop:console.projector'));
    projectorToggle.addEventListener('click', () => {
      const on = !this.main.classList.contains('ws-console--projector');
      this.main.classList.toggle('ws-console--projector', on);
      projectorToggle.setAttribute('aria-pressed', String(on));
    });
    this.main = h('main', { class: 'screen ws-screen ws-console', lang: ctx.lang, dir: ctx.dir },
      h('header', { class: 'ws-console__header' },
        h('div', {}, title, h('p', { class: 'ws-mode-line', 'data-mode': input.mode }, ctx.t('workshop:console.mode', { mode: ctx.t(`workshop:mode.${input.mode}`), hint: ctx.t(`workshop:mode.${input.mode}Hint`) }))),
        h('p', {}, projectorToggle)),
      h('section', { class: 'ws-projector', 'aria-label': ctx.t('workshop:console.joinHeading') },
        h('p', { class: 'ws-join-at' }, ctx.t('workshop:console.joinAt')),
        h('p', { class: 'ws-code', 'data-code': code, 'aria-label': ctx.t('workshop:console.codeLabel', { code: code.split('').join(' ') }) }, code),
        h('p', { class: 'ws-link' }, h('a', { href: input.joinUrl, target: '_blank', rel: 'noopener' }, input.joinUrl)),
        localOnly(input.joinUrl) ? h('p', { class: 'ws-local-only', 'data-local-only': '' }, ctx.t('workshop:console.localOnly', { host: new URL(input.joinUrl).hostname })) : null,
        this.qr, this.count, this.room),
      h('section', { class: 'ws-controls', 'aria-labelledby': 'ws-controls-h' },
        h('h2', { id: 'ws-controls-h' }, ctx.t('workshop:console.controls')),
        h('p', { class: 'ws-buttons' }, this.lock, this.pause),
        h('p', { class: 'ws-buttons' },
          h('label', { for: holdId }, ctx.t('workshop:console.holdAt')), ' ', holdSelect, ' ',
          h('button', { type: 'button', class: 'button', 'data-action': 'hold', onclick: () => input.send({ v: 1, type: 'hold', node: holdSelect.value }) }, ctx.t('workshop:console.hold')), ' ',
          this.release),
        this.botsControl(), this.holdLine, this.message),
      h('section', { class: 'ws-live', 'aria-labelledby': 'ws-live-h' }, h('h2', { id: 'ws-live-h' }, ctx.t('workshop:console.seats')), this.reseatBox, this.seats),
      h('section', { class: 'ws-after', 'aria-labelledby': 'ws-after-h' },
        h('h2', { id: 'ws-after-h' }, ctx.t('workshop:console.after')),
        h('p', { class: 'ws-buttons' },
          h('button', { type: 'button', class: 'button primary', 'data-action': 'debrief', onclick: () => input.onDebrief() }, ctx.t('workshop:console.debrief')),
          h('button', { type: 'button', class: 'button', 'data-action': 'csv', onclick: () => input.onCsv() }, ctx.t('workshop:console.csv')),
          h('button', { type: 'button', class: 'button', 'data-action': 'html', onclick: () => input.onHtml() }, ctx.t('debrief:export.download')),
          h('button', { type: 'button', class: 'button', 'data-action': 'new-session', onclick: () => input.onNewSession() }, ctx.t('workshop:console.newSession')),
          h('button', { type: 'button', class: 'button', 'data-action': 'delete-session', onclick: () => {
            if (window.confirm(ctx.t('workshop:console.deleteConfirm'))) input.send({ v: 1, type: 'delete-session' });
          } }, ctx.t('workshop:console.delete'))),
        this.debriefArea));
    replaceChildren(root, this.main);
    title.focus();
    void this.showQr();
  }

  private state: TrainerState | null = null;
  private reseating: { seat: string; nickname: string } | null = null;
  private readonly reseatBox = h('div', { class: 'ws-reseat', role: 'status' });

  /** Shows the link that moves a seat to a new device (the token in the fragment, so it is never sent in a request). */
  showReseat(seat: string, token: string): void {
    const { ctx } = this.input;
    const nickname = this.reseating?.seat === seat ? this.reseating.nickname : seat;
    this.reseating = null;
    const url = `${this.input.joinUrl}#seat=${token}`;
    this.reseatBox.replaceChildren(h('p', {}, ctx.t('workshop:console.reseatLink', { nickname })), h('p', { class: 'ws-link' }, h('code', { 'data-reseat-link': '' }, url)));
  }

  /** The rehearsal control: add a number of bots of a playing style. */
  private botsControl(): HTMLElement {
    const { ctx } = this.input;
    const countId = uid('ws-botcount');
    const policyId = uid('ws-botpolicy');
    const count = h('input', { id: countId, name: 'bots', type: 'number', min: '1', max: String(MAX_BOTS), value: '5', inputmode: 'numeric' });
    const policy = h('select', { id: policyId, name: 'policy' },
      h('option', { value: 'random' }, ctx.t('workshop:console.botRandom')), h('option', { value: 'cautious' }, ctx.t('workshop:console.botCautious')));
    const add = () => {
      const n = Math.min(MAX_BOTS, Math.max(1, Math.floor(Number(count.value)) || 1));
      this.input.send({ v: 1, type: 'add-bots', count: n, policy: policy.value === 'cautious' ? 'cautious' : 'random' });
    };
    return h('p', { class: 'ws-buttons ws-bots', 'aria-label': ctx.t('workshop:console.botsHeading') },
      h('label', { for: countId }, ctx.t('workshop:console.botCount')), ' ', count, ' ',
      h('label', { for: policyId }, ctx.t('workshop:console.botPolicy')), ' ', policy, ' ',
      h('button', { type: 'button', class: 'button', 'data-action': 'add-bots', onclick: add }, ctx.t('workshop:console.addBots')));
  }

  private toggle(which: 'lock' | 'pause'): void {
    const s = this.state?.session;
    if (!s) return;
    if (which === 'lock') this.input.send({ v: 1, type: 'lock', locked: !s.locked });
    else this.input.send({ v: 1, type: 'pause', paused: !s.paused });
  }

  private async showQr(): Promise<void> {
    try {
      const { renderQr } = await import('../report/qr');
      const svg = await renderQr(this.input.joinUrl, this.input.ctx.t('workshop:console.qrLabel'));
      if (svg) this.qr.replaceChildren(svg);
    } catch {
      // no QR: the code and the link stay on screen
    }
  }

  /** Shows a refusal or a result of an action. */
  say(text: string): void {
    this.message.textContent = text;
  }

  /** Refreshes the live parts from the trainer state. */
  update(state: TrainerState): void {
    this.state = state;
    const { ctx } = this.input;
    const s = state.session;
    const counts = roomCounts(state.rows);
    this.count.dataset.joined = String(counts.joined);
    this.count.dataset.finished = String(counts.finished);
    this.count.textContent = ctx.t('workshop:console.joined', { count: counts.joined, value: ctx.formatNumber(counts.joined), finished: ctx.formatNumber(counts.finished) });
    if (s) {
      this.lock.setAttribute('aria-pressed', String(s.locked));
      this.lock.textContent = ctx.t(s.locked ? 'workshop:console.unlock' : 'workshop:console.lock');
      this.pause.setAttribute('aria-pressed', String(s.paused));
      this.pause.textContent = ctx.t(s.paused ? 'workshop:console.resume' : 'workshop:console.pause');
      this.release.disabled = s.hold === null;
      const node = s.hold ? this.input.scenario.nodes[s.hold] : undefined;
      const label = node && 'title' in node && node.title && s.hold ? plainText(ctx, { key: `nodes.${s.hold}.title`, text: node.title }) : s.hold;
      this.holdLine.textContent = [s.locked ? ctx.t('workshop:console.locked') : '', s.paused ? ctx.t('workshop:console.paused') : '', label ? ctx.t('workshop:console.holding', { scene: label }) : ''].filter(Boolean).join(' ');
    }
    renderRoom(this.room, roomPicture(state.rows, stageOrder(this.input.scenario)), ctx);
    renderDashboard(this.seats, state.rows, {
      ctx, currency: this.input.scenario.currency, teams: s?.play === 'teams',
      onRemove: (seat, nickname) => {
        if (window.confirm(ctx.t('workshop:console.removeConfirm', { nickname }))) this.input.send({ v: 1, type: 'remove-seat', seat });
      },
      onReseat: (seat, nickname) => {
        this.reseating = { seat, nickname };
        this.input.send({ v: 1, type: 'reseat', seat });
      },
    });
  }
}

/** True when a link only works on this computer (localhost, 127.x, ::1). */
function localOnly(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
}
