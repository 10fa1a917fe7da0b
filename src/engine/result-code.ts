/**
 * Result codes: a short text that names the scenario, its version, the seed
 * and every choice, so anyone can replay a play to the same result.
 * Form: TG1.<scenario>.<version>.<seed base36>.<moves>.<check>
 * where each move is a choice's position in its scene (0–3) or a forced
 * chance outcome ("a"–"h"), and <check> is a base-36 checksum against typos.
 */
import type { Scenario } from '../scenario';
import { createGame, type Game } from './game';

const PREFIX = 'TG1';

export interface DecodedResult {
  readonly scenario: string;
  readonly version: string;
  readonly seed: number;
  readonly moves: string;
}

function checksum(text: string): string {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1296;
  return h.toString(36).padStart(2, '0');
}

/** The result code of a game. */
export function encodeResultCode(game: Game): string {
  const s = game.scenario;
  const replayed = createGame(s, game.state.seed);
  let moves = '';
  for (const entry of game.state.log) {
    const node = s.nodes[replayed.state.node];
    if (entry.startsWith('@')) continue; // forced outcomes are encoded with their choice below
    if (node?.type !== 'scene') throw new Error('encodeResultCode: log does not fit the scenario');
    moves += String(node.choices.findIndex((c) => c.id === entry));
    replayed.choose(entry);
  }
  const body = `${PREFIX}.${s.id}.${s.version}.${game.state.seed.toString(36)}.${moves}`;
  return `${body}.${checksum(body)}`;
}

/** Reads a result code; null when it is not one (or has a typo). */
export function decodeResultCode(code: string): DecodedResult | null {
  const m = /^TG1\.([a-z0-9][a-z0-9-]{0,63})\.(\d+\.\d+\.\d+)\.([0-9a-z]{1,7})\.([0-3]{0,2000})\.([0-9a-z]{2})$/.exec(code.trim());
  if (!m) return null;
  const body = code.trim().slice(0, -3);
  if (checksum(body) !== m[5]) return null;
  const seed = parseInt(m[3] as string, 36);
  if (!Number.isSafeInteger(seed) || seed > 0xffffffff) return null;
  return { scenario: m[1] as string, version: m[2] as string, seed, moves: m[4] as string };
}

export type ResultReplay = { readonly ok: true; readonly game: Game } | { readonly ok: false; readonly message: string };

/** Replays a decoded result code against a scenario. */
export function replayResultCode(scenario: Scenario, decoded: DecodedResult): ResultReplay {
  if (decoded.scenario !== scenario.id) return { ok: false, message: `The code is for the scenario "${decoded.scenario}".` };
  if (decoded.version !== scenario.version) return { ok: false, message: `The code is for version ${decoded.version} of this scenario; this is ${scenario.version}.` };
  const game = createGame(scenario, decoded.seed);
  for (const ch of decoded.moves) {
    const node = scenario.nodes[game.state.node];
    const choice = node?.type === 'scene' ? node.choices[Number(ch)] : undefined;
    if (!choice || !game.choose(choice.id).ok) return { ok: false, message: 'The code does not fit this scenario.' };
  }
  return { ok: true, game };
}
