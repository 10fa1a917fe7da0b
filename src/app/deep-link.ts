/**
 * Deep links: ?scenario=<id>&lang=<code>&seed=<n>[&mode=coach|challenge][&author=1] start straight into a scenario;
 * ?mode= alone sets the feedback mode of new games.
 */
import type { FeedbackMode } from '../engine';

export interface DeepLink {
  readonly scenario: string | null;
  readonly lang: string | null;
  /** A 32-bit unsigned seed, or null for a random one. */
  readonly seed: number | null;
  /** The feedback mode for new games, or null to keep the player's setting. */
  readonly mode: FeedbackMode | null;
  readonly author: boolean;
}

/** Reads a deep link from a URL's query; invalid values are ignored. */
export function parseDeepLink(search: string): DeepLink {
  const q = new URLSearchParams(search);
  const scenario = q.get('scenario');
  const lang = q.get('lang');
  const seedText = q.get('seed');
  const mode = q.get('mode');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) && Number(seedText) <= 0xffffffff ? Number(seedText) : null;
  return {
    scenario: scenario && /^[a-z0-9][a-z0-9-]{0,63}$/.test(scenario) ? scenario : null,
    lang: lang && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang) ? lang : null,
    seed,
    mode: mode === 'coach' || mode === 'challenge' ? mode : null,
    author: q.get('author') === '1',
  };
}

/** The address of a game: a reload resumes it, and a shared link starts the same game. */
export function gameUrl(game: { scenario: string; seed: number; lang: string; mode: FeedbackMode }, author: boolean): URL {
  const url = new URL(location.href);
  url.searchParams.delete('debrief');
  url.searchParams.set('scenario', game.scenario);
  url.searchParams.set('lang', game.lang);
  url.searchParams.set('seed', String(game.seed));
  url.searchParams.set('mode', game.mode);
  if (author) url.searchParams.set('author', '1');
  return url;
}

/** A fresh random seed for a new game (randomness is an input to the engine, chosen here). */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 1;
}
