import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../src/ui/settings';
import { installMemoryStorage } from '../app/memory-storage';

let store: Map<string, string>;
beforeEach(() => {
  store = installMemoryStorage();
});

describe('settings', () => {
  it('are the defaults on a first visit', () => {
    expect(readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persist and read back', () => {
    const s = { ...DEFAULT_SETTINGS, lang: 'fr', effectsVolume: 0.2, musicVolume: 0, reducedMotion: true, textSize: 200 as const, highContrast: true, lastScenario: 'coffee' };
    writeSettings(s);
    expect(readSettings()).toEqual(s);
  });

  it('fall back field by field when the stored value is damaged', () => {
    store.set('trade-game:settings', JSON.stringify({ lang: '<b>', effectsVolume: 7, musicVolume: 0.5, textSize: 130, highContrast: 'yes', reducedMotion: false }));
    expect(readSettings()).toEqual({ ...DEFAULT_SETTINGS, musicVolume: 0.5, reducedMotion: false });
    store.set('trade-game:settings', '{not json');
    expect(readSettings()).toEqual(DEFAULT_SETTINGS);
    store.set('trade-game:settings', '[1,2]');
    expect(readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remember the feedback mode of new games, and read a damaged one as coach', () => {
    expect(DEFAULT_SETTINGS.feedbackMode).toBe('coach');
    writeSettings({ ...DEFAULT_SETTINGS, feedbackMode: 'challenge' });
    expect(JSON.parse(store.get('trade-game:settings') ?? '{}').feedbackMode).toBe('challenge');
    expect(readSettings().feedbackMode).toBe('challenge');
    for (const bad of ['expert', 1, null, ['challenge'], 'Challenge']) {
      store.set('trade-game:settings', JSON.stringify({ feedbackMode: bad, muted: true }));
      expect(readSettings()).toEqual({ ...DEFAULT_SETTINGS, muted: true });
    }
  });
});
