/** The scenario checker's public API (pure: no DOM, no node: modules). */
export { checkScenarioText, type CheckOptions, type CheckResult } from './check';
export { checkTranslation, type TranslationInput, type TranslationCheck } from './translations';
export { parseJsonDocument, type JsonDocument, type Place } from './json-text';
export type { HsCodes } from './content';
export type { JsonPath } from './finding';
export { closest } from './suggest';
