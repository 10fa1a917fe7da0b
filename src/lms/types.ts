/** What the LMS adapters give the app: where choices go and where a game resumes from. */
import type { FeedbackMode, Game, LoadError } from '../engine';
import type { Scenario } from '../scenario';

/** Takes each choice of a game (the shape of the app's ChoiceSink). */
export interface LmsSink {
  refusal(): string | null;
  keep(game: Game, choice: string | null, mode: FeedbackMode): boolean;
  next(): void;
}

/** A saved game: none, one to continue, or one that cannot be loaded (the app asks the player what to do). */
export type LmsSaveRead = { readonly kind: 'none' } | { readonly kind: 'ok'; readonly game: Game; readonly mode: FeedbackMode } | { readonly kind: 'error'; readonly error: LoadError };

/** Where the games of a package are kept: the platform's record (and the browser's, as the adapter needs). */
export interface LmsStore {
  read(scenario: Scenario): LmsSaveRead;
  readonly sink: LmsSink;
}

/**
 * Why the platform is not (fully) used, shown to the learner once:
 * none: no platform found (the package plays as the normal game, nothing is recorded);
 * unavailable: the platform's API failed or refused to start;
 * corrupt: the saved progress could not be read (a new game starts).
 */
export type LmsProblem = 'none' | 'unavailable' | 'corrupt';
