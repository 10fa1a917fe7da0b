/**
 * A game in progress, solo or in a workshop: the scenario (with its
 * translation), the engine's game, and what the player is looking at
 * (choosing, or reading the consequence of the last choice). Each choice goes
 * to the session's choice sink: saved in this browser (solo), or sent to the
 * workshop server (which keeps the game).
 */
import { createGame, groupLog, type ChoiceView, type FeedbackMode, type Game, type GameState, type HudView } from '../engine';
import type { TextRef } from '../scenario';
import type { Scenario, Translation } from '../scenario';
import { readSave, writeSave, type SaveRead } from './saves';

/** Where a game's choices go once taken. */
export interface ChoiceSink {
  /** Null when a choice may be made now, else why not (already announced by the sink). */
  refusal(): string | null;
  /**
   * Keeps the game after a choice taken locally (`game` already includes it), or after the whole game was
   * replayed (`choice` null: the dev reload). False when it could not be kept (storage refused it).
   */
  keep(game: Game, choice: string | null, mode: FeedbackMode): boolean;
  /** The player moved on from a consequence to the next decision. */
  next(): void;
}

/** Solo play: every choice autosaves the game in this browser. */
export const saveLocally: ChoiceSink = {
  refusal: () => null,
  keep: (game, _choice, mode) => writeSave(game, mode),
  next: () => {},
};

/**
 * Where games are kept: read when a scenario opens, written through the sink after each choice.
 * Normally this browser (localStore); a course package swaps in its learning platform's store.
 */
export interface GameStore {
  read(scenario: Scenario): SaveRead;
  readonly sink: ChoiceSink;
}

export const localStore: GameStore = { read: readSave, sink: saveLocally };

/** What the play screen shows. */
export type Phase =
  | { readonly kind: 'choose' }
  | { readonly kind: 'outcome'; readonly chosen: TextRef | null; readonly before: HudView };

export class Session {
  phase: Phase = { kind: 'choose' };
  /** Set when the author panel jumped: the state the log continues from (such a game is not autosaved). */
  private base: GameState | null = null;
  /** Choices made since `base` (or since the start). */
  private steps: string[] = [];
  /** Whether the sink could not keep the last choice (e.g. storage refused the autosave: private mode, full, disabled). */
  saveFailed = false;

  constructor(
    public scenario: Scenario,
    public translation: Translation | null,
    public game: Game,
    /** Coach: each choice is judged at once. Challenge: verdicts and teaching wait for the report. Saved with the game. */
    public mode: FeedbackMode = 'coach',
    private readonly sink: ChoiceSink = saveLocally,
  ) {
    this.steps = [...game.state.log];
  }

  /** A new game of a scenario in a feedback mode. */
  static start(scenario: Scenario, translation: Translation | null, seed: number, mode: FeedbackMode = 'coach', sink: ChoiceSink = saveLocally): Session {
    return new Session(scenario, translation, createGame(scenario, seed), mode, sink);
  }

  /** Whether the game follows the rules from the start (false after an author jump). */
  get authentic(): boolean {
    return this.base === null;
  }

  /** Takes a choice (unless the sink refuses it now); on success gives it to the sink and moves to the outcome phase. */
  choose(choice: ChoiceView): boolean {
    if (this.sink.refusal() !== null) return false;
    const before = this.game.view().hud;
    const r = this.game.choose(choice.id);
    if (!r.ok) return false;
    this.steps = this.game.state.log.slice(this.base?.log.length ?? 0);
    // A jumped game is not kept: its log would not replay from the start.
    if (this.authentic) this.saveFailed = !this.sink.keep(this.game, choice.id, this.mode);
    this.phase = { kind: 'outcome', chosen: choice.label, before };
    return true;
  }

  /** Leaves the outcome phase. */
  next(): void {
    this.phase = { kind: 'choose' };
    this.sink.next();
  }

  /** Replaces the game with an authoritative one (the workshop server's, after a timeout choice or a refused one). */
  adopt(game: Game): void {
    this.game = game;
    this.base = null;
    this.steps = [...game.state.log];
    this.phase = { kind: 'choose' };
  }

  /** Author panel: continue from an edited state (not autosaved: it could not be replayed). */
  jump(state: GameState): void {
    this.base = state;
    this.steps = [];
    this.game = createGame(this.scenario, state.seed, state);
    this.phase = { kind: 'choose' };
  }

  /**
   * Dev reload: swap in a changed scenario and replay the player's choices on it,
   * as far as they still fit. Returns how many choices were replayed and how many were dropped.
   */
  reload(scenario: Scenario, translation: Translation | null): { replayed: number; dropped: number } {
    const steps = groupLog(this.steps);
    let game: Game;
    try {
      game = this.base ? createGame(scenario, this.base.seed, this.base) : createGame(scenario, this.game.seed);
    } catch {
      this.base = null;
      game = createGame(scenario, this.game.seed);
    }
    let replayed = 0;
    for (const step of steps) {
      if (!game.choose(step.choice, step.forced).ok) break;
      replayed++;
    }
    this.scenario = scenario;
    this.translation = translation;
    this.game = game;
    this.steps = game.state.log.slice(this.base?.log.length ?? 0);
    if (this.authentic) this.saveFailed = !this.sink.keep(game, null, this.mode);
    this.phase = { kind: 'choose' };
    return { replayed, dropped: steps.length - replayed };
  }
}
