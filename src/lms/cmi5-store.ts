/**
 * cmi5 (xAPI with launch rules) through @xapi/cmi5: the AU reads its launch parameters from the URL
 * (endpoint, fetch, actor, registration, activityId), gets its token from the fetch URL once per
 * session (kept in sessionStorage so a reload continues the same session), and sends initialized,
 * one "answered" statement per decision (scene, choice, readiness per dimension, verdict), then
 * passed or failed with the score, completed and terminated. Every statement goes through a queue
 * kept in localStorage (xapi-queue.ts), so nothing is lost offline. The game itself is kept in the
 * browser like a normal game (the `local` store), so a relaunch resumes it.
 */
import Cmi5 from '@xapi/cmi5';
import type { Game } from '../engine';
import type { Scenario } from '../scenario';
import { lastDecision, resultOf } from './result';
import type { LmsSaveRead, LmsSink, LmsStore } from './types';
import { StatementQueue, type Statement } from './xapi-queue';

const ANSWERED = { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } };
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** The readiness a decision earned per dimension, with its verdict. */
export const READINESS_EXTENSION = 'urn:x-trade-game:xapi:extension:readiness';

/** A cmi5 client whose statements go through the offline queue. */
class QueuedCmi5 extends Cmi5 {
  queue: StatementQueue | null = null;

  override sendXapiStatement(statement: Statement, options?: Parameters<Cmi5['sendXapiStatement']>[1]): ReturnType<Cmi5['sendXapiStatement']> {
    const s = options?.transform ? options.transform(statement) : statement;
    const queue = this.queue ??= new StatementQueue(`trade-game:xapi-queue:${this.launchParameters?.registration ?? ''}`, (x) => {
      const xapi = this.xapi;
      if (!xapi) return Promise.reject(new Error('Not connected to the LRS.'));
      return xapi.sendStatement({ statement: x });
    });
    return queue.push(s).then(() => ({ data: [s.id ?? ''] })) as unknown as ReturnType<Cmi5['sendXapiStatement']>;
  }
}

/** A session kept across reloads of the AU (a learner who leaves before the end is "abandoned" by the platform). */
interface SessionState {
  readonly authToken: string;
  readonly initializedDate: string;
  /** Terminated: nothing more may be sent in this session. */
  readonly ended: boolean;
}

export class Cmi5Store implements LmsStore {
  private constructor(
    private readonly cmi5: QueuedCmi5,
    private readonly pass: number | null,
    private readonly local: LmsStore,
    private readonly key: string,
    private ended: boolean,
  ) {}

  /** Whether this page was launched by a cmi5 platform (its launch parameters are in the URL). */
  static launched(): boolean {
    return Cmi5.isCmiAvailable;
  }

  /**
   * Connects: the token from the fetch URL (or the one this session already has), the launch data, and
   * "initialized" on a new session. Throws when the platform cannot be reached at the start.
   */
  static async connect(pass: number | null, local: LmsStore): Promise<Cmi5Store> {
    const cmi5 = new QueuedCmi5();
    const params = cmi5.getLaunchParameters();
    const key = `trade-game:cmi5:${params.registration}:${params.fetch}`;
    const saved = readSession(key);
    await cmi5.initialize(saved ? { authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) } : undefined);
    const ended = saved?.ended ?? false;
    writeSession(key, { authToken: cmi5.getAuthToken(), initializedDate: cmi5.getInitializedDate().toISOString(), ended });
    const store = new Cmi5Store(cmi5, pass, local, key, ended);
    void cmi5.queue?.flush();
    return store;
  }

  read(scenario: Scenario): LmsSaveRead {
    return this.local.read(scenario);
  }

  readonly sink: LmsSink = {
    refusal: () => null,
    keep: (game, choice, mode) => {
      const kept = this.local.sink.keep(game, choice, mode);
      if (choice !== null && !this.ended) void this.record(game).catch((e: unknown) => console.warn('cmi5:', e));
      return kept;
    },
    next: () => this.local.sink.next(),
  };

  /** Sends the decision, and at the end of the game the result, completed and terminated. */
  private async record(game: Game): Promise<void> {
    const normal = this.cmi5.getLaunchData().launchMode === 'Normal';
    const decision = lastDecision(game);
    if (decision) await this.cmi5.sendXapiStatement(this.decisionStatement(decision));
    const result = resultOf(game, this.mark());
    if (!result.ended) return;
    this.ended = true;
    writeSession(this.key, { authToken: this.cmi5.getAuthToken(), initializedDate: this.cmi5.getInitializedDate().toISOString(), ended: true });
    if (normal) {
      const score = result.score === null ? undefined : { scaled: result.score / 100, raw: result.score, min: 0, max: 100 };
      if (result.status === 'passed') await this.cmi5.pass(score);
      else if (result.status === 'failed') await this.cmi5.fail(score);
      await this.cmi5.complete();
    }
    await this.cmi5.terminate();
  }

  /** The mark: the platform's mastery score (0–1) when it sets one, else the package's. */
  private mark(): number | null {
    const mastery = this.cmi5.getLaunchData().masteryScore;
    return typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery * 100 : this.pass;
  }

  private decisionStatement(d: NonNullable<ReturnType<typeof lastDecision>>): Statement {
    const params = this.cmi5.getLaunchParameters();
    const template = this.cmi5.getLaunchData().contextTemplate;
    const mistakes = d.scores.some((s) => s.verdict === 'mistake');
    const gains = d.scores.some((s) => s.verdict === 'good');
    return {
      id: crypto.randomUUID(),
      actor: params.actor,
      timestamp: new Date().toISOString(),
      verb: ANSWERED,
      object: {
        objectType: 'Activity',
        id: `${params.activityId}/scene/${encodeURIComponent(d.scene)}`,
        definition: { type: INTERACTION, interactionType: 'choice', name: { 'en-US': d.scene } },
      },
      result: {
        response: d.choice,
        ...(mistakes || gains ? { success: !mistakes } : {}),
        extensions: { [READINESS_EXTENSION]: d.scores },
      },
      context: { ...template, registration: params.registration },
    } as Statement;
  }

}

function readSession(key: string): SessionState | null {
  try {
    const data: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const d = data as Record<string, unknown>;
    return typeof d.authToken === 'string' && typeof d.initializedDate === 'string' ? { authToken: d.authToken, initializedDate: d.initializedDate, ended: d.ended === true } : null;
  } catch {
    return null;
  }
}

function writeSession(key: string, state: SessionState): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(state));
  } catch {
    // Without sessionStorage a reload asks the fetch URL again (which a platform may refuse).
  }
}
