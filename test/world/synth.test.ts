import { describe, expect, it } from 'vitest';
import { CUES, MUSIC_SECONDS, renderCue, renderMusic, renderMusicGently } from '../../src/audio/sounds';
import { encodeWav, noteHz, SAMPLE_RATE, Track } from '../../src/audio/synth';

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.slice(at, at + n));

function stats(s: Float32Array) {
  let peak = 0;
  let nan = 0;
  let energy = 0;
  for (const v of s) {
    if (!Number.isFinite(v)) nan++;
    peak = Math.max(peak, Math.abs(v));
    energy += v * v;
  }
  return { peak, nan, rms: Math.sqrt(energy / s.length) };
}

describe('WAV encoding', () => {
  it('writes a valid 16-bit mono PCM header and data chunk', () => {
    const samples = new Float32Array([0, 0.5, -0.5, 1, -1]);
    const b = encodeWav(samples, 22050);
    const v = new DataView(b.buffer);
    expect(ascii(b, 0, 4)).toBe('RIFF');
    expect(v.getUint32(4, true)).toBe(b.length - 8);
    expect(ascii(b, 8, 8)).toBe('WAVEfmt ');
    expect(v.getUint32(16, true)).toBe(16);
    expect(v.getUint16(20, true)).toBe(1);
    expect(v.getUint16(22, true)).toBe(1);
    expect(v.getUint32(24, true)).toBe(22050);
    expect(v.getUint32(28, true)).toBe(44100);
    expect(v.getUint16(32, true)).toBe(2);
    expect(v.getUint16(34, true)).toBe(16);
    expect(ascii(b, 36, 4)).toBe('data');
    expect(v.getUint32(40, true)).toBe(samples.length * 2);
    expect(b.length).toBe(44 + samples.length * 2);
    expect([0, 1, 2, 3, 4].map((i) => v.getInt16(44 + i * 2, true))).toEqual([0, 16384, -16383, 32767, -32767]);
  });

  it('clamps samples beyond [-1, 1] instead of wrapping around', () => {
    const b = encodeWav(new Float32Array([3, -3]));
    const v = new DataView(b.buffer);
    expect(v.getInt16(44, true)).toBe(32767);
    expect(v.getInt16(46, true)).toBe(-32767);
  });
});

describe('synth', () => {
  it('knows note frequencies', () => {
    expect(noteHz('A4')).toBeCloseTo(440);
    expect(noteHz('C4')).toBeCloseTo(261.63, 1);
    expect(noteHz('F#5')).toBeCloseTo(739.99, 1);
    expect(noteHz('Bb3')).toBeCloseTo(233.08, 1);
    expect(() => noteHz('H2')).toThrow();
  });

  it('normalises to the asked peak, so nothing clips', () => {
    const t = new Track(0.2);
    for (let i = 0; i < 6; i++) t.note({ at: 0, dur: 0.1, hz: 300 + i * 50, gain: 0.9 });
    expect(stats(t.normalize(0.8)).peak).toBeCloseTo(0.8, 5);
  });

  it('wraps the tail of a looping track to its start', () => {
    const t = new Track(0.1, SAMPLE_RATE, true);
    t.note({ at: 0.09, dur: 0.05, hz: 440, gain: 0.5 });
    expect(stats(t.data.slice(0, Math.round(0.03 * SAMPLE_RATE))).peak).toBeGreaterThan(0.1);
    const once = new Track(0.1, SAMPLE_RATE, false).note({ at: 0.09, dur: 0.05, hz: 440, gain: 0.5 });
    expect(stats(once.data.slice(0, Math.round(0.03 * SAMPLE_RATE))).peak).toBe(0);
  });
});

describe('the game sounds', () => {
  it('makes every cue: short, audible, within range, starting and ending in silence', () => {
    for (const cue of CUES) {
      const s = renderCue(cue);
      const { peak, nan, rms } = stats(s);
      expect(nan, cue).toBe(0);
      expect(peak, cue).toBeLessThan(1);
      expect(peak, cue).toBeGreaterThan(0.3);
      expect(rms, cue).toBeGreaterThan(0.01);
      expect(s.length / SAMPLE_RATE, cue).toBeGreaterThan(0.1);
      expect(s.length / SAMPLE_RATE, cue).toBeLessThanOrEqual(2);
      expect(Math.abs(s[0] as number), `${cue} starts without a click`).toBeLessThan(0.05);
      expect(Math.abs(s[s.length - 1] as number), `${cue} ends in silence`).toBeLessThan(0.02);
    }
  });

  it('gives each cue its own sound', () => {
    const sounds = new Set(CUES.map((c) => Array.from(renderCue(c).slice(0, 4000), (v) => v.toFixed(3)).join()));
    expect(sounds.size).toBe(CUES.length);
  });

  it('makes the same sounds every time (no randomness)', () => {
    const same = (a: Float32Array, b: Float32Array) => a.length === b.length && a.every((v, i) => v === b[i]);
    expect(same(renderCue('chance'), renderCue('chance'))).toBe(true);
    expect(same(renderMusic(), renderMusic())).toBe(true);
  });

  it('loops the music seamlessly: whole bars long, and the end flows into the start', () => {
    const m = renderMusic();
    expect(m.length).toBe(Math.round(MUSIC_SECONDS * SAMPLE_RATE));
    const { peak, nan, rms } = stats(m);
    expect(nan).toBe(0);
    expect(peak).toBeLessThan(1);
    expect(rms).toBeGreaterThan(0.03);
    // The jump from the last sample back to the first is no bigger than the steps inside the loop.
    let maxStep = 0;
    for (let i = 1; i < m.length; i++) maxStep = Math.max(maxStep, Math.abs((m[i] as number) - (m[i - 1] as number)));
    expect(Math.abs((m[0] as number) - (m[m.length - 1] as number))).toBeLessThanOrEqual(maxStep);
  });

  it('makes the same music when made gently, a bar at a time', async () => {
    let pauses = 0;
    const gentle = await renderMusicGently(async () => { pauses++; });
    const once = renderMusic();
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(gentle.length === once.length && gentle.every((v, i) => v === once[i])).toBe(true);
  });

  it('keeps every 16-bit sample off the rails (no clipped samples)', () => {
    for (const s of [...CUES.map((c) => renderCue(c)), renderMusic()]) {
      const b = encodeWav(s);
      const v = new DataView(b.buffer);
      let railed = 0;
      for (let i = 44; i < b.length; i += 2) if (Math.abs(v.getInt16(i, true)) >= 32767) railed++;
      expect(railed).toBe(0);
    }
  });
});
