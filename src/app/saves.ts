/**
 * Autosaves in localStorage, one per scenario, as the engine's save envelope
 * (scenario id and version, seed, feedback mode, choice log). A save that cannot be loaded
 * is never overwritten silently: the player decides (start over, or keep it
 * set aside under another key).
 */
import { loadGame, saveGame, type FeedbackMode, type Game, type LoadError } from '../engine';
import type { Scenario } from '../scenario';
import { readItem, removeItem, writeItem } from '../ui/storage';

const PREFIX = 'trade-game:save:';
const KEPT_PREFIX = 'trade-game:kept:';

/** The storage key of a scenario's autosave. */
export const saveKey = (scenarioId: string) => PREFIX + scenarioId;

/** Whether a scenario has an autosave (loadable or not). */
export function hasSave(scenarioId: string): boolean {
  return readItem(saveKey(scenarioId)) !== null;
}

export type SaveRead = { readonly kind: 'none' } | { readonly kind: 'ok'; readonly game: Game; readonly mode: FeedbackMode } | { readonly kind: 'error'; readonly error: LoadError };

/** Reads and replays a scenario's autosave. Never throws. */
export function readSave(scenario: Scenario): SaveRead {
  const text = readItem(saveKey(scenario.id));
  if (text === null) return { kind: 'none' };
  const r = loadGame(scenario, text);
  return r.ok ? { kind: 'ok', game: r.game, mode: r.mode } : { kind: 'error', error: r.error };
}

/** Autosaves a game with its feedback mode. False when storage refused it. */
export function writeSave(game: Game, mode: FeedbackMode): boolean {
  return writeItem(saveKey(game.scenario.id), JSON.stringify(saveGame(game, mode)));
}

/** Deletes a scenario's autosave (start over). */
export function deleteSave(scenarioId: string): void {
  removeItem(saveKey(scenarioId));
}

/** Moves an unreadable save aside, untouched, so a new game cannot overwrite it. Returns its new key. */
export function keepSaveAside(scenarioId: string): string | null {
  const text = readItem(saveKey(scenarioId));
  if (text === null) return null;
  let n = 1;
  while (readItem(`${KEPT_PREFIX}${scenarioId}:${n}`) !== null) n++;
  const key = `${KEPT_PREFIX}${scenarioId}:${n}`;
  if (!writeItem(key, text)) return null;
  removeItem(saveKey(scenarioId));
  return key;
}
