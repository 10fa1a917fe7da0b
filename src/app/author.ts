/**
 * Author tools: the author panel (?author=1, or Alt+Shift+A in `npm run dev`)
 * and the dev reload: when a scenario file is saved, the page swaps in the new
 * scenario and replays the player's choices to the same place.
 */
import type { GameState } from '../engine';
import { renderAuthorPanel } from '../ui/author-panel';
import { h } from '../ui/dom';
import type { App } from './app';
import { validated, validTranslation } from './catalog';
import type { Session } from './session';

interface ScenarioFileUpdate { path: string; text: string }

/** Installs the panel toggle and, in dev, the scenario reload. */
export function installAuthorTools(app: App, open: boolean): void {
  const panel = h('aside', { class: 'author-panel', id: 'author-panel' });
  panel.hidden = true;
  document.body.append(panel);
  let note: { text: string; error: boolean } | null = null;
  let shown: { state: unknown; note: unknown; lang: string } | null = null;
  const render = (force = false) => {
    const session = app.session;
    if (panel.hidden !== false || !session) {
      if (!session) panel.hidden = true;
      shown = null;
      return;
    }
    // Re-render only when something changed, so the author's edits in the form survive clicks and typing.
    if (!force && shown && shown.state === session.game.state && shown.note === note && shown.lang === app.lang) return;
    shown = { state: session.game.state, note, lang: app.lang };
    const ctx = app.ctx();
    panel.setAttribute('aria-label', ctx.t('ui:author.title'));
    renderAuthorPanel(panel, {
      ctx, scenario: session.scenario, state: session.game.state, note,
      onApply: (change) => {
        session.jump(edited(session, change));
        note = { text: ctx.t('ui:author.jumped'), error: false };
        app.refreshGame();
        render();
      },
      onClose: () => toggle(false),
    });
  };
  const toggle = (show: boolean) => {
    panel.hidden = !show;
    render(true);
  };
  app.sessionListeners.add(() => render());
  document.addEventListener('click', () => queueMicrotask(() => render())); // the state changes after each choice
  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyA') {
      e.preventDefault();
      toggle(panel.hidden !== false);
    } else queueMicrotask(() => render());
  });
  if (open) toggle(true);

  if (import.meta.hot) {
    import.meta.hot.on('trade-game:scenario', (update: ScenarioFileUpdate) => {
      const session = app.session;
      if (!session) return;
      const ctx = app.ctx();
      note = applyUpdate(session, update, app.lang, ctx.t);
      if (note && !note.error) app.refreshGame();
      if (note) ctx.announce(note.text);
      if (note?.error) toggle(true);
      render();
    });
  }
}

function edited(session: Session, change: { node: string; money: number; day: number; flags: Record<string, boolean> }): GameState {
  const st = session.game.state;
  const node = session.scenario.nodes[change.node];
  return {
    ...st, node: change.node, status: node?.type === 'ending' ? 'ended' : 'playing', money: change.money, day: change.day,
    flags: change.flags, effects: [], visited: st.visited.includes(change.node) ? st.visited : [...st.visited, change.node],
  };
}

function applyUpdate(session: Session, update: ScenarioFileUpdate, lang: string, t: (k: string, o?: Record<string, unknown>) => string): { text: string; error: boolean } | null {
  const [id, file] = update.path.split('/', 2);
  if (id !== session.scenario.id || !file) return null;
  let data: unknown;
  try {
    data = JSON.parse(update.text);
  } catch (e) {
    return { text: t('ui:author.reloadFailed', { file: update.path, problem: e instanceof Error ? e.message : String(e) }), error: true };
  }
  if (file === 'scenario.json') {
    try {
      const r = session.reload(validated(id, data), session.translation);
      return { text: t('ui:author.reloaded', { file: update.path, replayed: r.replayed, dropped: r.dropped }), error: false };
    } catch (e) {
      return { text: t('ui:author.reloadFailed', { file: update.path, problem: e instanceof Error ? e.message : String(e) }), error: true };
    }
  }
  if (update.path.endsWith(`/locales/${lang}.json`)) {
    session.translation = validTranslation(session.scenario, data);
    return { text: t('ui:author.reloaded', { file: update.path, replayed: session.game.state.log.length, dropped: 0 }), error: false };
  }
  return null;
}
