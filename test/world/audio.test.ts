import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for howler's Howl that records what the game asks of it. */
const made: FakeHowl[] = [];
class FakeHowl {
  plays: number[] = [];
  pauses = 0;
  vol: number;
  isPlaying = false;
  constructor(readonly options: { src: string[]; format: string[]; loop: boolean; volume: number }) {
    this.vol = options.volume;
    made.push(this);
  }
  play() { this.plays.push(Date.now()); this.isPlaying = true; return 1; }
  pause() { this.pauses++; this.isPlaying = false; return this; }
  playing() { return this.isPlaying; }
  volume(v?: number) { if (v !== undefined) this.vol = v; return this; }
  fade() { return this; }
}
vi.mock('howler', () => ({ Howl: FakeHowl }));

const { createAudio } = await import('../../src/audio/index');

async function unlocked() {
  const audio = createAudio();
  audio.unlock();
  await vi.waitFor(() => expect(made.some((h) => h.options.loop)).toBe(true), { timeout: 10_000 });
  return audio;
}

describe('audio', () => {
  beforeEach(() => { made.length = 0; });
  afterEach(() => { vi.useRealTimers(); });

  it('makes nothing and plays nothing before unlock()', () => {
    const audio = createAudio();
    audio.setVolumes({ music: 1, effects: 1 });
    audio.setMusic(true);
    audio.play('choice');
    expect(made).toHaveLength(0);
  });

  it('on unlock makes seven effects and one looping music track, as WAV blobs', async () => {
    await unlocked();
    expect(made).toHaveLength(8);
    expect(made.filter((h) => h.options.loop)).toHaveLength(1);
    for (const h of made) {
      expect(h.options.format).toEqual(['wav']);
      expect(h.options.src[0]).toMatch(/^blob:/);
    }
  });

  it('plays music only while it is on and its volume is above zero', async () => {
    const audio = await unlocked();
    const music = made.find((h) => h.options.loop) as FakeHowl;
    expect(music.plays).toHaveLength(0);
    audio.setMusic(true);
    expect(music.isPlaying).toBe(true);
    audio.setVolumes({ music: 0, effects: 0.5 });
    expect(music.isPlaying).toBe(false);
    audio.setVolumes({ music: 0.3, effects: 0.5 });
    expect(music.isPlaying).toBe(true);
    expect(music.vol).toBe(0.3);
    audio.setMusic(false);
    expect(music.isPlaying).toBe(false);
  });

  it('clamps volumes to 0–1 and treats nonsense as silence', async () => {
    const audio = await unlocked();
    audio.setMusic(true);
    const music = made.find((h) => h.options.loop) as FakeHowl;
    audio.setVolumes({ music: 7, effects: Number.NaN });
    expect(music.vol).toBe(1);
    audio.play('money');
    expect(made.filter((h) => !h.options.loop).every((h) => h.plays.length === 0)).toBe(true);
  });

  it('spaces cues asked for together instead of playing them on top of each other', async () => {
    const audio = await unlocked();
    audio.setVolumes({ music: 0, effects: 0.8 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] });
    audio.play('choice');
    audio.play('money');
    audio.play('day');
    const effects = made.filter((h) => !h.options.loop);
    const played = () => effects.filter((h) => h.plays.length > 0).length;
    expect(played()).toBe(1);
    vi.advanceTimersByTime(130);
    expect(played()).toBe(2);
    vi.advanceTimersByTime(130);
    expect(played()).toBe(3);
    expect(effects.find((h) => h.plays.length)?.vol).toBe(0.8);
  });
});
