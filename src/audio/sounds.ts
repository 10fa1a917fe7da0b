/**
 * The game's sounds, composed in code with the synth: a gentle four-bar music loop and seven short
 * effects. Each returns normalised samples (peak below 1) ready for encodeWav.
 */
import { noteHz as hz, SAMPLE_RATE, Track } from './synth';

/** The sound cues the app can play. */
export const CUES = ['choice', 'money', 'day', 'chance', 'success', 'failure', 'warning'] as const;
export type SoundCue = (typeof CUES)[number];

/** Tempo and length of the music loop. */
export const MUSIC_BPM = 100;
export const MUSIC_BARS = 4;
/** Seconds in the loop: bars × 4 beats. */
export const MUSIC_SECONDS = (MUSIC_BARS * 4 * 60) / MUSIC_BPM;

/** Builds the music bar by bar into a track, yielding after each bar (so it can be spread over frames). */
function* composeMusic(t: Track): Generator<void> {
  const beat = 60 / MUSIC_BPM;
  const bar = beat * 4;
  const chords = [['C4', 'E4', 'G4'], ['A3', 'C4', 'E4'], ['A3', 'C4', 'F4'], ['B3', 'D4', 'G4']];
  const roots = ['C2', 'A1', 'F2', 'G2'];
  const tune = [
    ['E5', 'G5', 'A5', 'G5', 'E5', '', 'D5', ''],
    ['C5', 'E5', 'A5', '', 'G5', 'E5', '', ''],
    ['A5', '', 'G5', 'F5', 'E5', '', 'C5', ''],
    ['D5', 'E5', 'G5', '', 'B4', '', 'D5', ''],
  ];
  for (let b = 0; b < MUSIC_BARS; b++) {
    for (const n of chords[b] as string[]) t.note({ at: b * bar, dur: bar * 0.92, hz: hz(n), wave: 'triangle', gain: 0.07, attack: 0.35, release: 0.45 });
    for (const beatAt of [0, 2]) t.note({ at: b * bar + beatAt * beat, dur: beat * 1.2, hz: hz(roots[b] as string) * 2, wave: 'pluck', gain: 0.22, decay: 2.5, release: 0.2 });
    (tune[b] as string[]).forEach((n, i) => {
      if (n) t.note({ at: b * bar + (i * beat) / 2, dur: beat * 0.9, hz: hz(n), wave: 'bell', gain: 0.13, decay: 4.5, attack: 0.004, release: 0.3 });
    });
    for (let i = 0; i < 4; i++) t.noise(b * bar + i * beat + beat / 2, 0.09, 0.035, 0.9, 7 + b * 4 + i);
    yield;
  }
  t.echo(beat * 0.75, 0.18);
}

/** The music: I–vi–IV–V in C with a soft pad, a round bass, a marimba-like tune and a light shaker. */
export function renderMusic(rate = SAMPLE_RATE): Float32Array {
  const t = new Track(MUSIC_SECONDS, rate, true);
  for (const _ of composeMusic(t)) { /* all at once */ }
  return t.normalize(0.6);
}

/** The same music, made a bar at a time with `pause()` in between so no frame is blocked for long. */
export async function renderMusicGently(pause: () => Promise<void>, rate = SAMPLE_RATE): Promise<Float32Array> {
  const t = new Track(MUSIC_SECONDS, rate, true);
  for (const _ of composeMusic(t)) await pause();
  return t.normalize(0.6);
}

/** One effect. */
export function renderCue(cue: SoundCue, rate = SAMPLE_RATE): Float32Array {
  switch (cue) {
    case 'choice': {
      const t = new Track(0.18, rate);
      t.note({ at: 0, dur: 0.05, hz: 620, glideTo: 920, wave: 'sine', gain: 0.5, decay: 30, release: 0.05 });
      t.noise(0, 0.02, 0.08, 0.9, 3);
      return t.normalize(0.7);
    }
    case 'money': {
      const t = new Track(0.5, rate);
      t.note({ at: 0, dur: 0.07, hz: hz('B5'), wave: 'soft-square', gain: 0.25, release: 0.01 });
      t.note({ at: 0.07, dur: 0.3, hz: hz('E6'), wave: 'soft-square', gain: 0.25, decay: 7, release: 0.08 });
      return t.echo(0.09, 0.15).normalize(0.6);
    }
    case 'day': {
      const t = new Track(0.42, rate);
      t.note({ at: 0, dur: 0.05, hz: 1250, wave: 'sine', gain: 0.5, decay: 60, release: 0.02 });
      t.noise(0, 0.03, 0.12, 0.7, 11);
      t.note({ at: 0.17, dur: 0.05, hz: 930, wave: 'sine', gain: 0.45, decay: 60, release: 0.02 });
      t.noise(0.17, 0.03, 0.1, 0.7, 12);
      return t.normalize(0.65);
    }
    case 'chance': {
      const t = new Track(1.5, rate);
      t.noise(0, 0.8, 0.16, 0.1, 21, 'swell');
      ['C6', 'D6', 'E6', 'G6', 'A6', 'C7'].forEach((n, i) => t.note({ at: 0.25 + i * 0.07, dur: 0.5, hz: hz(n), wave: 'bell', gain: 0.14, decay: 4, vibrato: 0.004, release: 0.2 }));
      return t.echo(0.11, 0.25).normalize(0.7);
    }
    case 'success': {
      const t = new Track(1.9, rate);
      ['C5', 'E5', 'G5', 'C6'].forEach((n, i) => t.note({ at: i * 0.11, dur: 0.25, hz: hz(n), wave: 'bell', gain: 0.2, decay: 5, release: 0.1 }));
      for (const n of ['C5', 'E5', 'G5', 'C6']) t.note({ at: 0.5, dur: 0.9, hz: hz(n), wave: 'triangle', gain: 0.1, attack: 0.02, decay: 1.6, release: 0.3 });
      return t.echo(0.13, 0.25).normalize(0.75);
    }
    case 'failure': {
      const t = new Track(1.7, rate);
      t.note({ at: 0, dur: 0.3, hz: hz('G4'), wave: 'triangle', gain: 0.25, vibrato: 0.01, release: 0.06 });
      t.note({ at: 0.33, dur: 0.3, hz: hz('Eb4'), wave: 'triangle', gain: 0.25, vibrato: 0.01, release: 0.06 });
      t.note({ at: 0.66, dur: 0.6, hz: hz('C4'), glideTo: hz('A3'), wave: 'triangle', gain: 0.25, vibrato: 0.015, decay: 1.2, release: 0.25 });
      return t.echo(0.14, 0.2).normalize(0.65);
    }
    case 'warning': {
      const t = new Track(0.75, rate);
      ['A5', 'F5', 'A5', 'F5'].forEach((n, i) => t.note({ at: i * 0.15, dur: 0.12, hz: hz(n), wave: 'triangle', gain: 0.25, attack: 0.01, release: 0.03 }));
      return t.normalize(0.6);
    }
  }
}
