import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteSave, hasSave, keepSaveAside, readSave, saveKey, writeSave } from '../../src/app/saves';
import { Session } from '../../src/app/session';
import { createGame } from '../../src/engine';
import { parseScenarioText, type Scenario } from '../../src/scenario';
import { installMemoryStorage } from './memory-storage';

const r = parseScenarioText(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8'));
if (!r.ok) throw new Error('mini.json is not valid');
const mini: Scenario = r.scenario;
let store: Map<string, string>;
beforeEach(() => {
  store = installMemoryStorage();
});

describe('autosaves', () => {
  it('a session autosaves after every choice, and the save resumes the same game', () => {
    const session = Session.start(mini, null, 123);
    const first = session.game.view().choices[0];
    expect(first && session.choose(first)).toBe(true);
    expect(session.phase.kind).toBe('outcome');
    expect(hasSave('mini')).toBe(true);
    const saved = readSave(mini);
    expect(saved.kind).toBe('ok');
    if (saved.kind === 'ok') {
      expect(saved.game.state.node).toBe(session.game.state.node);
      expect(saved.game.state.log).toEqual(session.game.state.log);
    }
  });

  it('a challenge game saves its mode, and the save resumes in challenge', () => {
    const session = Session.start(mini, null, 9, 'challenge');
    const first = session.game.view().choices[0];
    expect(first && session.choose(first)).toBe(true);
    expect(JSON.parse(store.get(saveKey('mini')) ?? '{}').mode).toBe('challenge');
    const saved = readSave(mini);
    expect(saved).toMatchObject({ kind: 'ok', mode: 'challenge' });
    if (saved.kind === 'ok') expect(new Session(mini, null, saved.game, saved.mode).mode).toBe('challenge');
  });

  it('reports a corrupt save as an error, and keeping it moves it aside untouched', () => {
    store.set(saveKey('mini'), '{"kind": broken');
    const saved = readSave(mini);
    expect(saved).toMatchObject({ kind: 'error', error: { code: 'corrupt' } });
    expect(keepSaveAside('mini')).toBe('trade-game:kept:mini:1');
    expect(store.get('trade-game:kept:mini:1')).toBe('{"kind": broken');
    expect(hasSave('mini')).toBe(false);
    store.set(saveKey('mini'), 'again');
    expect(keepSaveAside('mini')).toBe('trade-game:kept:mini:2');
  });

  it('reports a save of another scenario version, and starting over deletes it', () => {
    const game = createGame(mini, 1);
    writeSave(game, 'coach');
    store.set(saveKey('mini'), (store.get(saveKey('mini')) ?? '').replace('"scenarioVersion":"1.0.0"', '"scenarioVersion":"0.9.0"'));
    expect(readSave(mini)).toMatchObject({ kind: 'error', error: { code: 'other-version' } });
    deleteSave('mini');
    expect(readSave(mini)).toEqual({ kind: 'none' });
  });

  it('a dev reload replays the choices that still fit the changed scenario', () => {
    const session = Session.start(mini, null, 5);
    for (const id of ['green', 'skip']) {
      const c = session.game.view().choices.find((x) => x.id === id);
      if (c) session.choose(c);
    }
    const edited: Scenario = JSON.parse(JSON.stringify(mini)) as Scenario;
    const aeo = edited.nodes.aeo;
    if (aeo?.type === 'scene') aeo.choices = aeo.choices.filter((c) => c.id !== 'skip');
    expect(session.reload(edited, null)).toEqual({ replayed: 1, dropped: 1 });
    expect(session.game.state.node).toBe('aeo');
    expect(session.scenario).toBe(edited);
  });
});
