/**
 * What every controller (the app's screens, the workshop player and trainer)
 * gets from the page: the root element, the strings, the announcer, the world
 * and sound, the player's settings, and the one factory of UI contexts.
 * Language and settings changes go through here, so they apply to whatever
 * screen is showing.
 */
import type { i18n as I18n } from 'i18next';
import { applyDocumentLanguage, FALLBACK_LANGUAGE, loadNamespaces, NAMESPACES, uiLanguages, type Namespace } from '../i18n';
import type { Scenario, Translation } from '../scenario';
import { createUiContext, type UiContext } from '../ui/context';
import { hideNotice, showNotice } from '../ui/notice';
import { openSettings, type SettingsDialog, type SettingsInput } from '../ui/screens/settings';
import { applyDisplaySettings, prefersReducedMotion, writeSettings, type Settings } from '../ui/settings';
import type { Presentation } from './presentation';
import { localStore, type GameStore } from './session';

/** The scenario text a context renders: its translation, currency and (in play) the game's variables. */
export interface ScenarioText {
  readonly scenario: Scenario;
  readonly translation: Translation | null;
  readonly vars?: () => Readonly<Record<string, number>>;
}

/**
 * Follows a language change: `prepare` loads what the current screen needs in the new language (e.g. the
 * scenario's translation) and returns the step that applies it once the language is switched.
 */
export type LanguageFollower = (lang: string) => Promise<() => void>;

export class Services {
  private current: Settings;
  private settingsDialog: { dialog: SettingsDialog; input: () => SettingsInput } | null = null;
  /** Counts language requests: only the latest one may switch the language. */
  private languageRequest = 0;
  /** The current screen's part in a language change (set by the screen shown). */
  follower: LanguageFollower | null = null;
  /** Where games are kept: this browser, or a learning platform (a course package). */
  store: GameStore = localStore;
  /** Called when what the world and play screen draw changes (contrast, motion, also the system's motion preference). */
  readonly displayChanged = new Set<() => void>();

  constructor(
    readonly root: HTMLElement,
    readonly i18n: I18n,
    readonly announce: UiContext['announce'],
    readonly presentation: Presentation,
    settings: Settings,
  ) {
    this.current = settings;
    this.applyVolumes();
    // "Follow the system" for motion: a system change during play applies at once (world included).
    if (typeof matchMedia === 'function') {
      matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => {
        if (this.current.reducedMotion !== null) return;
        applyDisplaySettings(this.current);
        for (const f of this.displayChanged) f();
      });
    }
  }

  get settings(): Settings {
    return this.current;
  }

  get lang(): string {
    return this.i18n.language;
  }

  /** The UI context for the current language; with a scenario's text when given. */
  ctx(text?: ScenarioText | null): UiContext {
    return createUiContext({
      i18n: this.i18n, translation: text?.translation ?? null, sourceLang: text?.scenario.lang, currency: text?.scenario.currency,
      vars: text?.vars, announce: this.announce, reducedMotion: () => prefersReducedMotion(this.current),
    });
  }

  /** Whether the world and the play screen draw with reduced motion and high contrast now. */
  display(): { highContrast: boolean; reducedMotion: boolean } {
    return { highContrast: this.current.highContrast, reducedMotion: prefersReducedMotion(this.current) };
  }

  /** Changes and stores settings, and applies them to the page, the sound and the world. */
  updateSettings(patch: Partial<Settings>): void {
    this.current = { ...this.current, ...patch };
    writeSettings(this.current);
    applyDisplaySettings(this.current);
    this.applyVolumes();
    if ('highContrast' in patch || 'reducedMotion' in patch) for (const f of this.displayChanged) f();
  }

  /** Loads UI namespaces for the current language (or another). */
  loadNamespace(ns: Namespace, lang?: string): Promise<void> {
    return loadNamespaces(this.i18n, [ns], lang);
  }

  /** Opens the settings dialog over the current screen. */
  openSettings(opener: HTMLElement | null): void {
    const input = (): SettingsInput => ({
      ctx: this.ctx(), settings: this.current, reducedMotion: prefersReducedMotion(this.current), languages: uiLanguages(),
      onChange: (patch) => this.updateSettings(patch),
      onLanguage: (lang) => void this.setLanguage(lang),
      // The page behind may be re-rendered while the dialog is open (language, contrast): the same control, found again.
      returnFocus: () => (opener?.isConnected || !opener?.dataset.action ? opener : this.root.querySelector<HTMLElement>(`[data-action="${CSS.escape(opener.dataset.action)}"]`)),
    });
    this.settingsDialog = { dialog: openSettings(input(), () => { this.settingsDialog = null; }), input };
  }

  /** Switches the UI language (and the current screen's scenario text) without losing progress. */
  async setLanguage(lang: string): Promise<void> {
    const request = ++this.languageRequest;
    if (lang === this.lang) return;
    const follower = this.follower;
    // Load first; switch only if this is still the latest request (a slower earlier one must not win).
    const inUse = NAMESPACES.filter((ns) => this.i18n.hasResourceBundle(this.lang, ns) || this.i18n.hasResourceBundle(FALLBACK_LANGUAGE, ns));
    let apply: () => void;
    try {
      [, apply] = await Promise.all([loadNamespaces(this.i18n, inUse, lang), follower ? follower(lang) : Promise.resolve(() => {})]);
    } catch (e) {
      if (request !== this.languageRequest) return;
      console.warn(`The language ${lang} could not be loaded:`, e);
      for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-setting="language"]')) select.value = this.lang;
      showNotice(this.ctx(), 'language', this.ctx().t('ui:loadFailed.language'));
      return;
    }
    if (request !== this.languageRequest) return;
    await this.i18n.changeLanguage(lang);
    // A newer request for another language finishes the job; one for this same language returned early, so finish here.
    if (request !== this.languageRequest && this.i18n.language !== lang) return;
    hideNotice('language');
    applyDocumentLanguage(lang);
    this.current = { ...this.current, lang };
    writeSettings(this.current);
    if (this.follower === follower) apply();
    else if (this.follower) void this.follower(lang).then((step) => step()); // the screen changed while loading
    if (this.settingsDialog) this.settingsDialog.dialog.refresh(this.settingsDialog.input());
    this.announce(this.ctx().t('ui:settings.languageChanged'));
  }

  private applyVolumes(): void {
    const s = this.current;
    this.presentation.setVolumes(s.muted ? 0 : s.musicVolume, s.muted ? 0 : s.effectsVolume);
  }
}
