/**
 * Plain-text rendering of the engine's view model and report for the terminal (source language).
 * Scenario text goes through the same parser as the UI (parseText), so no {…} token is printed raw.
 */
import { DIMENSIONS, parseText } from '../../src/scenario';
import type { LedgerRow, LuckVerdict, Report, ViewModel } from '../../src/engine';

/** What tokens need: the currency of {money:…} and the game's variables for {var:…}. */
export interface PlainContext {
  readonly currency: string;
  readonly vars?: Readonly<Record<string, number>>;
}

const money = (n: number, currency: string) => `${n < 0 ? '-' : ''}${currency} ${Math.abs(n).toLocaleString('en')}`;
const days = (n: number) => `${n.toLocaleString('en')} ${Math.abs(n) === 1 ? 'day' : 'days'}`;

/** Scenario text as plain text: tokens formatted, **bold** markers dropped. */
export function plainText(text: string, ctx: PlainContext): string {
  return parseText(text).map((seg) => {
    switch (seg.kind) {
      case 'text': return seg.text;
      case 'money': return money(seg.value, ctx.currency);
      case 'days': return days(seg.value);
      case 'number': return seg.value.toLocaleString('en');
      case 'percent': return `${seg.value.toLocaleString('en')}%`;
      case 'var': {
        const v = ctx.vars?.[seg.name];
        return v === undefined ? '—' : v.toLocaleString('en');
      }
    }
  }).join('');
}

/** A screen of the game as text; in challenge mode without verdicts (they wait for the report). */
export function formatView(v: ViewModel, vars?: Readonly<Record<string, number>>, mode: 'coach' | 'challenge' = 'coach'): string {
  const ctx: PlainContext = { currency: v.hud.currency, vars };
  const plain = (t: { text: string } | null | undefined) => plainText(t?.text ?? '', ctx);
  const lines: string[] = [];
  lines.push(`[${money(v.hud.money, v.hud.currency)} | day ${v.hud.day} of ${v.hud.deadline}${v.hud.mode ? ` | ${v.hud.mode}` : ''}]`);
  for (const e of v.effects) {
    if (e.type === 'chance' || e.type === 'consequence') lines.push(`  ** ${plain(e.title)}: ${plain(e.text)}`);
    else if (e.type === 'result') lines.push(`  -> ${plain(e.text)}`);
    else if (e.type === 'score' && mode === 'coach') lines.push(`  (${e.dimension} ${e.points > 0 ? '+' : ''}${e.points}) ${plainText(e.feedback, ctx)}`);
    else if (e.type === 'rule') lines.push(`  !! ${e.rule === 'outOfMoney' ? 'Out of money' : 'Past the deadline'}`);
  }
  if (v.title) lines.push(`\n== ${plain(v.title)} ==`);
  if (v.speaker) lines.push(`${plain(v.speaker.name)} (${plain(v.speaker.role)}):`);
  lines.push(plain(v.text));
  for (const c of v.choices) {
    const cost = [
      c.cost.money > 0 ? money(c.cost.money, v.hud.currency) : c.cost.money < 0 ? `earns ${money(-c.cost.money, v.hud.currency)}` : '',
      c.cost.days ? `${c.cost.days} d` : '',
      c.risk && (c.risk.money || c.risk.days) ? `may add ${[c.risk.money ? money(c.risk.money, v.hud.currency) : '', c.risk.days ? `${c.risk.days} d` : ''].filter(Boolean).join(', ')}` : '',
      c.risk?.open ? 'chance may add more' : '',
    ].filter(Boolean).join(', ');
    lines.push(`  ${c.number}. ${plain(c.label)}${cost ? `  [${cost}]` : ''}${c.available ? '' : `  (unavailable: ${plain(c.reason)})`}`);
  }
  return lines.join('\n');
}

const RULES = { outOfMoney: 'The money ran out', pastDeadline: 'The deadline passed' } as const;
const KINDS = { choice: 'Decision', outcome: 'Chance', consequence: 'Consequence', rule: 'Rule' } as const;

function stepName(row: LedgerRow, ctx: PlainContext): string {
  if (row.kind === 'rule') return RULES[row.id as keyof typeof RULES] ?? row.id;
  const label = row.label ? plainText(row.label.text, ctx) : row.id;
  return row.kind === 'choice' && row.scene ? `${plainText(row.scene.text, ctx)}: ${label}` : label;
}

const signed = (n: number, f: (x: number) => string) => (n === 0 ? '—' : `${n > 0 ? '+' : '-'}${f(Math.abs(n))}`);

/** The ledger as lines: kind, step, days (running day), money (running money). */
export function formatLedger(r: Report, ctx: PlainContext): string[] {
  const { ledger } = r;
  const lines = [`Ledger (budget ${money(ledger.budget, ledger.currency)}, deadline day ${ledger.deadline}):`];
  for (const row of ledger.rows) {
    const d = `${signed(row.days, (x) => `${x} d`)} (day ${row.dayAfter}${row.pastDeadline ? ', late' : ''})`;
    const m = `${signed(row.money, (x) => money(x, ledger.currency))} (${money(row.moneyAfter, ledger.currency)}${row.overBudget ? ', over budget' : ''})`;
    lines.push(`  ${KINDS[row.kind].padEnd(11)} ${stepName(row, ctx)}  |  ${d}  |  ${m}`);
  }
  return lines;
}

/** The luck sentence in English (the browser's report says the same in the player's language). */
export function luckSentence(v: LuckVerdict): string {
  const rate = `${Math.round(v.rate * 100)}%`;
  const text: Record<LuckVerdict['kind'], string> = {
    judgement: `With your decisions, ${rate} of games succeed: judgement, not luck.`,
    lucky: `With your decisions only ${rate} of games succeed: you were lucky.`,
    mixedWon: `With your decisions, ${rate} of games succeed: your decisions did much of the work, and luck helped.`,
    unlucky: `With your decisions, ${rate} of games arrive on time and within budget: this time luck was against you.`,
    decisions: `With your decisions only ${rate} of games succeed: the decisions, not bad luck, cost this game.`,
    mixedLost: `With your decisions, ${rate} of games succeed: luck played a part, but better decisions would make success likelier.`,
  };
  return `${text[v.kind]} (${v.plays} replays)`;
}

export function formatReport(r: Report, extra: { vars?: Readonly<Record<string, number>>; luck?: LuckVerdict | null; mode?: string } = {}): string {
  const ctx: PlainContext = { currency: r.money.currency, vars: extra.vars };
  const lines = [
    `Outcome: ${r.ending ? `${r.ending.kind} — ${plainText(r.ending.title.text, ctx)}` : 'not finished'}`,
    ...(extra.mode ? [`Feedback mode: ${extra.mode}`] : []),
    `Money: spent ${money(r.money.spent, r.money.currency)} of ${money(r.money.start, r.money.currency)}, ${money(r.money.end, r.money.currency)} left`,
    `Days: ${r.days.used} of ${r.days.deadline}`,
  ];
  if (extra.luck) lines.push(`Judgement or luck: ${luckSentence(extra.luck)}`);
  if (r.setback) {
    if (r.setback.days.length) lines.push('The steps that took the most time:', ...r.setback.days.map((row) => `  - ${stepName(row, ctx)} (+${days(row.days)})`));
    if (r.setback.money.length) lines.push('The biggest spends:', ...r.setback.money.map((row) => `  - ${stepName(row, ctx)} (${money(-row.money, r.money.currency)})`));
    if (r.setback.decisive && r.ending?.kind !== 'late' && r.ending?.kind !== 'over-budget') lines.push(`What ended the game: ${stepName(r.setback.decisive, ctx)}`);
  }
  lines.push(
    `Readiness: ${r.overall ?? '–'}%`,
    ...DIMENSIONS.map((d) => `  ${d.padEnd(15)} ${r.dimensions[d].percent === null ? '–' : `${r.dimensions[d].percent}%`}`),
  );
  const item = (m: Report['mistakes'][number]) =>
    `  - [${m.dimension}]${m.label ? ` ${plainText(m.label.text, ctx)}:` : ''} ${plainText(m.feedback.text, ctx)}${m.source ? ` (learn more: ${m.source.title})` : ''}`;
  if (r.mistakes.length) lines.push('Mistakes:', ...r.mistakes.map(item));
  if (r.strengths.length) lines.push('Strengths:', ...r.strengths.map(item));
  if (r.notes.length) lines.push('Other remarks:', ...r.notes.map(item));
  lines.push(...formatLedger(r, ctx));
  return lines.join('\n');
}
