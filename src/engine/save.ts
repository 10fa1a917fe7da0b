/**
 * Saves: a versioned JSON envelope holding the scenario id and version, the
 * seed, the feedback mode and the choice log. Loading replays the log, so a
 * save restores the identical state; a check of the final node, money and day
 * catches tampering. A save without a mode (made before modes existed) is a coach game.
 */
import type { Scenario } from '../scenario';
import { replay, type Game } from './game';
import { FEEDBACK_MODES, type FeedbackMode } from './result-code';

export const SAVE_KIND = 'trade-game/save';
export const SAVE_VERSION = 1;

/** The largest seed a save holds: the PRNG state is an unsigned 32-bit integer. */
const MAX_SEED = 0xffffffff;

export interface SaveEnvelope {
  readonly kind: typeof SAVE_KIND;
  readonly saveVersion: number;
  readonly scenario: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  /** How the game is played (absent in older saves: coach). */
  readonly mode?: FeedbackMode;
  readonly log: readonly string[];
  readonly check: { readonly node: string; readonly money: number; readonly day: number };
}

export type LoadErrorCode = 'corrupt' | 'not-a-save' | 'save-too-new' | 'save-too-old' | 'other-scenario' | 'other-version' | 'does-not-replay';

export interface LoadError {
  readonly code: LoadErrorCode;
  readonly message: string;
  /** For other-scenario / other-version: what the save names. */
  readonly saved?: { readonly scenario: string; readonly version: string };
}

export type LoadResult = { readonly ok: true; readonly game: Game; readonly mode: FeedbackMode } | { readonly ok: false; readonly error: LoadError };

/** The save envelope of a game played in a feedback mode, as a plain object. */
export function saveGame(game: Game, mode: FeedbackMode = 'coach'): SaveEnvelope {
  const st = game.state;
  return {
    kind: SAVE_KIND, saveVersion: SAVE_VERSION, scenario: game.scenario.id, scenarioVersion: game.scenario.version,
    seed: st.seed, mode, log: [...st.log], check: { node: st.node, money: st.money, day: st.day },
  };
}

/** Restores a game from a save (a JSON string or parsed data). Never throws on bad input. */
export function loadGame(scenario: Scenario, input: unknown): LoadResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > 1_000_000) return fail('corrupt', 'The save is too large to be a save.');
    try {
      data = JSON.parse(input);
    } catch {
      return fail('corrupt', 'The save is not valid JSON.');
    }
  }
  if (!isRecord(data) || data.kind !== SAVE_KIND) return fail('not-a-save', 'This is not a Trade Game save.');
  if (typeof data.saveVersion !== 'number') return fail('corrupt', 'The save has no version.');
  if (data.saveVersion > SAVE_VERSION) return fail('save-too-new', `The save was made by a newer version of the game (save format ${data.saveVersion}).`);
  if (data.saveVersion < SAVE_VERSION) return fail('save-too-old', `The save format ${data.saveVersion} is too old for this game.`);
  const { scenario: id, scenarioVersion: version, seed, log, check } = data;
  if (typeof id !== 'string' || typeof version !== 'string' || typeof seed !== 'number' || !Number.isInteger(seed) || !Array.isArray(log) || log.length > 10_000 || !log.every((x) => typeof x === 'string' && x.length <= 100) || !isRecord(check))
    return fail('corrupt', 'The save is damaged: a field is missing or has the wrong type.');
  // A game's seed is a 32-bit PRNG state (saveGame writes it so): anything else was not written by the game.
  if (seed < 0 || seed > MAX_SEED) return fail('corrupt', 'The save is damaged: its seed is not a whole number from 0 to 4,294,967,295.');
  const mode = data.mode === undefined ? 'coach' : FEEDBACK_MODES.find((m) => m === data.mode);
  if (mode === undefined) return fail('corrupt', 'The save is damaged: its feedback mode is neither coach nor challenge.');
  if (id !== scenario.id) return { ok: false, error: { code: 'other-scenario', message: `The save is for the scenario "${id}", not "${scenario.id}".`, saved: { scenario: id, version } } };
  if (version !== scenario.version)
    return { ok: false, error: { code: 'other-version', message: `The save is for version ${version} of this scenario; this is version ${scenario.version}.`, saved: { scenario: id, version } } };
  let result: ReturnType<typeof replay>;
  try {
    result = replay(scenario, seed, log as string[]);
  } catch {
    return fail('does-not-replay', 'The save could not be replayed.');
  }
  if (!result.ok) return fail('does-not-replay', `The save's choice ${result.step + 1} ("${result.rejection.choice}") is not possible here.`);
  const st = result.game.state;
  if (st.node !== check.node || st.money !== check.money || st.day !== check.day)
    return fail('corrupt', 'The save is damaged: replaying it does not reach the saved position.');
  return { ok: true, game: result.game, mode };
}

function fail(code: LoadErrorCode, message: string): LoadResult {
  return { ok: false, error: { code, message } };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
