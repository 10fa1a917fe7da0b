/** The codes left out of the debrief, one message per code with its line. */
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { MAX_CODES, type CodeProblem } from './codes';

/** The message for one problem; `title` is the debrief scenario's title (for "another scenario"). */
export function problemMessage(ctx: UiContext, p: CodeProblem, title: string): string {
  const line = ctx.formatNumber(p.line);
  switch (p.kind) {
    case 'invalid': return ctx.t('debrief:problems.invalid', { line });
    case 'unknown-scenario': return ctx.t('debrief:problems.unknownScenario', { line, scenario: p.scenario });
    case 'other-scenario': return ctx.t('debrief:problems.otherScenario', { line, scenario: p.scenario, title });
    case 'other-version': return ctx.t('debrief:problems.otherVersion', { line, version: p.version, expected: p.expected });
    case 'does-not-fit': return ctx.t('debrief:problems.doesNotFit', { line });
    case 'duplicate': return ctx.t('debrief:problems.duplicate', { line, first: ctx.formatNumber(p.first) });
  }
}

/** A section listing the problems (with each code as pasted), or null when there are none. */
export function renderProblems(ctx: UiContext, problems: readonly CodeProblem[], title: string, truncated: boolean): HTMLElement | null {
  if (!problems.length && !truncated) return null;
  const id = uid('db-problems');
  return h('section', { class: 'db-section db-problems', 'aria-labelledby': id },
    h('h2', { id }, ctx.t('debrief:problems.heading', { count: problems.length, value: ctx.formatNumber(problems.length) })),
    truncated ? h('p', {}, ctx.t('debrief:problems.truncated', { max: ctx.formatNumber(MAX_CODES) })) : null,
    problems.length ? h('ul', { class: 'db-problem-list', role: 'list' }, ...problems.map((p) => h('li', { 'data-line': p.line },
      h('span', {}, problemMessage(ctx, p, title)), ' ',
      h('code', { dir: 'ltr', translate: 'no' }, p.text)))) : null);
}
