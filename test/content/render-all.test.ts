/**
 * No raw token anywhere: every text of every shipped scenario, in its source language and in every
 * translation, rendered the way the UI renders it (ctx.renderText: parseText plus the locale's money,
 * days, number and percent formats) shows no "{…}" token. The same holds for the terminal `play`
 * output, the report screen and the debrief of a few full games per scenario.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDebrief, debriefHtml } from '../../src/workshop/debrief';
import { createGame, replay, groupLog, type Game } from '../../src/engine';
import { collectStrings, Translation, type Scenario } from '../../src/scenario';
import { createI18n, loadNamespaces } from '../../src/i18n';
import { createUiContext, type UiContext } from '../../src/ui/context';
import { renderReport } from '../../src/ui/report';
import { formatReport, formatView, plainText } from '../../tools/lib/format';
import { installFakeDom, textsOf } from '../support/fake-dom';
import { scene, tiny } from '../support/scenarios';
import { randomPlay, shippedScenarios } from './helpers';

/** A token the renderer left as it was, or an i18next placeholder that was not filled. */
const RAW = /\{[^{}\n]*\}|\{\{|\}\}/;
const rawIn = (texts: readonly string[]) => texts.filter((t) => RAW.test(t));

const shipped = shippedScenarios();
/** A few full games per scenario: seeded random play (different paths and endings). */
const games = new Map(shipped.map(({ scenario }) => [scenario.id, [1, 2, 3].map((seed) => ({ seed, log: randomPlay(scenario, seed).log }))]));

interface Language { lang: string; translation: Translation | null }
const languagesOf = (s: (typeof shipped)[number]): Language[] => [
  { lang: s.scenario.lang, translation: null },
  ...s.translations.map((t) => ({ lang: t.lang, translation: Translation.parse(JSON.parse(t.text)) })),
];

async function contextFor(s: Scenario, language: Language, vars: () => Readonly<Record<string, number>> = () => ({})): Promise<UiContext> {
  const i18n = await createI18n(language.lang);
  await loadNamespaces(i18n, ['report', 'debrief']);
  return createUiContext({ i18n, translation: language.translation, sourceLang: s.lang, currency: s.currency, vars });
}

const replayed = (s: Scenario, seed: number, log: readonly string[]): Game => {
  const r = replay(s, seed, log);
  if (!r.ok) throw new Error(`${s.id}: the log does not replay`);
  return r.game;
};

beforeAll(() => {
  installFakeDom();
});

describe('the strings that are checked', () => {
  it('cover every kind of scenario text (labels, reasons, results, outcomes, consequences, variants, endings, feedback, learnMore)', () => {
    const all = shipped.flatMap((s) => collectStrings(s.scenario).map((x) => x.key));
    for (const re of [/\.choices\.[^.]+\.label$/, /\.choices\.[^.]+\.reason$/, /\.choices\.[^.]+\.result$/, /\.outcomes\.[^.]+\.title$/, /\.outcomes\.[^.]+\.text$/,
      /^consequences\.[^.]+\.title$/, /^consequences\.[^.]+\.text$/, /\.feedback\./, /^learnMore\./, /^nodes\.[^.]+\.title$/])
      expect(all.some((k) => re.test(k)), String(re)).toBe(true);
    // Text variants are listed too (none is shipped yet).
    const withVariant = tiny({ s0: { ...scene([{ id: 'go', next: 'win' }]), textVariants: [{ id: 'v', when: { type: 'flag', flag: 'f' }, text: 'Other.' }] } });
    expect(collectStrings(withVariant).map((x) => x.key)).toContain('nodes.s0.variants.v.text');
  });

  it('would catch a malformed token: the check is not vacuous', async () => {
    const s = tiny({ s0: scene([{ id: 'go', label: 'Wait {days: 60} for {money:1,200}', next: 'win' }]) });
    const ctx = await contextFor(s, { lang: 'en', translation: null });
    const label = collectStrings(s).find((x) => x.key === 'nodes.s0.choices.go.label');
    expect(label && rawIn(textsOf(ctx.renderText(label)))).toEqual(['Wait {days: 60} for {money:1,200}']);
    expect(RAW.test(plainText(label?.text ?? '', { currency: 'USD' }))).toBe(true);
  });
});

describe.each(shipped.map((s) => [s.scenario.id, s] as const))('%s', (_id, s) => {
  const languages = languagesOf(s);

  it.each(languages.map((l) => [l.lang, l] as const))('renders every scenario text in %s with no raw token', async (_lang, language) => {
    const vars = Object.fromEntries(Object.entries(s.scenario.variables ?? {}).map(([k, v]) => [k, v.initial]));
    const ctx = await contextFor(s.scenario, language, () => vars);
    const strings = collectStrings(s.scenario);
    expect(strings.length).toBeGreaterThan(20);
    const bad = strings.flatMap((ref) => rawIn(textsOf(ctx.renderText(ref))).map((t) => `${ref.key}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('prints the terminal play screens and report with no raw token', () => {
    for (const { seed, log } of games.get(s.scenario.id) ?? []) {
      const game = createGame(s.scenario, seed);
      const screens = [formatView(game.view(), game.state.vars)];
      for (const step of groupLog(log)) {
        expect(game.choose(step.choice, step.forced).ok).toBe(true);
        if (game.state.status === 'playing') screens.push(formatView(game.view(), game.state.vars));
      }
      screens.push(formatReport(game.report(), { vars: game.state.vars, mode: 'coach' }));
      expect(screens.flatMap((x) => x.split('\n')).filter((line) => RAW.test(line))).toEqual([]);
    }
  });

  it.each(languages.map((l) => [l.lang, l] as const))('shows the report and the debrief in %s with no raw token', async (_lang, language) => {
    const played = (games.get(s.scenario.id) ?? []).map(({ seed, log }) => replayed(s.scenario, seed, log));
    for (const game of played) {
      const ctx = await contextFor(s.scenario, language, () => game.state.vars);
      const root = installFakeDom();
      renderReport(root as unknown as HTMLElement, {
        report: game.report(), view: game.view(), scenario: s.scenario, resultCode: 'TG2.code', mode: 'challenge', ctx,
        onPlayAgain: () => {}, onMenu: () => {},
      });
      const texts = textsOf(root);
      expect(texts.join(' ')).toContain(ctx.t('report:ledger.heading'));
      expect(rawIn(texts)).toEqual([]);
    }
    const ctx = await contextFor(s.scenario, language);
    const html = debriefHtml(buildDebrief(s.scenario, played, 'coach'), ctx);
    const visible = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '\n').split('\n');
    expect(visible.length).toBeGreaterThan(10);
    expect(rawIn(visible)).toEqual([]);
  });
});

describe('terminal text', () => {
  it('formats tokens in labels and text like the UI: money with the currency, days, percent, variables', () => {
    expect(plainText('Pay {money:1200} in {days:3}, {days:1} late, **{percent:30}** of {number:5000}; stock {var:stock}', { currency: 'USD', vars: { stock: 7 } }))
      .toBe('Pay USD 1,200 in 3 days, 1 day late, 30% of 5,000; stock 7');
    expect(plainText('{var:unknown} {money:oops}', { currency: 'EUR' })).toBe('— {money:oops}');
  });
});
