/**
 * The built-in scenarios. The picker reads a small build-time index
 * (virtual:trade-game/catalog); a scenario file and its translation are each
 * their own lazy chunk, loaded and validated only when the scenario is played.
 */
import { catalog, localeFiles, scenarioFiles } from 'virtual:trade-game/catalog';
import { Translation, validateScenario, type Scenario } from '../scenario';
import type { CatalogEntry } from '../scenario';

/** A loaded scenario with its translation into one language (null when it has none). */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly translation: Translation | null;
}

/** Why a scenario could not be loaded. */
export class ScenarioLoadError extends Error {
  constructor(message: string, readonly id: string, readonly code: 'missing' | 'invalid' = 'invalid') {
    super(message);
    this.name = 'ScenarioLoadError';
  }
}

/** The built-in scenarios' metadata, easiest first (then the shorter play, then the id). */
export function listScenarios(): readonly CatalogEntry[] {
  return catalog;
}

/** The metadata of one built-in scenario. */
export function findScenario(id: string): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}

/** Loads and validates a scenario; throws ScenarioLoadError when it is missing or invalid. */
export async function loadScenario(id: string): Promise<Scenario> {
  const load = scenarioFiles[id];
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !load) throw new ScenarioLoadError(`No built-in scenario "${id}".`, id, 'missing');
  return validated(id, (await load()).default);
}

/** Validates scenario data (also used by the dev reload). */
export function validated(id: string, data: unknown): Scenario {
  const r = validateScenario(data);
  if (!r.ok) {
    const first = r.problems[0];
    throw new ScenarioLoadError(`The scenario "${id}" is not valid: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown problem'}`, id);
  }
  if (r.scenario.id !== id) throw new ScenarioLoadError(`The file scenarios/${id}/scenario.json declares the id "${r.scenario.id}".`, id);
  return r.scenario;
}

/** Loads a scenario's translation into a language; null when there is none or it is not valid. */
export async function loadTranslation(scenario: Scenario, lang: string): Promise<Translation | null> {
  if (lang === scenario.lang) return null;
  const load = localeFiles[`${scenario.id}/${lang}`];
  if (!load) return null;
  return validTranslation(scenario, (await load()).default);
}

/** Checks translation data against its scenario; null when it does not fit (the source text is shown instead). */
export function validTranslation(scenario: Scenario, data: unknown): Translation | null {
  const r = Translation.safeParse(data);
  return r.success && r.data.scenario === scenario.id ? r.data : null;
}

/** Loads a scenario and its translation into a language, in parallel where possible. */
export async function loadScenarioFor(id: string, lang: string): Promise<LoadedScenario> {
  const entry = findScenario(id);
  const translationLoad = entry && entry.lang !== lang && entry.translations.includes(lang)
    ? localeFiles[`${id}/${lang}`]?.().catch(() => null)
    : undefined;
  const scenario = await loadScenario(id);
  if (!translationLoad) return { scenario, translation: await loadTranslation(scenario, lang) };
  const mod = await translationLoad;
  return { scenario, translation: mod ? validTranslation(scenario, mod.default) : null };
}
