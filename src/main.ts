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
import { parseDeepLink } from './app/deep-link';
import { Presentation } from './app/presentation';
import { applyDisplaySettings, readSettings } from './app/settings';
import { applyDocumentLanguage, createI18n, pickLanguage } from './i18n';
import { createUiContext } from './ui/context';
import { createAnnouncer } from './ui/announcer';
import { renderLoading } from './ui/screens/loading';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  const worldLayer = document.getElementById('world');
  const liveLayer = document.getElementById('live');
  if (!root || !worldLayer || !liveLayer) throw new Error('index.html lacks #app, #world or #live');
  const settings = readSettings();
  applyDisplaySettings(settings);
  const link = parseDeepLink(location.search);
  const lang = pickLanguage(link.lang, settings.lang, ...navigator.languages);
  applyDocumentLanguage(lang);
  // The deep-linked scenario loads in parallel with the UI strings.
  const preloaded: Promise<LoadedScenario | Error> | undefined = link.scenario
    ? loadScenarioFor(link.scenario, lang).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
    : undefined;
  const i18n = await createI18n(lang);
  const announce = createAnnouncer(liveLayer);
  const loading = renderLoading(root, createUiContext({ i18n, announce }));
  loading.set(0.5, link.scenario ? 'ui:loading.scenario' : 'ui:loading.menu');
  void preloaded?.then(() => loading.set(0.9, 'ui:loading.scenario'));
  const app = new App(root, i18n, settings, link, new Presentation(worldLayer), announce);
  root.removeAttribute('aria-busy');
  await app.start(preloaded);
  if (import.meta.env.DEV || link.author) {
    const { installAuthorTools } = await import('./app/author');
    installAuthorTools(app, link.author);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  const root = document.getElementById('app');
  // Last resort when even the strings failed to load: the browser's own error text, as text.
  if (root) root.textContent = e instanceof Error ? e.message : String(e);
});
