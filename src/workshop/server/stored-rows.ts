/**
 * Rows read back from the database are checked before a restore uses them: a row edited by hand or
 * damaged (settings that are not the protocol's, a wrong type) is skipped and reported with its table,
 * row and reason, and the server starts with everything else. A skipped session takes its seats and
 * their choices with it; a skipped seat, its choices.
 */
import * as z from 'zod/mini';
import { SessionSettings } from '../protocol';
import type { ChoiceRecord, SeatRecord, SessionRecord, StoredWorkshop } from './storage';

/** A row left out of a restore, and why. */
export interface SkippedRow {
  readonly table: string;
  readonly row: string;
  readonly reason: string;
}

// Settings as the protocol defines them, with the seed resolved; keys added by later versions are tolerated.
const StoredSettings = z.looseObject({ ...SessionSettings.shape, seed: z.int().check(z.gte(0), z.lte(0xffffffff)) });
const text = z.string().check(z.minLength(1));
const time = z.number().check(z.gte(0));
const StoredSession = z.looseObject({ id: text, code: text, trainerTokenHash: text, settings: StoredSettings, createdAt: time, expiresAt: time, hold: z.nullable(z.string()) });
const StoredSeat = z.looseObject({ id: text, sessionId: text, tokenHash: text, nickname: text, team: z.nullable(z.int()), seed: z.int().check(z.gte(0), z.lte(0xffffffff)), joinedAt: time });
const StoredChoice = z.looseObject({ seatId: text, step: z.int().check(z.gte(0)), choice: text, at: time });

/** The first problem zod found, as "field: message". */
function reasonOf(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? issue.path.join('.') : 'row'}: ${issue.message}` : 'invalid';
}

/** Splits loaded rows into the ones a restore can use and the ones it must skip. */
export function checkStoredRows(raw: StoredWorkshop, alreadySkipped: readonly SkippedRow[] = []): { stored: StoredWorkshop; skipped: SkippedRow[] } {
  const skipped = [...alreadySkipped];
  const keep = <T extends object>(table: string, rows: readonly T[], schema: z.ZodMiniType, name: (r: T) => string): T[] =>
    rows.filter((r) => {
      const result = z.safeParse(schema, r);
      if (!result.success) skipped.push({ table, row: name(r), reason: reasonOf(result.error) });
      return result.success;
    });
  const sessions: SessionRecord[] = keep('sessions', raw.sessions, StoredSession, (r) => String(r.id));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const seats: SeatRecord[] = keep('seats', raw.seats, StoredSeat, (r) => String(r.id)).filter((s) => sessionIds.has(s.sessionId));
  const seatIds = new Set(seats.map((s) => s.id));
  // A seat's log is replayed in step order, so it stops at the first missing or skipped step.
  const next = new Map<string, number>();
  const choices: ChoiceRecord[] = keep('choices', raw.choices, StoredChoice, (r) => `${r.seatId}#${r.step}`).filter((c) => {
    if (!seatIds.has(c.seatId) || c.step !== (next.get(c.seatId) ?? 0)) return false;
    next.set(c.seatId, c.step + 1);
    return true;
  });
  return { stored: { sessions, seats, choices }, skipped };
}
