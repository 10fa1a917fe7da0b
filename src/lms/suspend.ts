/**
 * The game in SCORM 1.2's cmi.suspend_data: the engine's save envelope (scenario id and version, seed,
 * feedback mode, choice log, position check) as JSON, deflated and base64-encoded behind a short
 * prefix. SCORM 1.2 allows 4,096 characters; a game whose save would not fit is refused here (the
 * caller keeps the last one that did), which the tests show never happens for a shipped scenario.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { loadGame, saveGame, type FeedbackMode, type Game, type LoadError } from '../engine';
import type { Scenario } from '../scenario';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_LIMIT = 4096;
const PREFIX = 'tg1:';

/** The suspend data of a game, or null when it would not fit in SUSPEND_LIMIT characters. */
export function encodeSuspend(game: Game, mode: FeedbackMode): string | null {
  const bytes = deflateSync(strToU8(JSON.stringify(saveGame(game, mode))), { level: 9 });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const text = PREFIX + btoa(binary);
  return text.length <= SUSPEND_LIMIT ? text : null;
}

/** The scenario a suspend data is for, or null when it cannot be read. Never throws. */
export function suspendedScenario(text: string): string | null {
  const data = unpack(text);
  if (data === null) return null;
  try {
    const parsed: unknown = JSON.parse(data);
    return typeof parsed === 'object' && parsed !== null && 'scenario' in parsed && typeof parsed.scenario === 'string' ? parsed.scenario : null;
  } catch {
    return null;
  }
}

export type SuspendRead = { readonly ok: true; readonly game: Game; readonly mode: FeedbackMode } | { readonly ok: false; readonly error: LoadError };

/** Restores a game from suspend data (replayed and checked by the engine). Never throws. */
export function decodeSuspend(scenario: Scenario, text: string): SuspendRead {
  const data = unpack(text);
  if (data === null) return { ok: false, error: { code: 'corrupt', message: 'The saved progress from the learning platform cannot be read.' } };
  return loadGame(scenario, data);
}

/** The JSON inside suspend data, or null when it is not ours or is damaged. */
function unpack(text: string): string | null {
  if (typeof text !== 'string' || !text.startsWith(PREFIX) || text.length > SUSPEND_LIMIT) return null;
  try {
    const binary = atob(text.slice(PREFIX.length));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    // 4 KB of deflate cannot hold a sensible save larger than this; a bomb is cut off here.
    const out = inflateSync(bytes, { out: new Uint8Array(1 << 20) });
    return strFromU8(out);
  } catch {
    return null;
  }
}
