/**
 * SCORM 1.2 record of the game: lesson status (incomplete while playing, then passed / failed by the
 * mark or completed), score raw / min / max (the report's readiness), session time, exit, the game in
 * suspend_data (resumed at the same scene), and LMSFinish at the end of the game or when the page goes.
 */
import type { Game } from '../engine';
import type { Scenario } from '../scenario';
import { lastDecision, resultOf } from './result';
import { scormTime, type Scorm12Connection } from './scorm12';
import { decodeSuspend, encodeSuspend, suspendedScenario } from './suspend';
import type { LmsProblem, LmsSaveRead, LmsSink, LmsStore } from './types';

export class ScormStore implements LmsStore {
  private readonly startedAt: number;
  private readonly suspended: string;
  private readonly review: boolean;
  private readonly pass: number | null;

  constructor(
    private readonly conn: Scorm12Connection,
    pass: number | null,
    /** Where choices go once the platform's session is over (a game played again after the end). */
    private readonly after: LmsSink,
    private readonly notify: (p: LmsProblem) => void,
    now: () => number = Date.now,
  ) {
    this.now = now;
    this.startedAt = now();
    this.suspended = conn.get('cmi.suspend_data');
    this.review = conn.get('cmi.core.lesson_mode') === 'review';
    // The platform's mastery score, when it sets one, is the mark (SCORM 1.2: cmi.student_data.mastery_score).
    const mastery = conn.get('cmi.student_data.mastery_score');
    this.pass = /^\d+(\.\d+)?$/.test(mastery) && Number(mastery) <= 100 ? Number(mastery) : pass;
    const status = conn.get('cmi.core.lesson_status');
    if (!this.review && (status === '' || status === 'not attempted')) {
      conn.set('cmi.core.lesson_status', 'incomplete');
      conn.commit();
    }
  }

  private readonly now: () => number;

  /** The scenario the platform's saved game is for (null when there is none or it is unreadable). */
  get resumeScenario(): string | null {
    return this.suspended ? suspendedScenario(this.suspended) : null;
  }

  read(scenario: Scenario): LmsSaveRead {
    if (!this.suspended) return { kind: 'none' };
    const r = decodeSuspend(scenario, this.suspended);
    if (r.ok) return { kind: 'ok', game: r.game, mode: r.mode };
    // The saved game of another scenario of the package is not a problem: the learner chose another.
    if (r.error.code === 'other-scenario') return { kind: 'none' };
    console.warn('The saved progress from the learning platform was not used:', r.error.message);
    this.notify('corrupt');
    return { kind: 'none' };
  }

  readonly sink: LmsSink = {
    refusal: () => null,
    keep: (game, choice, mode) => {
      if (!this.conn.connected) return this.after.keep(game, choice, mode);
      return this.record(game, encodeSuspend(game, mode));
    },
    next: () => {},
  };

  /** Writes the game and its result; finishes the session when the game ended. */
  private record(game: Game, suspend: string | null): boolean {
    if (this.review) return true;
    const c = this.conn;
    const result = resultOf(game, this.pass);
    let kept = suspend === null || c.set('cmi.suspend_data', suspend);
    const decision = lastDecision(game);
    if (decision) c.set('cmi.core.lesson_location', decision.scene.slice(0, 255));
    if (result.score !== null) {
      c.set('cmi.core.score.min', '0');
      c.set('cmi.core.score.max', '100');
      c.set('cmi.core.score.raw', String(result.score));
    }
    c.set('cmi.core.lesson_status', result.status);
    c.set('cmi.core.exit', result.ended ? '' : 'suspend');
    c.set('cmi.core.session_time', scormTime(this.now() - this.startedAt));
    kept = c.commit() && kept;
    if (result.ended) c.finish();
    return kept;
  }

  /** The page is going: the time spent, then LMSFinish (the game is already in suspend_data). */
  leave(): void {
    if (!this.conn.connected) return;
    if (!this.review) {
      this.conn.set('cmi.core.exit', 'suspend');
      this.conn.set('cmi.core.session_time', scormTime(this.now() - this.startedAt));
      this.conn.commit();
    }
    this.conn.finish();
  }
}
