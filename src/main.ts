/**
 * The composition root: settings, language, deep link, then the app.
 * Only what the first choice needs is loaded here; the world (Phaser), sound,
 * report, HS explorer and about screens are lazy chunks.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { App } from './app/app';
import { loadScenarioFor, type LoadedScenario } from './app/catalog';
import { parseDeepLink, type DeepLink } from './app/deep-link';
import { Presentation } from './app/presentation';
import { Services } from './app/services';
import { localStore } from './app/session';
import { pageLmsConfig, type LmsConfig } from './lms/config';
import type { LmsLink, LmsProblem } from './lms';
import { showNotice } from './ui/notice';
import { applyDisplaySettings, readSettings } from './ui/settings';
import type { i18n as I18n } from 'i18next';
import { applyDocumentLanguage, createI18n, pickLanguage } from './i18n';
import { createAnnouncer } from './ui/announcer';
import { h, replaceChildren } from './ui/dom';
import { renderLoading } from './ui/screens/loading';

/** The strings, once loaded: the last-resort error screen is localized when they are. */
let strings: I18n | null = null;

async function main(): Promise<void> {
  const root = document.getElementById('app');
  const worldLayer = document.getElementById('world');
  const liveLayer = document.getElementById('live');
  if (!root || !worldLayer || !liveLayer) throw new Error('index.html lacks #app, #world or #live');
  const settings = readSettings();
  applyDisplaySettings(settings);
  // A course package (SCORM 1.2 or cmi5) names its scenario, mode and language; it connects to its platform meanwhile.
  const lms = pageLmsConfig();
  let problems: LmsProblem[] = [];
  let notify: (p: LmsProblem) => void = (p) => problems.push(p);
  const connecting = lms ? connectLms(lms, (p) => notify(p)) : null;
  const link = lms ? await packageLink(lms, parseDeepLink(location.search), connecting) : parseDeepLink(location.search);
  const lang = pickLanguage(link.lang, settings.lang, ...navigator.languages);
  applyDocumentLanguage(lang);
  // The deep-linked scenario loads in parallel with the UI strings.
  const preloaded: Promise<LoadedScenario | Error> | undefined = link.scenario
    ? loadScenarioFor(link.scenario, lang).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
    : undefined;
  const i18n = await createI18n(lang);
  strings = i18n;
  if (new URLSearchParams(location.search).get('editor') === '1') {
    const { startEditor } = await import('./editor');
    await startEditor(root, i18n, liveLayer);
    return;
  }
  const announce = createAnnouncer(liveLayer);
  const services = new Services(root, i18n, announce, new Presentation(worldLayer), settings);
  const platform = await connecting;
  if (platform?.store) services.store = platform.store;
  // Told once the first screen is up (a notice does not block play).
  notify = (p) => showNotice(services.ctx(), `lms-${p}`, services.ctx().t(`ui:lms.${p}`));
  const loading = renderLoading(root, services.ctx());
  loading.set(0.5, link.scenario ? 'ui:loading.scenario' : 'ui:loading.menu');
  void preloaded?.then(() => loading.set(0.9, 'ui:loading.scenario'));
  const app = new App(services, link);
  root.removeAttribute('aria-busy');
  await app.start(preloaded);
  if (platform?.problem) problems.push(platform.problem);
  for (const p of problems) notify(p);
  problems = [];
  if (import.meta.env.DEV || link.author) {
    const { installAuthorTools } = await import('./app/author');
    installAuthorTools(app, link.author);
  }
}

/** Loads the LMS chunk and connects (never throws: a failure is "unavailable"). */
async function connectLms(config: LmsConfig, notify: (p: LmsProblem) => void): Promise<LmsLink> {
  try {
    const { connectLms: connect } = await import('./lms');
    return await connect(config, localStore, notify);
  } catch (e) {
    console.warn('The learning platform could not be used:', e);
    return { store: null, scenario: config.scenario, problem: 'unavailable' };
  }
}

/** A package's game: its scenario (or the one the platform saved), mode and language, unless the address says otherwise. */
async function packageLink(config: LmsConfig, link: DeepLink, connecting: Promise<LmsLink> | null): Promise<DeepLink> {
  const scenario = config.scenario ?? (await connecting)?.scenario ?? null;
  return { ...link, scenario: link.scenario ?? scenario, mode: link.mode ?? config.mode, lang: link.lang ?? config.lang };
}

main().catch((e: unknown) => {
  console.error(e);
  const root = document.getElementById('app');
  if (!root) return;
  root.removeAttribute('aria-busy');
  // Last resort: what happened (localized when the strings loaded, else the browser's own error text) and a reload.
  const detail = e instanceof Error ? e.message : String(e);
  const t = strings?.t.bind(strings);
  const alert = h('div', { role: 'alert' },
    t ? h('h1', {}, t('ui:problem.title')) : null,
    h('p', {}, t ? t('ui:problem.unexpected') : detail),
    t ? h('p', { class: 'detail' }, h('code', {}, detail)) : null);
  const reload = t ? h('button', { type: 'button', class: 'button primary', 'data-action': 'reload', onclick: () => location.reload() }, t('ui:fatal.reload')) : null;
  replaceChildren(root, h('main', { class: 'screen screen-message' }, h('div', { class: 'panel' }, alert, reload)));
});
