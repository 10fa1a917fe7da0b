/** The player's lobby: the join code, how the session is played (coach or challenge), the generated nickname (editable, checked as the server checks it) and Start. */
import { checkNickname, NICKNAME_MAX, type SessionMode } from '../../workshop/protocol';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';

export interface LobbyInput {
  ctx: UiContext;
  code: string;
  nickname: string;
  scenarioTitle: string;
  /** The session's feedback mode, as the trainer set it. */
  mode: SessionMode;
  onRename(nickname: string): void;
  onStart(): void;
}

/** The lobby's live parts. */
export interface Lobby {
  /** The server accepted a nickname (or refused one: message). */
  setNickname(nickname: string): void;
  refused(message: string): void;
}

/** Renders the lobby and focuses its heading. */
export function renderLobby(root: HTMLElement, input: LobbyInput): Lobby {
  const { ctx } = input;
  const fieldId = uid('ws-nick');
  const hintId = uid('ws-nick-hint');
  const title = h('h1', { tabindex: -1 }, ctx.t('workshop:lobby.title'));
  const shown = h('strong', { 'data-nickname': '' }, input.nickname);
  const field = h('input', { id: fieldId, name: 'nickname', type: 'text', maxlength: NICKNAME_MAX, autocomplete: 'off', 'aria-describedby': hintId });
  field.value = input.nickname;
  const message = h('p', { class: 'ws-message', role: 'status' });
  const form = h('form', { class: 'ws-form', novalidate: true },
    h('label', { for: fieldId }, ctx.t('workshop:lobby.nickname')),
    h('p', { id: hintId, class: 'hint' }, ctx.t('workshop:lobby.nicknameHint')),
    field,
    h('button', { type: 'submit', class: 'button', 'data-action': 'rename' }, ctx.t('workshop:lobby.rename')),
    message);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = checkNickname(field.value);
    if (!c.ok) {
      message.textContent = ctx.t(`workshop:lobby.bad.${c.reason}`);
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    message.textContent = ctx.t('workshop:lobby.saving');
    input.onRename(c.nickname);
  });
  replaceChildren(root, h('main', { class: 'screen ws-screen ws-lobby', lang: ctx.lang, dir: ctx.dir },
    title,
    h('p', {}, ctx.t('workshop:lobby.joined', { code: input.code })),
    input.scenarioTitle ? h('p', {}, ctx.t('workshop:lobby.scenario', { title: input.scenarioTitle })) : null,
    h('p', { class: 'ws-mode-line', 'data-mode': input.mode }, ctx.t('workshop:lobby.mode', { mode: ctx.t(`workshop:mode.${input.mode}`), hint: ctx.t(`workshop:mode.${input.mode}Hint`) })),
    h('p', {}, ctx.t('workshop:lobby.youAre'), ' ', shown),
    form,
    h('p', {}, h('button', { type: 'button', class: 'button primary', 'data-action': 'start', onclick: () => input.onStart() }, ctx.t('workshop:lobby.start')))));
  title.focus();
  return {
    setNickname(nickname) {
      if (shown.textContent === nickname) return;
      shown.textContent = nickname;
      field.value = nickname;
      message.textContent = ctx.t('workshop:lobby.renamed', { nickname });
    },
    refused(text) {
      message.textContent = text;
      field.setAttribute('aria-invalid', 'true');
    },
  };
}
