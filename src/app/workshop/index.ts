/**
 * Workshop screens in the browser (lazy chunk): a player joining with
 * ?join=CODE, and a trainer at ?trainer=1. Both talk to the workshop server
 * that served the page (its /ws). Needs nothing loaded beforehand.
 */
import { loadNamespaces } from '../../i18n';
import { h, replaceChildren } from '../../ui/dom';
import '../../ui/workshop/workshop.css';
import { writeSeatToken } from '../../workshop/client/tokens';
import { JOIN_CODE_PATTERN } from '../../workshop/protocol';
import type { Services } from '../services';
import { WorkshopPlayer } from './player';
import { WorkshopTrainer } from './trainer';

/** Starts the workshop screen the address asks for: 'join' (with its code) or 'trainer'. */
export async function startWorkshop(host: Services, params: URLSearchParams): Promise<void> {
  await loadNamespaces(host.i18n, ['workshop', 'debrief']);
  const code = (params.get('join') ?? '').trim().toUpperCase();
  if (params.get('trainer') === '1') {
    new WorkshopTrainer(host);
    return;
  }
  if (!JOIN_CODE_PATTERN.test(code)) {
    const ctx = host.ctx();
    const title = h('h1', { tabindex: -1 }, ctx.t('workshop:player.stoppedTitle'));
    replaceChildren(host.root, h('main', { class: 'screen ws-screen', 'data-workshop-stopped': 'bad-code' },
      title, h('p', {}, ctx.t('workshop:player.badCode')), h('p', {}, h('a', { href: location.pathname, class: 'button' }, ctx.t('workshop:player.toGame')))));
    title.focus();
    return;
  }
  // A link from the trainer's "new device" button carries the seat's token in the fragment: keep it, then hide it.
  const token = /^#seat=([A-Za-z0-9_-]{43})$/.exec(location.hash)?.[1];
  if (token) {
    writeSeatToken(code, token);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  new WorkshopPlayer(host, code);
}
