/**
 * Play beside the editor: the author panel's form picks a scene with money, day and flags; the game
 * then plays from there with the edited scenario (scene text, results, choices as buttons, the HUD).
 */
import type { i18n as I18n } from 'i18next';
import { createGame, startState, type Game } from '../engine';
import type { Scenario } from '../scenario';
import { renderAuthorPanel } from '../ui/author-panel';
import { createUiContext } from '../ui/context';
import { h, replaceChildren } from '../ui/dom';

const SEED = 1;

/** Renders the play pane for a scenario from a scene (or a note that the scenario must pass the schema first). */
export function renderPlay(pane: HTMLElement, i18n: I18n, scenario: Scenario | undefined, from: string, announce: (m: string) => void, onClose: () => void): void {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
  const close = h('button', { type: 'button', class: 'button small', onclick: onClose }, t('editor:play.close'));
  if (!scenario) {
    replaceChildren(pane, h('h2', {}, t('editor:play.title')), h('p', { role: 'status' }, t('editor:play.invalid')), close);
    return;
  }
  const ctx = createUiContext({ i18n, sourceLang: scenario.lang, currency: scenario.currency, vars: () => game.state.vars, announce });
  const atScene = (node: string, money: number, day: number, flags: Record<string, boolean>): Game => {
    const st = startState(scenario, SEED);
    const target = scenario.nodes[node];
    return createGame(scenario, SEED, {
      ...st, node, status: target?.type === 'ending' ? 'ended' : 'playing', money, day, flags, effects: [],
      visited: st.visited.includes(node) ? st.visited : [...st.visited, node],
    });
  };
  let game = atScene(from, scenario.money, 0, {});
  const setup = h('details', { class: 'ed-play-setup' }, h('summary', {}, t('editor:play.setup')));
  const panel = h('div', {});
  setup.append(panel);
  const screen = h('div', { class: 'ed-play-screen', 'aria-live': 'polite' });
  const draw = () => {
    renderAuthorPanel(panel, {
      ctx, scenario, state: game.state, note: null,
      onApply: (c) => { game = atScene(c.node, c.money, c.day, c.flags); draw(); announce(t('editor:play.jumped', { node: c.node })); },
      onClose: () => { setup.open = false; },
    });
    // The author panel's own title and close button are replaced by this pane's.
    panel.querySelector('h2')?.remove();
    const v = game.view();
    const said = v.effects.flatMap((e) => [e.title, e.text].filter((x): x is { key: string; text: string } => !!x));
    replaceChildren(screen,
      h('p', { class: 'ed-play-hud' }, t('editor:play.hud', { money: ctx.formatMoney(v.hud.money, v.hud.currency), day: v.hud.day, deadline: v.hud.deadline })),
      ...said.map((r) => h('p', { class: 'ed-play-effect' }, ctx.renderText(r))),
      v.title ? h('h3', {}, ctx.renderText(v.title)) : null,
      h('p', { class: 'ed-play-text' }, ctx.renderText(v.text)),
      v.status === 'ended'
        ? h('p', {}, h('strong', {}, t('editor:play.ended', { kind: t(`editor:ending.${v.ending?.kind ?? 'other'}`) })))
        : h('ul', { class: 'ed-play-choices' }, ...v.choices.map((c) => h('li', {},
          h('button', { type: 'button', class: 'button', disabled: !c.available, 'data-choice': c.id, onclick: () => { game.choose(c.id); draw(); screen.querySelector<HTMLElement>('button, h3')?.focus(); } }, ctx.renderText(c.label)),
          !c.available && c.reason ? h('span', { class: 'ed-play-reason' }, ' ', ctx.renderText(c.reason)) : null))),
      h('button', { type: 'button', class: 'button small', onclick: () => { game = atScene(from, scenario.money, 0, {}); draw(); } }, t('editor:play.restart')));
  };
  draw();
  replaceChildren(pane, h('h2', {}, t('editor:play.title')), setup, screen, close);
}
