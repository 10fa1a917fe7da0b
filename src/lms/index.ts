/**
 * Playing inside a learning platform: main.ts loads this chunk only when the page is a course package
 * (config.ts). SCORM 1.2 (the API in a parent or opener window) or cmi5 (launch parameters in the URL);
 * without a platform, or when it fails, the package plays as the normal game and says so once.
 */
import { Cmi5Store } from './cmi5-store';
import type { LmsConfig } from './config';
import { findScorm12Api, Scorm12Connection } from './scorm12';
import { ScormStore } from './scorm-store';
import type { LmsProblem, LmsStore } from './types';

export { pageLmsConfig, parseLmsConfig, LMS_META, type LmsConfig } from './config';
export type { LmsProblem, LmsSaveRead, LmsSink, LmsStore } from './types';

export interface LmsLink {
  /** Where games go: the platform, or null when there is none (the normal game). */
  readonly store: LmsStore | null;
  /** The scenario to open: the package's one, else the one the platform saved a game of. */
  readonly scenario: string | null;
  /** Why the platform is not used, to tell the learner (null: it is). */
  readonly problem: LmsProblem | null;
}

/**
 * Connects to the platform the package was made for. `local` is the browser's own store (cmi5 keeps
 * the game there; SCORM plays there again after the platform's session ended); `notify` hears of
 * saved progress that could not be read.
 */
export async function connectLms(config: LmsConfig, local: LmsStore, notify: (p: LmsProblem) => void, win: Window = window): Promise<LmsLink> {
  if (config.format === 'cmi5') {
    if (!Cmi5Store.launched()) return { store: null, scenario: config.scenario, problem: 'none' };
    try {
      const store = await Cmi5Store.connect(config.pass, local);
      return { store, scenario: config.scenario, problem: null };
    } catch (e) {
      console.warn('The cmi5 platform could not be reached:', e);
      return { store: null, scenario: config.scenario, problem: 'unavailable' };
    }
  }
  const api = findScorm12Api(win);
  if (!api) return { store: null, scenario: config.scenario, problem: 'none' };
  const conn = new Scorm12Connection(api);
  if (!conn.initialize()) return { store: null, scenario: config.scenario, problem: 'unavailable' };
  const store = new ScormStore(conn, config.pass, local.sink, notify);
  win.addEventListener('pagehide', () => store.leave());
  return { store, scenario: config.scenario ?? store.resumeScenario, problem: null };
}
