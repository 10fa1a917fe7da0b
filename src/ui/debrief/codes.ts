/**
 * Reading pasted result codes for the offline debrief: split the text into
 * codes, decode each, pick the scenario most codes are for, and replay them.
 * No DOM here (unit-tested in node); every problem is data with its line.
 */
import { decodeResultCode, replayResultCode, type DecodedResult, type FeedbackMode, type Game } from '../../engine';
import type { Scenario } from '../../scenario';

/** At most this many codes are read from one paste (a big room is 60 people). */
export const MAX_CODES = 500;
/** Pasted text beyond this many characters is not read. */
export const MAX_TEXT = 200_000;

/** One code as pasted: its line (1-based), its text and what it decodes to (null: not a code, or a typo). */
export interface PastedCode {
  readonly line: number;
  readonly text: string;
  readonly decoded: DecodedResult | null;
}

/** Why a pasted code is left out of the debrief. */
export type CodeProblem =
  | { readonly line: number; readonly text: string; readonly kind: 'invalid' }
  | { readonly line: number; readonly text: string; readonly kind: 'unknown-scenario' | 'other-scenario'; readonly scenario: string }
  | { readonly line: number; readonly text: string; readonly kind: 'other-version'; readonly version: string; readonly expected: string }
  | { readonly line: number; readonly text: string; readonly kind: 'does-not-fit' }
  | { readonly line: number; readonly text: string; readonly kind: 'duplicate'; readonly first: number };

/** Splits pasted text into codes (one per line or separated by any whitespace) and decodes each. */
export function readPastedCodes(text: string): { codes: PastedCode[]; truncated: boolean } {
  const codes: PastedCode[] = [];
  let truncated = text.length > MAX_TEXT;
  const lines = text.slice(0, MAX_TEXT).split(/\r\n|\r|\n/);
  lines.forEach((lineText, i) => {
    for (const token of lineText.split(/\s+/)) {
      if (!token) continue;
      if (codes.length >= MAX_CODES) {
        truncated = true;
        return;
      }
      codes.push({ line: i + 1, text: token.length > 80 ? `${token.slice(0, 77)}…` : token, decoded: decodeResultCode(token) });
    }
  });
  return { codes, truncated };
}

/** The scenario most decoded codes are for among the known ones (ties: the first pasted); null when none. */
export function mainScenario(codes: readonly PastedCode[], known: (id: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const c of codes) if (c.decoded && known(c.decoded.scenario)) counts.set(c.decoded.scenario, (counts.get(c.decoded.scenario) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** Replays the codes of one scenario (with the feedback mode of each game), each game once; every other code becomes a problem with its reason. */
export function replayCodes(scenario: Scenario, codes: readonly PastedCode[], known: (id: string) => boolean): { games: Game[]; modes: FeedbackMode[]; problems: CodeProblem[] } {
  const games: Game[] = [];
  const modes: FeedbackMode[] = [];
  const problems: CodeProblem[] = [];
  /** The line each game was first pasted on (a player who pastes twice is counted once). */
  const seen = new Map<string, number>();
  for (const { line, text, decoded } of codes) {
    const first = decoded ? seen.get(JSON.stringify(decoded)) : undefined;
    if (!decoded) pushInvalid(problems, line, text);
    else if (first !== undefined) problems.push({ line, text, kind: 'duplicate', first });
    else if (decoded.scenario !== scenario.id) problems.push({ line, text, kind: known(decoded.scenario) ? 'other-scenario' : 'unknown-scenario', scenario: decoded.scenario });
    else if (decoded.version !== scenario.version) problems.push({ line, text, kind: 'other-version', version: decoded.version, expected: scenario.version });
    else {
      let r: ReturnType<typeof replayResultCode>;
      try {
        r = replayResultCode(scenario, decoded);
      } catch {
        r = { ok: false, message: '' }; // a content bug met while replaying: this code is left out
      }
      if (r.ok) {
        seen.set(JSON.stringify(decoded), line);
        games.push(r.game);
        modes.push(decoded.mode);
      } else problems.push({ line, text, kind: 'does-not-fit' });
    }
  }
  return { games, modes, problems };
}

/** Adds an invalid code; words of one line that are not codes make one problem ("not a code") with all of them. */
export function pushInvalid(problems: CodeProblem[], line: number, text: string): void {
  const last = problems[problems.length - 1];
  if (last?.kind === 'invalid' && last.line === line) {
    const joined = `${last.text} ${text}`;
    problems[problems.length - 1] = { line, kind: 'invalid', text: joined.length > 80 ? `${joined.slice(0, 77)}…` : joined };
  } else problems.push({ line, text, kind: 'invalid' });
}
