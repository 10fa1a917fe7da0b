/**
 * The UI context every screen receives: translation, locale formatting,
 * scenario text (translated, falling back to the source), safe rendering of
 * scenario text tokens, announcements and the reduced-motion preference.
 * The app builds contexts through its services (src/app/services.ts).
 */
import type { i18n as I18n } from 'i18next';
import { fingerprint, parseText, type Translation } from '../scenario';
import { directionOf } from '../i18n';

/** What every screen needs from the app. */
export interface UiContext {
  /** i18next t, namespaced keys like 'report:title'. */
  t: (key: string, opts?: Record<string, unknown>) => string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Money per the language, e.g. "$1,200" / "1 200 $US". */
  formatMoney(amount: number, currency: string): string;
  formatNumber(n: number): string;
  /** "3 days" via i18next plurals. */
  formatDays(n: number): string;
  /** Translated scenario text (falls back to the source text). */
  scenarioText(ref: { key: string; text: string }): string;
  /**
   * Scenario text tokens rendered as text nodes and <strong>; never innerHTML. Text shown in
   * the scenario's source language (no translation) is wrapped in <span lang> and its numbers
   * are formatted for that language, so screen readers pronounce it right.
   */
  renderText(ref: { key: string; text: string }): DocumentFragment;
  /** Says a message through the aria-live region. */
  announce(message: string, politeness?: 'polite' | 'assertive'): void;
  reducedMotion(): boolean;
  /** The language of the text scenarioText() returns for a ref (optional for older callers). */
  scenarioTextLang?(ref: { key: string; text: string }): string;
}

/** What the factory needs. Everything scenario-related is optional (screens outside a game). */
export interface UiContextInput {
  i18n: I18n;
  /** The scenario's translation into the UI language, if any. */
  translation?: Translation | null;
  /** The scenario's source language (its file's "lang"); defaults to the UI language. */
  sourceLang?: string;
  /** The scenario's currency, used by {money:…} tokens. */
  currency?: string;
  /** The game's variables, used by {var:name} tokens. */
  vars?: () => Readonly<Record<string, number>>;
  announce?: UiContext['announce'];
  reducedMotion?: () => boolean;
}

interface Formatters {
  money(amount: number, currency: string): string;
  number(n: number): string;
  percent(n: number): string;
  days(n: number): string;
}

function formattersFor(i18n: I18n, lang: string): Formatters {
  const numberFormat = safeFormat(lang, {});
  const percentFormat = safeFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const t = lang === i18n.language ? i18n.t.bind(i18n) : i18n.getFixedT(lang);
  return {
    money(amount, currency) {
      let f = moneyFormats.get(currency);
      if (!f) {
        f = safeFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
        moneyFormats.set(currency, f);
      }
      return f.resolvedOptions().style === 'currency' ? f.format(amount) : `${f.format(amount)} ${currency}`;
    },
    number: (n) => numberFormat.format(n),
    percent: (n) => percentFormat.format(n / 100),
    days: (n) => t('ui:units.days', { count: n, value: numberFormat.format(n) }) as string,
  };
}

/** Builds a UiContext for the i18next instance's current language. */
export function createUiContext(input: UiContextInput): UiContext {
  const { i18n } = input;
  const lang = i18n.language;
  const sourceLang = input.sourceLang ?? lang;
  const ui = formattersFor(i18n, lang);
  const source = sourceLang === lang ? ui : formattersFor(i18n, sourceLang);
  const strings = input.translation?.strings ?? {};
  const lookup = (ref: { key: string; text: string }): { text: string; lang: string } => {
    if (sourceLang === lang) return { text: ref.text, lang };
    const tr = strings[ref.key];
    // A stale translation (its source changed since) could state wrong facts: show the source instead.
    return tr && tr.text && tr.source === fingerprint(ref.text) ? { text: tr.text, lang } : { text: ref.text, lang: sourceLang };
  };

  const ctx: UiContext = {
    t: (key, opts) => i18n.t(key, opts ?? {}) as string,
    lang,
    dir: directionOf(lang),
    formatMoney: ui.money,
    formatNumber: ui.number,
    formatDays: ui.days,
    scenarioText: (ref) => lookup(ref).text,
    scenarioTextLang: (ref) => lookup(ref).lang,
    renderText(ref) {
      const shown = lookup(ref);
      const f = shown.lang === lang ? ui : source;
      const fragment = document.createDocumentFragment();
      const target: Node = shown.lang === lang ? fragment : fragment.appendChild(Object.assign(document.createElement('span'), { lang: shown.lang, dir: directionOf(shown.lang) }));
      for (const seg of parseText(shown.text)) {
        let text: string;
        switch (seg.kind) {
          case 'text': text = seg.text; break;
          case 'money': text = f.money(seg.value, input.currency ?? 'USD'); break;
          case 'days': text = f.days(seg.value); break;
          case 'number': text = f.number(seg.value); break;
          case 'percent': text = f.percent(seg.value); break;
          case 'var': {
            const v = input.vars?.()[seg.name];
            text = v === undefined ? '—' : f.number(v);
            break;
          }
        }
        const node = document.createTextNode(text);
        if (seg.bold) {
          const strong = document.createElement('strong');
          strong.append(node);
          target.appendChild(strong);
        } else target.appendChild(node);
      }
      return fragment;
    },
    announce: input.announce ?? (() => {}),
    reducedMotion: input.reducedMotion ?? (() => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches),
  };
  return ctx;
}

function safeFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    // An unknown currency code or locale must not break the screen.
    return new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  }
}
