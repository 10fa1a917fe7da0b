/**
 * The trainer's offline debrief page: paste players' result codes, the game
 * replays them on this device and shows the room's debrief for a projector
 * (how the room chose, outcomes, path map, common mistakes, money and time,
 * readiness). Codes and scenario text are only ever text nodes.
 * Needs the 'debrief' namespace loaded.
 */
import type { Scenario, Translation } from '../../scenario';
import { buildDebrief, rankSeats } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { languageSelect } from '../screens/language-select';
import { mainScenario, pushInvalid, readPastedCodes, replayCodes, type CodeProblem } from './codes';
import { debriefHtmlButton } from './download';
import { renderFork } from './fork';
import { renderLeaderboard } from './leaderboard';
import { renderPaths } from './paths';
import { renderProblems } from './problems';
import { renderDecisions, renderMistakes, renderNumbers, renderOutcomes, renderReadiness, renderRoom } from './sections';
import './debrief.css';
import { plainText } from '../plain-text';

/** What the page keeps across re-renders (e.g. a language change): the pasted text, and whether it was built. */
export interface DebriefMemory {
  text: string;
  built: boolean;
}

export interface DebriefPageInput {
  ctx: UiContext;
  languages: readonly string[];
  onLanguage(lang: string): void;
  onBack(): void;
  /** True when this copy of the game has the scenario. */
  knownScenario(id: string): boolean;
  /** Loads a built-in scenario with its translation into the UI language (throws when it cannot). */
  loadScenario(id: string): Promise<{ scenario: Scenario; translation: Translation | null }>;
  /** A UI context that shows a scenario's texts (translated where a translation exists). */
  scenarioContext(loaded: { scenario: Scenario; translation: Translation | null }): UiContext;
  memory: DebriefMemory;
}

/** Renders the page into `root` and focuses its title; rebuilds the debrief if it was built before. */
export function renderDebriefPage(root: HTMLElement, input: DebriefPageInput): void {
  const { ctx, memory } = input;
  const title = h('h1', { tabindex: -1 }, ctx.t('debrief:title'));
  const fieldId = uid('db-codes');
  const hintId = uid('db-hint');
  const textarea = h('textarea', { id: fieldId, name: 'codes', rows: 8, spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', 'aria-describedby': hintId, dir: 'ltr', class: 'db-codes' });
  textarea.value = memory.text;
  const status = h('p', { class: 'db-status', role: 'status' });
  const output = h('div', { class: 'db-output' });
  let run = 0;
  const build = async (moveFocus: boolean) => {
    const mine = ++run;
    memory.text = textarea.value;
    output.replaceChildren();
    const { codes, truncated } = readPastedCodes(textarea.value);
    if (!codes.length) {
      memory.built = false;
      status.textContent = ctx.t('debrief:status.empty');
      return;
    }
    status.textContent = ctx.t('debrief:status.working');
    const id = mainScenario(codes, input.knownScenario);
    if (id === null) {
      const problems: CodeProblem[] = [];
      for (const c of codes) {
        if (c.decoded) problems.push({ line: c.line, text: c.text, kind: 'unknown-scenario', scenario: c.decoded.scenario });
        else pushInvalid(problems, c.line, c.text);
      }
      status.textContent = ctx.t('debrief:status.noScenario');
      output.append(renderProblems(ctx, problems, '', truncated) ?? '');
      memory.built = true;
      return;
    }
    let loaded: Awaited<ReturnType<DebriefPageInput['loadScenario']>>;
    try {
      loaded = await input.loadScenario(id);
    } catch {
      if (mine === run) status.textContent = ctx.t('debrief:status.loadFailed', { scenario: id });
      return;
    }
    if (mine !== run) return; // a newer build started meanwhile
    const { games, modes, problems } = replayCodes(loaded.scenario, codes, input.knownScenario);
    const debrief = buildDebrief(loaded.scenario, games, modes);
    const sctx = input.scenarioContext(loaded);
    const roomId = uid('db-room');
    output.append(
      renderProblems(sctx, problems, plainText(sctx, debrief.scenario.title), truncated) ?? '',
      h('div', { class: 'db-debrief' },
        renderRoom(sctx, debrief, roomId),
        debrief.players ? h('p', { class: 'db-form__actions' }, debriefHtmlButton(sctx, debrief, `debrief-${debrief.scenario.id}.html`)) : null,
        debrief.players ? renderOutcomes(sctx, debrief) : null,
        debrief.players ? renderDecisions(sctx, debrief) : null,
        debrief.players ? renderPaths(sctx, debrief) : null,
        debrief.players ? renderMistakes(sctx, debrief) : null,
        debrief.players ? renderNumbers(sctx, debrief) : null,
        debrief.players ? renderReadiness(sctx, debrief) : null,
        debrief.players ? renderLeaderboard(sctx, rankSeats(loaded.scenario, games), loaded.scenario.currency) : null,
        debrief.players ? renderFork(sctx, loaded.scenario, games.map((g, i) => ({ label: `S${i + 1}`, seed: g.seed, log: g.log }))) : null));
    memory.built = true;
    status.textContent = ctx.t('debrief:status.ready', { count: debrief.players, value: ctx.formatNumber(debrief.players) });
    if (moveFocus) output.querySelector<HTMLElement>(`#${roomId}`)?.focus();
  };
  const form = h('form', { class: 'db-form', novalidate: true },
    h('label', { for: fieldId }, ctx.t('debrief:codes.label')),
    h('p', { id: hintId, class: 'hint' }, ctx.t('debrief:codes.hint')),
    textarea,
    h('p', { class: 'db-form__actions' },
      h('button', { type: 'submit', class: 'button primary', 'data-action': 'build' }, ctx.t('debrief:codes.build')),
      h('button', { type: 'button', class: 'button', 'data-action': 'back', onclick: () => input.onBack() }, ctx.t('debrief:codes.back'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void build(true);
  });
  replaceChildren(root, h('main', { class: 'screen screen-debrief', lang: ctx.lang, dir: ctx.dir },
    h('header', { class: 'db-header' }, title, h('p', {}, ctx.t('debrief:intro')), languageSelect(ctx, input.languages, input.onLanguage)),
    form, status, output));
  title.focus();
  if (memory.built) void build(false);
}
