/**
 * CSV export of every decision of a session: one row per stored choice,
 * seats named S1, S2… (pseudonymous: no nickname), with the scene, the
 * choice, whether a time limit took it, when, and the money and day after it
 * as the engine replays the log. Pure.
 */
import { createGame } from '../../engine';
import type { Scenario } from '../../scenario';
import type { SeatResult } from '../protocol';

/** The CSV header. */
export const CSV_HEADER = ['seat', 'team', 'step', 'scene', 'choice', 'auto', 'time', 'money_after', 'day_after', 'node_after'] as const;

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (CRLF line ends) of every decision of the given seats, in seat order (removed seats included, flagged by nothing but their rows). */
export function decisionsCsv(scenario: Scenario, seats: readonly SeatResult[]): string {
  const lines: string[] = [CSV_HEADER.join(',')];
  seats.forEach((s, index) => {
    const game = createGame(scenario, s.seed);
    s.log.forEach((choice, step) => {
      const scene = game.state.node;
      const ok = !choice.startsWith('@') && game.choose(choice).ok;
      const time = s.times[step];
      lines.push([
        `S${index + 1}`, s.team, step, scene, choice, s.auto[step] ?? false,
        time !== undefined ? new Date(time).toISOString() : null,
        ok ? game.state.money : null, ok ? game.state.day : null, ok ? game.state.node : null,
      ].map(csvField).join(','));
    });
  });
  return lines.join('\r\n') + '\r\n';
}
