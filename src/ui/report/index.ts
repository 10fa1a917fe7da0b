/**
 * The ending and export-readiness report screen: outcome, money and days
 * against budget and deadline, a chart and table of the six dimensions, every
 * mistake with its feedback and source, strengths, what to learn next, the
 * result code (copyable, it replays the game), print, play again, menu.
 * Needs the 'report' namespace loaded. Printing uses report.css (@media print).
 */
import { decisionLuck, luckBatches, luckVerdict, mergeLuck, type DecisionLuck, type FeedbackMode, type GameState, type Report, type ViewModel } from '../../engine';
import type { Scenario } from '../../scenario';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { formatPercent, renderRadar, renderScoreTable } from './chart';
import { copyText } from './copy';
import { foldSections, startOpen } from './fold';
import { renderLedger, renderLuck, renderSetback } from './ledger';
import { bandOf, dimensionRows } from './model';
import { renderItems, renderLearnNext, renderMoneyAndTime, renderScenarioLine, renderSources, section, verdictIcon } from './sections';
import './report.css';
import { plainText } from '../plain-text';

export interface ReportInput {
  report: Report;
  view: ViewModel;
  scenario: Scenario;
  resultCode: string;
  /** How the game was played: coach (verdicts at once) or challenge (verdicts only here). */
  mode: FeedbackMode;
  /** The ended state: with it the report replays the player's decisions under other seeds (judgement or luck). */
  state?: GameState;
  /** False after an author-panel jump: the game did not follow the rules, so no luck figures. Default true. */
  authentic?: boolean;
  ctx: UiContext;
  onPlayAgain(): void;
  onMenu(): void;
}

/** Renders the report as the page's <main> into `root` (replacing its content) and moves focus to its title. */
export function renderReport(root: HTMLElement, input: ReportInput): void {
  const { report, scenario, ctx } = input;
  const titleId = uid('rp-title');
  // An untranslated (fallback) ending title carries its own language.
  const titleLang = report.ending ? ctx.scenarioTextLang?.(report.ending.title) : undefined;
  const title = h('h1', { id: titleId, tabindex: -1, lang: titleLang && titleLang !== ctx.lang ? titleLang : null },
    report.ending ? plainText(ctx, report.ending.title) : ctx.t('report:unfinished'));
  const kind = report.ending?.kind ?? 'other';
  const hero = h('header', { class: `rp-hero rp-hero--${report.success ? 'success' : 'failure'}` },
    h('p', { class: 'rp-kicker' }, ctx.t('report:kicker')),
    title,
    h('p', { class: 'rp-outcome' }, verdictIcon(report.success), h('span', {}, ctx.t(`report:kind.${kind}`))),
    renderScenarioLine(ctx, scenario),
    h('p', { class: 'rp-mode', 'data-mode': input.mode }, ctx.t(`report:mode.${input.mode}`)),
    report.ending ? h('div', { class: 'rp-debrief' }, h('p', {}, ctx.renderText(report.ending.text))) : null);

  const rows = dimensionRows(report);
  const overall = report.overall;
  const readiness = section('rp-readiness', ctx.t('report:chart.heading'),
    h('p', { class: `rp-overall rp-band--${bandOf(overall)}` }, overall === null
      ? ctx.t('report:chart.overallNone')
      : ctx.t('report:chart.overall', { value: formatPercent(ctx, overall), band: ctx.t(`report:band.${bandOf(overall)}`) })),
    h('p', { class: 'rp-explain' }, ctx.t('report:chart.explain')),
    h('div', { class: 'rp-chart' },
      h('figure', { class: 'rp-figure' }, renderRadar(ctx, rows)),
      renderScoreTable(ctx, rows)));

  const codeId = uid('rp-code');
  const code = h('code', { id: codeId, class: 'rp-code__value', dir: 'ltr', translate: 'no' }, input.resultCode);
  const copyStatus = h('p', { class: 'rp-code__status', role: 'status', 'aria-live': 'polite' });
  const copyButton = h('button', { type: 'button', class: 'rp-button', 'aria-describedby': codeId, onclick: () => {
    void copyText(input.resultCode, code).then((outcome) => {
      copyStatus.textContent = ctx.t(outcome === 'copied' ? 'report:code.copied' : 'report:code.selected');
    });
  } }, ctx.t('report:code.copy'));
  const qrSlot = h('div', { class: 'rp-qr' });
  const codeSection = section('rp-code', ctx.t('report:code.heading'),
    h('p', {}, ctx.t('report:code.explain')),
    h('p', { class: 'rp-code__box' }, code),
    qrSlot,
    h('div', { class: 'rp-code__actions' }, copyButton),
    copyStatus);
  // The QR code (its own lazy chunk): drawn when qrcode has loaded; the code text is enough without it.
  void import('./qr').then((m) => m.renderQr(input.resultCode, ctx.t('report:code.qr'))).then((svg) => { if (svg) qrSlot.append(svg); }, () => {});

  const actions = h('div', { class: 'rp-actions', role: 'group', 'aria-label': ctx.t('report:actions.label') },
    h('button', { type: 'button', class: 'rp-button rp-button--primary', onclick: () => input.onPlayAgain() }, ctx.t('report:actions.playAgain')),
    h('button', { type: 'button', class: 'rp-button', onclick: () => window.print() }, ctx.t('report:actions.print')),
    h('button', { type: 'button', class: 'rp-button', onclick: () => input.onMenu() }, ctx.t('report:actions.menu')));

  const luck = input.state && report.finished && input.authentic !== false ? renderLuck(ctx) : null;
  const challenge = input.mode === 'challenge' ? ctx.t('report:challengeIntro') : undefined;
  const article = h('article', { class: 'rp', 'aria-labelledby': titleId, lang: ctx.lang, dir: ctx.dir },
    hero,
    renderMoneyAndTime(ctx, report),
    renderSetback(ctx, report),
    luck?.section ?? null,
    renderLedger(ctx, report),
    readiness,
    renderItems(ctx, report.mistakes, 'mistake', challenge),
    renderItems(ctx, report.strengths, 'strength'),
    report.notes.length ? renderItems(ctx, report.notes, 'note') : null,
    renderLearnNext(ctx, report),
    codeSection,
    renderSources(ctx, report),
    actions);
  foldSections(article, startOpen(), new Map(overall === null ? [] : [['rp-readiness', formatPercent(ctx, overall)]]));
  replaceChildren(root, h('main', { class: 'screen screen-report', id: 'main' }, article));
  title.focus();
  if (luck && input.state) {
    void luckOf(scenario, input.state, () => luck.section.isConnected).then(
      (figures) => { if (figures) luck.fill(luckVerdict(report.success, figures)); },
      () => luck.fill(null));
  }
}

/** Figures already computed for a state (a re-render, e.g. a language change, does not replay again). */
const luckCache = new WeakMap<GameState, DecisionLuck>();

/**
 * The player's decisions replayed under other seeds, one batch per task so the report stays
 * responsive; null when the report left the screen first.
 */
async function luckOf(scenario: Scenario, state: GameState, shown: () => boolean): Promise<DecisionLuck | null> {
  const cached = luckCache.get(state);
  if (cached) return cached;
  const parts: DecisionLuck[] = [];
  for (const batch of luckBatches(state)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!shown()) return null;
    parts.push(decisionLuck(scenario, state, batch));
  }
  const figures = mergeLuck(parts);
  luckCache.set(state, figures);
  return figures;
}
