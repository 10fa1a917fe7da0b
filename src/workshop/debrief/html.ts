/**
 * The self-contained HTML debrief: one HTML string with inline CSS and no
 * scripts, that opens offline later. Every text (scenario text, labels) is
 * escaped; bars are CSS widths. Pure: texts and formats come from the caller.
 */
import { parseText, type TextRef } from '../../scenario';
import type { Debrief } from './model';
import { modeLine } from './modes';

/** What the export needs to word and format the debrief (a UI context fits). */
export interface DebriefHtmlTexts {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** A UI string by key (debrief:…), with i18next-style values. */
  t(key: string, values?: Record<string, unknown>): string;
  /** A scenario text in the UI language (tokens still in it). */
  scenarioText(ref: TextRef): string;
  formatNumber(n: number): string;
  formatMoney(amount: number, currency: string): string;
  formatDays(n: number): string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const CSS = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1.5rem;color:#1b1b1b;background:#fff;line-height:1.45}
section{border:1px solid #ccc;border-radius:.5rem;padding:1rem 1.25rem;margin-block:1rem}h1{font-size:2rem}h2{font-size:1.5rem;margin-top:0}h3{font-size:1.15rem;margin-bottom:.3rem}
ul.bars{list-style:none;padding:0;margin:0 0 .5rem;display:grid;gap:.5rem}.bar{display:grid;grid-template-columns:1fr auto;column-gap:1rem}
.value{font-weight:700;white-space:nowrap}.track{grid-column:1/-1;display:block;height:.9rem;background:#eee;border:1px solid #bbb;border-radius:.25rem;overflow:hidden}
.fill{display:block;height:100%;background:#1d5fa8}.good .fill{background:#1e7a3c}.bad .fill{background:#b3261e}.muted .fill{background:#777}
.tag{display:inline-block;padding:0 .5rem;border-radius:1rem;background:#eee;font-size:.85rem;font-weight:700}.caption{color:#555}`;

/** The debrief as one HTML document (UTF-8, inline CSS, no scripts). */
export function debriefHtml(d: Debrief, x: DebriefHtmlTexts): string {
  const e = escapeHtml;
  const st = (ref: TextRef) => e(plain(x, ref, d.scenario.currency));
  const percent = (p: number) => e(formatPercent(x.lang, p));
  const bar = (label: string, count: number, total: number, tone = '') => {
    const share = total > 0 ? count / total : 0;
    const value = x.t('debrief:bar.value', { value: x.formatNumber(count), total: x.formatNumber(total), percent: formatPercent(x.lang, share * 100) });
    return `<li class="bar ${tone}"><span>${label}</span><span class="value">${e(value)}</span><span class="track" aria-hidden="true"><span class="fill" style="width:${Math.round(share * 1000) / 10}%"></span></span></li>`;
  };
  const section = (title: string, body: string) => `<section><h2>${e(title)}</h2>${body}</section>`;
  const outcomes = d.outcomes.byEnding.map((o) => bar(`${st(o.title)} <span class="tag">${e(x.t(`debrief:kind.${o.kind}`))}</span>`, o.count, d.players, o.kind === 'success' ? 'good' : 'bad'));
  if (d.outcomes.unfinished) outcomes.push(bar(e(x.t('debrief:outcomes.unfinished')), d.outcomes.unfinished, d.players, 'muted'));
  const decisions = d.decisions.map((q) => `<h3>${st(q.prompt)}</h3><p class="caption">${e(x.t('debrief:decisions.reached', { count: q.reached, value: x.formatNumber(q.reached) }))} ${e(x.t('debrief:decisions.basis', { count: q.chosen, value: x.formatNumber(q.chosen) }))}</p><ul class="bars">${q.choices.map((c) => bar(st(c.label), c.count, q.chosen)).join('')}</ul>`);
  const mistakes = d.mistakes.slice(0, 6).map((m) => `<li><p><strong>${st(m.feedback)}</strong></p>${m.what ? `<p>${e(x.t(`debrief:mistakes.from.${m.from.kind}`))} ${m.scene ? `${st(m.scene)} — ` : ''}${st(m.what)}</p>` : ''}<p><span class="tag">${e(x.t(`debrief:dimension.${m.dimension}`))}</span> ${e(x.t('debrief:mistakes.players', { count: m.players, value: x.formatNumber(m.players) }))}</p>${m.source ? `<p>${e(x.t('debrief:mistakes.learnMore'))} <cite>${e(m.source.title)}</cite>${m.source.url && /^https?:\/\//.test(m.source.url) ? ` (${e(m.source.url)})` : ''}</p>` : ''}</li>`);
  const byId = new Map(d.paths.nodes.map((n) => [n.id, n]));
  const stopName = (id: string) => { const n = byId.get(id); return n?.label ? st(n.label) : e(x.t('debrief:paths.chance')); };
  const players = (n: number) => e(x.t('debrief:paths.players', { count: n, value: x.formatNumber(n) }));
  const layers = [...new Set(d.paths.nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const paths = layers.map((layer) => `<li><h3>${e(x.t('debrief:paths.step', { value: x.formatNumber(layer + 1) }))}</h3><ul>${d.paths.nodes.filter((n) => n.layer === layer).map((n) => {
    const out = d.paths.edges.filter((g) => g.from === n.id);
    return `<li><strong>${stopName(n.id)}</strong> ${players(n.players)}${out.length ? ` — ${e(x.t('debrief:paths.next'))} ${out.map((g) => `${stopName(g.to)} (${players(g.players)})`).join(', ')}` : ''}</li>`;
  }).join('')}</ul></li>`);
  const spread = (title: string, dist: Debrief['money'], f: (n: number) => string) => `<h3>${e(title)}</h3>${dist ? `<ul>${(['min', 'median', 'max'] as const).map((k) => `<li>${e(x.t(`debrief:numbers.${k}`))}: ${e(f(dist[k]))}</li>`).join('')}</ul>` : `<p>${e(x.t('debrief:numbers.none'))}</p>`}`;
  const { currency, budget, deadline } = d.scenario;
  const title = x.t('debrief:export.title', { title: plain(x, d.scenario.title, d.scenario.currency) });
  const mode = modeLine(d.modes, (k, v) => x.t(k, v), (n) => x.formatNumber(n));
  return `<!doctype html>\n<html lang="${e(x.lang)}" dir="${x.dir === 'rtl' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${e(title)}</title><style>${CSS}</style></head><body><main>`
    + `<h1>${e(title)}</h1>`
    + section(x.t('debrief:room.heading'), `<p>${e(x.t('debrief:room.players', { count: d.players, value: x.formatNumber(d.players) }))}</p><p>${e(x.t('debrief:room.scenario', { title: plain(x, d.scenario.title, d.scenario.currency), version: d.scenario.version }))}</p>${mode ? `<p>${e(mode)}</p>` : ''}<p>${e(x.t('debrief:room.finished', { finished: x.formatNumber(d.finished), playing: x.formatNumber(d.players - d.finished) }))}</p>`)
    + section(x.t('debrief:outcomes.heading'), `<p class="caption">${e(x.t('debrief:outcomes.byEnding'))}</p><ul class="bars">${outcomes.join('')}</ul>`)
    + section(x.t('debrief:decisions.heading'), decisions.join(''))
    + section(x.t('debrief:mistakes.heading'), mistakes.length ? `<ol>${mistakes.join('')}</ol>` : `<p>${e(x.t('debrief:mistakes.none'))}</p>`)
    + section(x.t('debrief:paths.heading'), `<ol>${paths.join('')}</ol>`)
    + section(x.t('debrief:numbers.heading'), spread(x.t('debrief:numbers.money', { budget: x.formatMoney(budget, currency) }), d.money, (n) => x.formatMoney(n, currency))
      + spread(x.t('debrief:numbers.days', { deadline: x.formatDays(deadline) }), d.days, (n) => x.formatDays(n)))
    + section(x.t('debrief:readiness.heading'), `<ul class="bars">${d.readiness.map((r) => `<li class="bar"><span>${e(x.t(`debrief:dimension.${r.dimension}`))}</span><span class="value">${r.average === null ? e(x.t('debrief:readiness.notAssessed')) : percent(r.average)}</span><span class="track" aria-hidden="true"><span class="fill" style="width:${Math.round(Math.max(0, Math.min(100, r.average ?? 0)) * 10) / 10}%"></span></span></li>`).join('')}</ul>`)
    + '</main></body></html>\n';
}

/** A scenario text as plain text: tokens formatted, bold markers dropped. */
function plain(x: DebriefHtmlTexts, ref: TextRef, currency: string): string {
  return parseText(x.scenarioText(ref)).map((s) => {
    switch (s.kind) {
      case 'text': return s.text;
      case 'money': return x.formatMoney(s.value, currency);
      case 'days': return x.formatDays(s.value);
      case 'number': return x.formatNumber(s.value);
      case 'percent': return formatPercent(x.lang, s.value);
      default: return `{${s.name}}`;
    }
  }).join('');
}

function formatPercent(lang: string, percent: number): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
  } catch {
    return `${Math.round(percent)}%`;
  }
}
