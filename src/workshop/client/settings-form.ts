/** The trainer's session form read into protocol settings (pure: the form's values as strings, the catalog's entries). */
import type { CatalogEntry } from '../../scenario';
import { DECISION_SECONDS, MAX_TEAMS, type SessionSettings } from '../protocol';

/** Reads the form's values into session settings; a message key for the first invalid field otherwise. */
export function settingsFromForm(values: Record<string, string>, scenarios: readonly Pick<CatalogEntry, 'id' | 'version' | 'lang' | 'translations'>[]): { ok: true; settings: SessionSettings } | { ok: false; field: string; key: string } {
  const entry = scenarios.find((s) => s.id === values.scenario);
  if (!entry) return { ok: false, field: 'scenario', key: 'workshop:create.bad.scenario' };
  const seedText = (values.seed ?? '').trim();
  const seed = seedText === '' ? undefined : Number(seedText);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) return { ok: false, field: 'seed', key: 'workshop:create.bad.seed' };
  const play = values.play === 'teams' ? 'teams' : 'solo';
  const teams = Number(values.teams ?? '2');
  if (play === 'teams' && (!Number.isInteger(teams) || teams < 2 || teams > MAX_TEAMS)) return { ok: false, field: 'teams', key: 'workshop:create.bad.teams' };
  const limitText = (values.decisionSeconds ?? '').trim();
  const decisionSeconds = limitText === '' ? null : Number(limitText);
  if (decisionSeconds !== null && (!Number.isInteger(decisionSeconds) || decisionSeconds < DECISION_SECONDS.min || decisionSeconds > DECISION_SECONDS.max))
    return { ok: false, field: 'decisionSeconds', key: 'workshop:create.bad.decisionSeconds' };
  const lang = [entry.lang, ...entry.translations].includes(values.lang ?? '') ? (values.lang as string) : entry.lang;
  return {
    ok: true,
    settings: {
      scenario: entry.id, version: entry.version, lang, play, seedScope: values.seedScope === 'team' && play === 'teams' ? 'team' : 'room',
      ...(seed !== undefined ? { seed } : {}), ...(play === 'teams' ? { teams } : {}),
      decisionSeconds, timeoutChoice: values.timeoutChoice === 'cheapest' ? 'cheapest' : 'first',
      mode: values.mode === 'challenge' ? 'challenge' : 'coach',
    },
  };
}

