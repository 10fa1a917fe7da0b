/**
 * A workshop game on the normal play screen: like a solo Session, but a
 * choice is not autosaved in this browser; it goes to the workshop server
 * (which stores it and acknowledges), and it is refused while the trainer
 * holds the room or the previous choice still waits for its acknowledgement.
 */
import type { ChoiceView, FeedbackMode, Game } from '../../engine';
import type { Scenario, Translation } from '../../scenario';
import { Session } from '../../app/session';

/** The server side of a workshop game's choices. */
export interface ChoiceSink {
  /** Null when a choice may be made now, else why not (already announced by the sink). */
  refusal(): string | null;
  /** Sends the choice taken locally. */
  send(choice: string): void;
  /** The player moved on from a consequence to the next decision. */
  next(): void;
}

export class WorkshopSession extends Session {
  /** `mode`: the session's feedback mode, set by the trainer. */
  constructor(scenario: Scenario, translation: Translation | null, game: Game, private readonly sink: ChoiceSink, mode: FeedbackMode = 'coach') {
    super(scenario, translation, game, mode);
  }

  /** Takes a choice locally and sends it to the server (no local save: the server keeps the game). */
  override choose(choice: ChoiceView): boolean {
    if (this.sink.refusal() !== null) return false;
    const before = this.game.view().hud;
    const r = this.game.choose(choice.id);
    if (!r.ok) return false;
    this.sink.send(choice.id);
    this.phase = { kind: 'outcome', chosen: choice.label, before };
    return true;
  }

  /** Leaves the consequence screen (and tells the sink: a checkpoint shows only at a decision). */
  override next(): void {
    super.next();
    this.sink.next();
  }

  /** Replaces the game with the server's (after a timeout choice or a refused one). */
  adopt(game: Game): void {
    this.game = game;
    this.phase = { kind: 'choose' };
  }
}
