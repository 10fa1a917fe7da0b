/**
 * The analyzer pane: runs the analysis in a Web Worker (so the editor stays responsive) and shows the
 * policy table — how often each way of playing wins — and the analyzer's findings, each linked to its node.
 */
import type { i18n as I18n } from 'i18next';
import type { Finding, MissedTarget, PolicyAnalysis } from '../engine';
import type { Scenario } from '../scenario';
import { h, replaceChildren } from '../ui/dom';

export interface AnalysisRequest { readonly id: number; readonly scenario: Scenario; readonly plays: number }
export type AnalysisReply =
  | { readonly id: number; readonly ok: true; readonly policies: PolicyAnalysis; readonly missed: MissedTarget[]; readonly findings: Finding[] }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** Games per policy in the editor (the CLI's `analyze` plays more). */
export const EDITOR_PLAYS = 500;

/** An analyzer pane bound to its container; `run` analyses a scenario, replacing any analysis still running. */
export function createAnalysisPane(pane: HTMLElement, i18n: I18n, onFinding: (path: readonly (string | number)[]) => void): { run(scenario: Scenario | undefined): void } {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
  const pct = (x: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  let worker: Worker | null = null;
  let counter = 0;
  const status = h('p', { role: 'status' });
  const body = h('div', {});
  replaceChildren(pane, h('h2', {}, t('editor:analysis.title')), status, body);
  const show = (r: Extract<AnalysisReply, { ok: true }>) => {
    const a = r.policies;
    const rows = a.policies.map((p) => h('tr', {},
      h('th', { scope: 'row' }, t(`editor:policy.${p.policy}`)),
      h('td', {}, pct(p.successRate)),
      h('td', {}, p.meanReadiness === null ? '—' : pct(p.meanReadiness / 100)),
      h('td', {}, p.endings.slice(0, 3).map((e) => `${t(`editor:ending.${e.kind}`, { defaultValue: e.kind })} ${pct(e.share)}`).join(', '))));
    replaceChildren(body,
      h('table', { class: 'ed-policies' },
        h('caption', {}, t('editor:analysis.caption', { plays: a.plays })),
        h('thead', {}, h('tr', {}, ...['policy', 'won', 'readiness', 'endings'].map((c) => h('th', { scope: 'col' }, t(`editor:analysis.${c}`))))),
        h('tbody', {}, ...rows)),
      h('p', {}, t('editor:analysis.skillGap', { gap: a.skillGap.toFixed(1) })),
      r.missed.length
        ? h('ul', { class: 'ed-missed' }, ...r.missed.map((m) => h('li', {}, m.message)))
        : h('p', {}, t('editor:analysis.targetsMet')),
      h('h3', {}, t('editor:analysis.findings', { count: r.findings.length })),
      h('ul', { class: 'ed-findings' }, ...r.findings.slice(0, 50).map((f) => h('li', {},
        h('button', { type: 'button', class: 'ed-diag-link', onclick: () => onFinding(f.path) }, h('span', { class: 'ed-diag-sev' }, t(`editor:diag.${f.severity}`)), ' ', f.message)))));
  };
  return {
    run(scenario) {
      worker?.terminate();
      worker = null;
      if (!scenario) {
        status.textContent = t('editor:analysis.invalid');
        replaceChildren(body);
        return;
      }
      const id = ++counter;
      status.textContent = t('editor:analysis.running');
      const w = new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
      worker = w;
      w.onmessage = (e: MessageEvent<AnalysisReply>) => {
        if (e.data.id !== id) return;
        w.terminate();
        if (worker === w) worker = null;
        if (e.data.ok) {
          status.textContent = t('editor:analysis.done');
          show(e.data);
        } else status.textContent = t('editor:analysis.failed', { problem: e.data.error });
      };
      w.onerror = (e) => { status.textContent = t('editor:analysis.failed', { problem: e.message }); };
      w.postMessage({ id, scenario, plays: EDITOR_PLAYS } satisfies AnalysisRequest);
    },
  };
}
