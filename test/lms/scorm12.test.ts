import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/engine';
import { findScorm12Api, Scorm12Connection, scormTime, type Scorm12Api } from '../../src/lms/scorm12';
import { ScormStore } from '../../src/lms/scorm-store';
import { SUSPEND_LIMIT } from '../../src/lms/suspend';
import type { LmsProblem, LmsSink } from '../../src/lms/types';
import { shippedScenarios } from '../content/helpers';

const coffee = (shippedScenarios().find((s) => s.scenario.id === 'coffee') ?? shippedScenarios()[0])!.scenario;

/** An LMS's SCORM 1.2 API in memory: values, and the calls in order. */
function fakeApi(initial: Record<string, string> = {}): Scorm12Api & { values: Record<string, string>; calls: string[] } {
  const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.lesson_mode': 'normal', ...initial };
  const calls: string[] = [];
  return {
    values, calls,
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (e) => values[e] ?? '',
    LMSSetValue: (e, v) => {
      calls.push(`set ${e}`);
      values[e] = v;
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
  };
}

type FakeWindow = { API?: unknown; parent: FakeWindow; top: FakeWindow; opener: FakeWindow | null };
function frames(depth: number, apiAt: number | null, opener: FakeWindow | null = null): FakeWindow {
  const top = { opener } as FakeWindow;
  top.parent = top;
  top.top = top;
  let win = top;
  const chain = [top];
  for (let i = 1; i <= depth; i++) {
    const child = { parent: win, top, opener: null } as FakeWindow;
    chain.push(child);
    win = child;
  }
  if (apiAt !== null) (chain[apiAt] as FakeWindow).API = fakeApi();
  return win;
}

function playTo(game: Game, end: boolean): Game {
  for (let i = 0; game.view().status !== 'ended' && (end || i < 3); i++) {
    const c = game.view().choices.find((x) => x.available);
    if (!c) break;
    game.choose(c.id);
  }
  return game;
}

const noSink: LmsSink = { refusal: () => null, keep: () => true, next: () => {} };

describe('finding the SCORM 1.2 API', () => {
  it('finds API in this window, a parent, or the top window', () => {
    expect(findScorm12Api(frames(0, 0) as unknown as Window)).not.toBeNull();
    expect(findScorm12Api(frames(3, 0) as unknown as Window)).not.toBeNull();
    expect(findScorm12Api(frames(3, 2) as unknown as Window)).not.toBeNull();
  });

  it('looks in the opener (and its parents) when no frame has it', () => {
    const opener = frames(1, 0);
    expect(findScorm12Api(frames(2, null, opener.top) as unknown as Window)).not.toBeNull();
  });

  it('gives null outside an LMS, and does not climb past 7 parents', () => {
    expect(findScorm12Api(frames(3, null) as unknown as Window)).toBeNull();
    expect(findScorm12Api(frames(9, 0) as unknown as Window)).toBeNull();
  });

  it('ignores a window it may not read (another origin)', () => {
    const win = frames(1, null);
    Object.defineProperty(win.parent, 'API', { get: () => { throw new Error('SecurityError'); } });
    expect(findScorm12Api(win as unknown as Window)).toBeNull();
  });
});

describe('the SCORM connection', () => {
  it('turns an API that throws into false and empty values', () => {
    const api = fakeApi();
    api.LMSInitialize = () => { throw new Error('broken LMS'); };
    const conn = new Scorm12Connection(api);
    expect(conn.initialize()).toBe(false);
    expect(conn.get('cmi.suspend_data')).toBe('');
    expect(conn.set('cmi.core.lesson_status', 'incomplete')).toBe(false);
  });

  it('survives an API whose calls throw after a good start', () => {
    const api = fakeApi();
    const conn = new Scorm12Connection(api);
    expect(conn.initialize()).toBe(true);
    api.LMSSetValue = () => { throw new Error('gone'); };
    api.LMSGetValue = () => { throw new Error('gone'); };
    expect(conn.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(conn.get('cmi.core.entry')).toBe('');
    expect(conn.finish()).toBe(true);
    expect(conn.connected).toBe(false);
  });

  it('writes session time as HHHH:MM:SS.SS', () => {
    expect(scormTime(0)).toBe('0000:00:00.00');
    expect(scormTime(83_456)).toBe('0000:01:23.46');
    expect(scormTime(((27 * 60 + 4) * 60 + 5) * 1000 + 670)).toBe('0027:04:05.67');
    expect(scormTime(1e15)).toBe('9999:59:59.99');
    expect(scormTime(-5)).toBe('0000:00:00.00');
  });
});

describe('the SCORM record of a game', () => {
  function store(api: ReturnType<typeof fakeApi>, pass: number | null, problems: LmsProblem[] = []) {
    const conn = new Scorm12Connection(api);
    conn.initialize();
    let t = 1_000;
    return { s: new ScormStore(conn, pass, noSink, (p) => problems.push(p), () => (t += 61_000)), conn };
  }

  it('marks a new attempt incomplete, then saves each choice as suspend data with exit suspend', () => {
    const api = fakeApi();
    const { s } = store(api, 70);
    expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
    const game = playTo(createGame(coffee, 7), false);
    expect(s.sink.keep(game, game.state.log.at(-1) ?? null, 'coach')).toBe(true);
    expect(api.values['cmi.suspend_data']?.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(api.values['cmi.core.exit']).toBe('suspend');
    expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
    expect(api.values['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(api.calls.at(-1)).toBe('LMSCommit');
  });

  it('reports the report\'s readiness as the score, passed or failed by the mark, and finishes', () => {
    const game = playTo(createGame(coffee, 7), true);
    const overall = Math.round(game.report().overall ?? 0);
    for (const [pass, status] of [[overall, 'passed'], [overall + 1, 'failed'], [null, 'completed']] as const) {
      const api = fakeApi();
      const { s } = store(api, pass);
      s.sink.keep(game, game.state.log.at(-1) ?? null, 'coach');
      expect(api.values['cmi.core.score.raw']).toBe(String(overall));
      expect(api.values['cmi.core.score.min']).toBe('0');
      expect(api.values['cmi.core.score.max']).toBe('100');
      expect(api.values['cmi.core.lesson_status']).toBe(status);
      expect(api.values['cmi.core.exit']).toBe('');
      expect(api.calls.at(-1)).toBe('LMSFinish');
    }
  });

  it('uses the platform\'s mastery score over the package\'s mark', () => {
    const game = playTo(createGame(coffee, 7), true);
    const overall = Math.round(game.report().overall ?? 0);
    const api = fakeApi({ 'cmi.student_data.mastery_score': String(overall + 1) });
    const { s } = store(api, 0);
    s.sink.keep(game, null, 'coach');
    expect(api.values['cmi.core.lesson_status']).toBe('failed');
  });

  it('resumes from its suspend data, and starts a new game with a problem when it is damaged', () => {
    const game = playTo(createGame(coffee, 7), false);
    const first = fakeApi();
    store(first, 70).s.sink.keep(game, null, 'challenge');
    const again = store(fakeApi({ 'cmi.suspend_data': first.values['cmi.suspend_data'] ?? '', 'cmi.core.entry': 'resume' }), 70).s;
    expect(again.resumeScenario).toBe(coffee.id);
    const read = again.read(coffee);
    expect(read.kind === 'ok' && read.game.state.node).toBe(game.state.node);
    expect(read.kind === 'ok' && read.mode).toBe('challenge');
    const problems: LmsProblem[] = [];
    const broken = store(fakeApi({ 'cmi.suspend_data': 'tg1:AAAA' }), 70, problems).s;
    expect(broken.read(coffee)).toEqual({ kind: 'none' });
    expect(problems).toEqual(['corrupt']);
  });

  it('writes nothing in review mode', () => {
    const api = fakeApi({ 'cmi.core.lesson_mode': 'review' });
    const { s } = store(api, 70);
    s.sink.keep(playTo(createGame(coffee, 7), true), null, 'coach');
    expect(api.calls.filter((c) => c.startsWith('set '))).toEqual([]);
  });

  it('after the platform session ended, further games go to the fallback sink', () => {
    const api = fakeApi();
    const kept: string[] = [];
    const conn = new Scorm12Connection(api);
    conn.initialize();
    const s = new ScormStore(conn, 70, { ...noSink, keep: (g) => (kept.push(g.scenario.id), true) }, () => {});
    s.leave();
    expect(api.calls.at(-1)).toBe('LMSFinish');
    s.sink.keep(createGame(coffee, 1), null, 'coach');
    expect(kept).toEqual([coffee.id]);
  });
});
