/**
 * What a course package tells the game (the packager writes it into index.html as
 * `<meta name="trade-game-lms" content="{json}">`): the format, the scenario (or null for the
 * picker), the feedback mode, the language and the pass mark. A page without it is the normal game.
 */
import type { FeedbackMode } from '../engine';

export interface LmsConfig {
  readonly format: 'scorm12' | 'cmi5';
  /** The one scenario of the package, or null: the picker with every scenario. */
  readonly scenario: string | null;
  readonly mode: FeedbackMode | null;
  readonly lang: string | null;
  /** The readiness (0–100) a learner needs to pass; null: the game reports "completed" only. */
  readonly pass: number | null;
}

export const LMS_META = 'trade-game-lms';

/** Reads and checks a package's configuration; null when there is none or it is not valid. */
export function parseLmsConfig(text: string | null | undefined): LmsConfig | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.format !== 'scorm12' && d.format !== 'cmi5') return null;
  const scenario = typeof d.scenario === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(d.scenario) ? d.scenario : null;
  const mode = d.mode === 'coach' || d.mode === 'challenge' ? d.mode : null;
  const lang = typeof d.lang === 'string' && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(d.lang) ? d.lang : null;
  const pass = typeof d.pass === 'number' && Number.isFinite(d.pass) && d.pass >= 0 && d.pass <= 100 ? d.pass : null;
  return { format: d.format, scenario, mode, lang, pass };
}

/** The configuration of this page, from its meta element. */
export function pageLmsConfig(doc: Document = document): LmsConfig | null {
  return parseLmsConfig(doc.querySelector(`meta[name="${LMS_META}"]`)?.getAttribute('content'));
}
