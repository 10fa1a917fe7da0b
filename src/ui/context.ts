/**
 * The UI context every screen receives: translation, locale formatting,
 * scenario text (translated, falling back to the source), safe rendering of
 * scenario text tokens, announcements and the reduced-motion preference.
 * Helpers B and C build on this interface; keep it stable.
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
  /** Scenario text tokens rendered as text nodes and <strong>; never innerHTML. */
  renderText(ref: { key: string; text: string }): DocumentFragment;
  /** Says a message through the aria-live region. */
  announce(message: string, politeness?: 'polite' | 'assertive'): void;
  reducedMotion(): boolean;
}

/** What the factory needs. Everything scenario-related is optional (screens outside a game). */
export interface UiContextInput {
  i18n: I18n;
  /** The scenario's translation into the UI language, if any. */
  translation?: Translation | null;
  /** The scenario's currency, used by {money:…} tokens. */
  currency?: string;
  /** The game's variables, used by {var:name} tokens. */
  vars?: () => Readonly<Record<string, number>>;
  announce?: UiContext['announce'];
  reducedMotion?: () => boolean;
}

/** Builds a UiContext for the i18next instance's current language. */
export function createUiContext(input: UiContextInput): UiContext {
  const { i18n } = input;
  const lang = i18n.language;
  const numberFormat = safeFormat(lang, {});
  const percentFormat = safeFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const strings = input.translation?.strings ?? {};

  const ctx: UiContext = {
    t: (key, opts) => i18n.t(key, opts ?? {}) as string,
    lang,
    dir: directionOf(lang),
    formatMoney(amount, currency) {
      let f = moneyFormats.get(currency);
      if (!f) {
        f = safeFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
        moneyFormats.set(currency, f);
      }
      return f.resolvedOptions().style === 'currency' ? f.format(amount) : `${f.format(amount)} ${currency}`;
    },
    formatNumber: (n) => numberFormat.format(n),
    formatDays: (n) => i18n.t('ui:units.days', { count: n, value: numberFormat.format(n) }) as string,
    scenarioText(ref) {
      const tr = strings[ref.key];
      // A stale translation (its source changed since) could state wrong facts: show the source instead.
      return tr && tr.text && tr.source === fingerprint(ref.text) ? tr.text : ref.text;
    },
    renderText(ref) {
      const fragment = document.createDocumentFragment();
      for (const seg of parseText(ctx.scenarioText(ref))) {
        let text: string;
        switch (seg.kind) {
          case 'text': text = seg.text; break;
          case 'money': text = ctx.formatMoney(seg.value, input.currency ?? 'USD'); break;
          case 'days': text = ctx.formatDays(seg.value); break;
          case 'number': text = ctx.formatNumber(seg.value); break;
          case 'percent': text = percentFormat.format(seg.value / 100); break;
          case 'var': {
            const v = input.vars?.()[seg.name];
            text = v === undefined ? '—' : ctx.formatNumber(v);
            break;
          }
        }
        const node = document.createTextNode(text);
        if (seg.bold) {
          const strong = document.createElement('strong');
          strong.append(node);
          fragment.append(strong);
        } else fragment.append(node);
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
