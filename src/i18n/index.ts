/**
 * i18next setup. UI strings live in src/i18n/locales/<lang>/<namespace>.json
 * (namespaces: ui, report, hs, about, debrief). Each file is its own lazy chunk, so a
 * language or a namespace costs bytes only when it is used. A new language
 * (right-to-left too) is added by adding its folder: nothing in code lists them.
 */
import i18next, { type i18n as I18n } from 'i18next';

/** The namespaces of the UI's strings. */
export const NAMESPACES = ['ui', 'report', 'hs', 'about', 'debrief', 'workshop', 'editor'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The language used when a string is missing in the player's language. */
export const FALLBACK_LANGUAGE = 'en';

type Loader = () => Promise<{ default: Record<string, unknown> }>;
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');
const loaders = new Map<string, Loader>();
for (const [path, load] of Object.entries(files)) {
  const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (m) loaders.set(`${m[1]}/${m[2]}`, load);
}

/** Languages that have UI strings (a folder with ui.json), sorted. */
export function uiLanguages(): string[] {
  return [...loaders.keys()].filter((k) => k.endsWith('/ui')).map((k) => k.slice(0, -3)).sort();
}

/** The best UI language for a request: an exact match, then its base language, else the fallback. */
export function pickLanguage(...wanted: readonly (string | null | undefined)[]): string {
  const have = uiLanguages();
  for (const w of wanted) {
    if (!w) continue;
    if (have.includes(w)) return w;
    const base = w.toLowerCase().split('-')[0] ?? '';
    if (have.includes(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** Writing direction of a language (from i18next's list of right-to-left languages). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return i18next.dir(lang);
}

/** The language's own name for itself, e.g. "français", for a language menu. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}

/** Creates the i18next instance with the ui namespace of a language (and the fallback) loaded. */
export async function createI18n(lang: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: ['ui'],
    defaultNS: 'ui',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // we only ever write text nodes, never HTML
    returnNull: false,
  });
  await loadNamespaces(instance, ['ui']);
  return instance;
}

/** Loads namespaces for the current language and the fallback (already loaded ones are skipped). */
export async function loadNamespaces(instance: I18n, namespaces: readonly Namespace[], lang = instance.language): Promise<void> {
  const langs = lang === FALLBACK_LANGUAGE ? [lang] : [lang, FALLBACK_LANGUAGE];
  await Promise.all(
    langs.flatMap((l) =>
      namespaces.map(async (ns) => {
        if (instance.hasResourceBundle(l, ns)) return;
        const load = loaders.get(`${l}/${ns}`);
        if (!load) return; // a namespace not translated yet: the fallback covers it
        const mod = await load();
        instance.addResourceBundle(l, ns, mod.default, true, true);
      }),
    ),
  );
}

/** Switches language, loading the namespaces already in use first so nothing flashes untranslated. */
export async function changeLanguage(instance: I18n, lang: string): Promise<void> {
  const inUse = NAMESPACES.filter((ns) => instance.hasResourceBundle(instance.language, ns) || instance.hasResourceBundle(FALLBACK_LANGUAGE, ns));
  await loadNamespaces(instance, inUse, lang);
  await instance.changeLanguage(lang);
}

/** Sets <html lang dir> for a language. */
export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}
