/** The feedback mode line of a debrief: the room's one mode, or how many played in each (pure; words from the caller). */
import type { Debrief } from './model';

/** "Feedback mode: Challenge (…)" when everyone played one mode, the split when mixed, null when unknown or no player. */
export function modeLine(modes: Debrief['modes'], t: (key: string, values?: Record<string, unknown>) => string, formatNumber: (n: number) => string): string | null {
  if (!modes || modes.coach + modes.challenge === 0) return null;
  if (modes.coach === 0 || modes.challenge === 0) return t('debrief:room.mode', { mode: t(`debrief:mode.${modes.coach ? 'coach' : 'challenge'}`) });
  return t('debrief:room.modes', { coach: formatNumber(modes.coach), challenge: formatNumber(modes.challenge) });
}

/** The single mode everyone played, or null (unknown, nobody, or mixed). */
export function roomMode(modes: Debrief['modes']): 'coach' | 'challenge' | 'mixed' | null {
  if (!modes || modes.coach + modes.challenge === 0) return null;
  return modes.coach && modes.challenge ? 'mixed' : modes.coach ? 'coach' : 'challenge';
}

/**
 * Whether a live debrief may show verdicts (mistakes, readiness, ranking, forks): always in Coach mode; in
 * Challenge mode only once every player has finished, so nobody sees a verdict before their own report.
 */
export function verdictsShown(mode: 'coach' | 'challenge', debrief: Pick<Debrief, 'players' | 'finished'>): boolean {
  return debrief.players > 0 && (mode === 'coach' || debrief.finished >= debrief.players);
}
