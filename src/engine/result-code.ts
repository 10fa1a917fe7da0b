/**
 * Result codes: a short text that names the scenario, its version, the seed, the feedback mode and
 * every choice, so anyone can replay a play to the same result.
 * Form: TG2.<scenario>.<version>.<seed base36>.<mode>.<moves>.<check>
 * where <mode> is "c" (coach) or "x" (challenge), each move is a choice's position in its scene's file
 * order (0–3; never the shuffled screen order) followed by the chance outcomes that choice forced, as
 * letters ("a"–"h", the outcome's position), and <check> is a base-36 checksum against typos.
 * Codes of the first form (TG1, no mode, no forced outcomes) still read, as coach games.
 */
import type { Scenario } from '../scenario';
import { createGame, groupLog, type Game } from './game';

/** Coach: each choice is judged at once. Challenge: verdicts wait for the report. */
export type FeedbackMode = 'coach' | 'challenge';
export const FEEDBACK_MODES: readonly FeedbackMode[] = ['coach', 'challenge'];

export interface DecodedResult {
  readonly scenario: string;
  readonly version: string;
  readonly seed: number;
  readonly mode: FeedbackMode;
  readonly moves: string;
}

function checksum(text: string): string {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1296;
  return h.toString(36).padStart(2, '0');
}

const LETTERS = 'abcdefgh';

/** The result code of a game played in a feedback mode. */
export function encodeResultCode(game: Game, mode: FeedbackMode = 'coach'): string {
  const s = game.scenario;
  const replayed = createGame(s, game.state.seed);
  let moves = '';
  for (const step of groupLog(game.state.log)) {
    const node = s.nodes[replayed.state.node];
    if (node?.type !== 'scene') throw new Error('encodeResultCode: log does not fit the scenario');
    moves += String(node.choices.findIndex((c) => c.id === step.choice));
    // Each forced outcome is named by its position at the chance node where it was drawn.
    const visits = step.forced.length > 0 ? forcedNodes(s, replayed, step.choice, step.forced) : [];
    for (let i = 0; i < step.forced.length; i++) {
      const chance = s.nodes[visits[i] ?? ''];
      const index = chance?.type === 'chance' ? chance.outcomes.findIndex((o) => o.id === step.forced[i]) : -1;
      if (index < 0) throw new Error('encodeResultCode: a forced outcome does not fit the scenario');
      moves += LETTERS[index];
    }
    if (!replayed.choose(step.choice, step.forced).ok) throw new Error('encodeResultCode: log does not fit the scenario');
  }
  const body = `TG2.${s.id}.${s.version}.${game.state.seed.toString(36)}.${mode === 'challenge' ? 'x' : 'c'}.${moves}`;
  return `${body}.${checksum(body)}`;
}

/** The chance nodes, in order, at which a choice's forced outcomes are drawn. */
function forcedNodes(s: Scenario, game: Game, choice: string, forced: readonly string[]): string[] {
  const probe = createGame(s, game.state.seed, game.state);
  if (!probe.choose(choice, forced).ok) return [];
  return probe.state.trail.slice(game.state.trail.length).filter((t) => t.kind === 'outcome').map((t) => (t as { node: string }).node).slice(0, forced.length);
}

/** Reads a result code; null when it is not one (or has a typo). */
export function decodeResultCode(code: string): DecodedResult | null {
  const text = code.trim();
  const m = /^TG2\.([a-z0-9][a-z0-9-]{0,63})\.(\d+\.\d+\.\d+)\.([0-9a-z]{1,7})\.([cx])\.([0-3a-h]{0,4000})\.([0-9a-z]{2})$/.exec(text)
    ?? /^TG1\.([a-z0-9][a-z0-9-]{0,63})\.(\d+\.\d+\.\d+)\.([0-9a-z]{1,7})\.()([0-3]{0,2000})\.([0-9a-z]{2})$/.exec(text);
  if (!m) return null;
  const body = text.slice(0, -3);
  if (checksum(body) !== m[6]) return null;
  if (/^[a-h]/.test(m[5] as string)) return null;
  // A choice passes a handful of chance nodes; a long run of outcome letters is not a real code.
  if (/[a-h]{33}/.test(m[5] as string)) return null;
  const seed = parseInt(m[3] as string, 36);
  if (!Number.isSafeInteger(seed) || seed > 0xffffffff) return null;
  return { scenario: m[1] as string, version: m[2] as string, seed, mode: m[4] === 'x' ? 'challenge' : 'coach', moves: m[5] as string };
}

export type ResultReplay = { readonly ok: true; readonly game: Game } | { readonly ok: false; readonly message: string };

/** Replays a decoded result code against a scenario. */
export function replayResultCode(scenario: Scenario, decoded: DecodedResult): ResultReplay {
  if (decoded.scenario !== scenario.id) return { ok: false, message: `The code is for the scenario "${decoded.scenario}".` };
  if (decoded.version !== scenario.version) return { ok: false, message: `The code is for version ${decoded.version} of this scenario; this is ${scenario.version}.` };
  const game = createGame(scenario, decoded.seed);
  for (const move of decoded.moves.match(/[0-3][a-h]*/g) ?? []) {
    const node = scenario.nodes[game.state.node];
    const choice = node?.type === 'scene' ? node.choices[Number(move[0])] : undefined;
    if (!choice) return { ok: false, message: 'The code does not fit this scenario.' };
    const forced = forcedIds(scenario, game, choice.id, move.slice(1));
    if (forced === null || !game.choose(choice.id, forced).ok) return { ok: false, message: 'The code does not fit this scenario.' };
  }
  return { ok: true, game };
}

/** Turns outcome letters into outcome ids, following the chance nodes the choice leads through. */
function forcedIds(s: Scenario, game: Game, choice: string, letters: string): string[] | null {
  const forced: string[] = [];
  for (const letter of letters) {
    // Force what is known so far, then see which chance node the next letter is drawn at.
    const probe = createGame(s, game.state.seed, game.state);
    const trailStart = probe.state.trail.length;
    if (!probe.choose(choice, forced).ok) return null;
    const drawn = probe.state.trail.slice(trailStart).filter((t) => t.kind === 'outcome');
    const at = drawn[forced.length];
    const node = at ? s.nodes[(at as { node: string }).node] : undefined;
    const outcome = node?.type === 'chance' ? node.outcomes[LETTERS.indexOf(letter)] : undefined;
    if (!outcome) return null;
    forced.push(outcome.id);
  }
  return forced;
}
