/** Plain-text rendering of the engine's view model and report for the terminal (source language). */
import { DIMENSIONS } from '../../src/scenario';
import type { Report, ViewModel } from '../../src/engine';

const money = (n: number, currency: string) => `${currency} ${n.toLocaleString('en')}`;
const plain = (t: string) => t.replace(/\{(money|days|number|percent):(-?[\d.]+)\}/g, (_, k: string, v: string) => (k === 'money' ? Number(v).toLocaleString('en') : k === 'days' ? `${v} days` : k === 'percent' ? `${v}%` : v)).replace(/\*\*/g, '');

export function formatView(v: ViewModel): string {
  const lines: string[] = [];
  lines.push(`[${money(v.hud.money, v.hud.currency)} | day ${v.hud.day} of ${v.hud.deadline}${v.hud.mode ? ` | ${v.hud.mode}` : ''}]`);
  for (const e of v.effects) {
    if (e.type === 'chance' || e.type === 'consequence') lines.push(`  ** ${plain(e.title?.text ?? '')}: ${plain(e.text?.text ?? '')}`);
    else if (e.type === 'result') lines.push(`  -> ${plain(e.text?.text ?? '')}`);
    else if (e.type === 'score') lines.push(`  (${e.dimension} ${e.points > 0 ? '+' : ''}${e.points}) ${plain(e.feedback)}`);
    else if (e.type === 'rule') lines.push(`  !! ${e.rule === 'outOfMoney' ? 'Out of money' : 'Past the deadline'}`);
  }
  if (v.title) lines.push(`\n== ${plain(v.title.text)} ==`);
  if (v.speaker) lines.push(`${v.speaker.name.text} (${v.speaker.role.text}):`);
  lines.push(plain(v.text.text));
  for (const c of v.choices) {
    const cost = [c.cost.money ? money(c.cost.money, v.hud.currency) : '', c.cost.days ? `${c.cost.days} d` : ''].filter(Boolean).join(', ');
    lines.push(`  ${c.number}. ${plain(c.label.text)}${cost ? `  [${cost}]` : ''}${c.available ? '' : `  (unavailable: ${plain(c.reason?.text ?? '')})`}`);
  }
  return lines.join('\n');
}

export function formatReport(r: Report): string {
  const lines = [
    `Outcome: ${r.ending ? `${r.ending.kind} — ${plain(r.ending.title.text)}` : 'not finished'}`,
    `Money: spent ${money(r.money.spent, r.money.currency)} of ${money(r.money.start, r.money.currency)}, ${money(r.money.end, r.money.currency)} left`,
    `Days: ${r.days.used} of ${r.days.deadline}`,
    `Readiness: ${r.overall ?? '–'}%`,
    ...DIMENSIONS.map((d) => `  ${d.padEnd(15)} ${r.dimensions[d].percent === null ? '–' : `${r.dimensions[d].percent}%`}`),
  ];
  if (r.mistakes.length) lines.push('Mistakes:', ...r.mistakes.map((m) => `  - [${m.dimension}] ${plain(m.feedback.text)}${m.source ? ` (learn more: ${m.source.title})` : ''}`));
  return lines.join('\n');
}
