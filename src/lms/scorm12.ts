/**
 * The SCORM 1.2 run-time API as a course sees it: found in a parent or opener window (the search of
 * the SCORM 1.2 run-time environment, at most 7 levels per chain), wrapped so that an API which throws
 * or answers "false" never breaks the game (each call reports success as a boolean).
 */

/** The SCORM 1.2 API object an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

const MAX_DEPTH = 7;

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return typeof api === 'object' && api !== null && typeof (api as Scorm12Api).LMSInitialize === 'function' ? api as Scorm12Api : null;
  } catch {
    return null; // a window of another origin
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's API: this window and its parents, then the opener and its parents. Null outside an LMS. */
export function findScorm12Api(win: Window = window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.top?.opener as Window | null ?? null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}

const ok = (v: unknown) => v === true || v === 'true';

/** A SCORM 1.2 session: every call is guarded; a failure is a false (or an empty string), never a throw. */
export class Scorm12Connection {
  private live = false;

  constructor(private readonly api: Scorm12Api) {}

  /** LMSInitialize; false when the LMS refused it or threw. */
  initialize(): boolean {
    this.live = this.call(() => ok(this.api.LMSInitialize('')), false);
    return this.live;
  }

  get connected(): boolean {
    return this.live;
  }

  get(element: string): string {
    if (!this.live) return '';
    return this.call(() => {
      const v = this.api.LMSGetValue(element);
      return typeof v === 'string' ? v : String(v ?? '');
    }, '');
  }

  set(element: string, value: string): boolean {
    return this.live && this.call(() => ok(this.api.LMSSetValue(element, value)), false);
  }

  commit(): boolean {
    return this.live && this.call(() => ok(this.api.LMSCommit('')), false);
  }

  /** LMSFinish; the connection is closed afterwards whatever the answer. */
  finish(): boolean {
    if (!this.live) return false;
    this.live = false;
    return this.call(() => ok(this.api.LMSFinish('')), false);
  }

  private call<T>(f: () => T, fallback: T): T {
    try {
      return f();
    } catch (e) {
      console.warn('The learning platform\'s SCORM API failed:', e);
      return fallback;
    }
  }
}

/** A duration in SCORM 1.2's CMITimespan: HHHH:MM:SS.SS (hours up to 9999). */
export function scormTime(ms: number): string {
  const cs = Math.max(0, Math.min(Math.round(ms / 10), 9999 * 360000 + 359999));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const c = cs % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${two(c)}`;
}
