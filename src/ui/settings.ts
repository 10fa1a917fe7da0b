/**
 * Player settings, persisted in localStorage and validated on read (a damaged
 * value falls back to its default, never breaks the game).
 */
import { FEEDBACK_MODES, type FeedbackMode } from '../engine';
import { readItem, writeItem } from './storage';

const KEY = 'trade-game:settings';

/** Text sizes offered, as a percentage of the browser's default size. */
export const TEXT_SIZES = [100, 125, 150, 200] as const;

export interface Settings {
  /** Chosen UI language, or null to follow the browser. */
  readonly lang: string | null;
  /** 0–1. */
  readonly effectsVolume: number;
  /** 0–1. */
  readonly musicVolume: number;
  /** All sound off (the volumes are kept for when it is turned back on). */
  readonly muted: boolean;
  /** Reduce motion, or null to follow the system preference. */
  readonly reducedMotion: boolean | null;
  readonly textSize: (typeof TEXT_SIZES)[number];
  readonly highContrast: boolean;
  /** The scenario played last (for "Continue"). */
  readonly lastScenario: string | null;
  /** How new games are played: coach (each choice judged at once) or challenge (verdicts in the report). */
  readonly feedbackMode: FeedbackMode;
}

/** Settings of a first visit. */
export const DEFAULT_SETTINGS: Settings = {
  lang: null, effectsVolume: 0.7, musicVolume: 0.4, muted: false, reducedMotion: null, textSize: 100, highContrast: false, lastScenario: null, feedbackMode: 'coach',
};

const volume = (x: unknown, d: number) => (typeof x === 'number' && x >= 0 && x <= 1 ? x : d);
const text = (x: unknown) => (typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/i.test(x) ? x : null);

/** Reads the stored settings, each field validated. */
export function readSettings(): Settings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readItem(KEY) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    /* damaged settings: defaults */
  }
  const d = DEFAULT_SETTINGS;
  return {
    lang: text(raw.lang),
    effectsVolume: volume(raw.effectsVolume, d.effectsVolume),
    musicVolume: volume(raw.musicVolume, d.musicVolume),
    muted: raw.muted === true,
    reducedMotion: typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : null,
    textSize: (TEXT_SIZES as readonly unknown[]).includes(raw.textSize) ? (raw.textSize as Settings['textSize']) : d.textSize,
    highContrast: raw.highContrast === true,
    lastScenario: text(raw.lastScenario),
    feedbackMode: FEEDBACK_MODES.find((m) => m === raw.feedbackMode) ?? d.feedbackMode,
  };
}

/** Stores settings. */
export function writeSettings(s: Settings): void {
  writeItem(KEY, JSON.stringify(s));
}

/** Whether motion should be reduced now (the setting, else the system preference). */
export function prefersReducedMotion(s: Settings): boolean {
  if (s.reducedMotion !== null) return s.reducedMotion;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Applies the display settings to the document (text size, contrast, motion). */
export function applyDisplaySettings(s: Settings): void {
  const root = document.documentElement;
  root.style.fontSize = s.textSize === 100 ? '' : `${s.textSize}%`;
  root.classList.toggle('high-contrast', s.highContrast);
  root.classList.toggle('text-large', s.textSize >= 150); // the HUD stops sticking: it would hide most of a phone's screen
  root.classList.toggle('reduce-motion', prefersReducedMotion(s));
}
