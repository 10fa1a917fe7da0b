/**
 * Path-dependent texts: a scene, outcome, consequence or ending may list text variants, each with a
 * condition (data, never code); the first that holds in the state replaces the default text.
 */
import type { Condition, TextRef } from '../scenario';
import { holds } from './conditions';
import type { GameState } from './state';

export interface TextVariant {
  readonly id: string;
  readonly when: Condition;
  readonly text: string;
}

/** The text to show in this state: the first variant that holds, else the default. */
export function pickText(fallback: TextRef, variants: readonly TextVariant[] | undefined, key: (variant: string) => string, st: GameState): TextRef {
  for (const v of variants ?? []) if (holds(v.when, st)) return { key: key(v.id), text: v.text };
  return fallback;
}
