/**
 * A tiny synthesiser: every sound of the game is computed here as PCM samples (oscillators,
 * envelopes, filtered noise, a short echo) and packed into WAV bytes. Pure: no DOM, no clock,
 * no Math.random (noise comes from a seeded generator), so it is tested in Node.
 */

/** Sample rate of every sound: plenty for soft, round tones, and small. */
export const SAMPLE_RATE = 22050;

/** Oscillator shapes. */
export type Wave = 'sine' | 'triangle' | 'soft-square' | 'bell' | 'pluck';

/** Frequency of a note name like "C4", "F#5", "Bb3" (A4 = 440 Hz). */
export function noteHz(name: string): number {
  const m = /^([A-G])([#b]?)(-?\d)$/.exec(name);
  if (!m) throw new Error(`not a note: ${name}`);
  const semis: Record<string, number> = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 };
  const shift = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  const n = (semis[m[1] as string] as number) + shift + (Number(m[3]) - 4) * 12;
  return 440 * 2 ** (n / 12);
}

const TABLE_SIZE = 4096;
const SINE = Float32Array.from({ length: TABLE_SIZE + 1 }, (_, i) => Math.sin((2 * Math.PI * i) / TABLE_SIZE));
const SOFT_SQUARE = Float32Array.from(SINE, (v) => Math.tanh(v * 3) * 0.8);

/** Table lookup with linear interpolation; `cycles` is the phase in whole cycles (any size). */
function look(table: Float32Array, cycles: number): number {
  const x = (cycles - Math.floor(cycles)) * TABLE_SIZE;
  const i = x | 0;
  const a = table[i] as number;
  return a + ((table[i + 1] as number) - a) * (x - i);
}

/** One sample of a wave at a phase given in cycles. */
function osc(wave: Wave, cycles: number): number {
  switch (wave) {
    case 'sine': return look(SINE, cycles);
    case 'triangle': {
      const p = cycles - Math.floor(cycles);
      return p < 0.25 ? 4 * p : p < 0.75 ? 2 - 4 * p : 4 * p - 4;
    }
    case 'soft-square': return look(SOFT_SQUARE, cycles);
    case 'bell': return 0.7 * look(SINE, cycles) + 0.2 * look(SINE, cycles * 2.76) + 0.1 * look(SINE, cycles * 5.4);
    case 'pluck': return 0.75 * look(SINE, cycles) + 0.25 * look(SINE, cycles * 4);
  }
}

/** A note to mix into a buffer. */
export interface Note {
  /** Start and length in seconds. */
  at: number;
  dur: number;
  hz: number;
  wave?: Wave;
  gain?: number;
  /** Attack and release in seconds; `decay` > 0 makes the note fade exponentially (per second). */
  attack?: number;
  release?: number;
  decay?: number;
  /** Glide to this frequency over the note. */
  glideTo?: number;
  /** Vibrato depth (fraction of the frequency) at 5.5 Hz. */
  vibrato?: number;
}

/** A mono buffer of samples; `wrap` mixes past the end back into the start (seamless loops). */
export class Track {
  readonly data: Float32Array;
  constructor(readonly seconds: number, readonly rate = SAMPLE_RATE, readonly wrap = false) {
    this.data = new Float32Array(Math.round(seconds * rate));
  }

  private mix(i: number, v: number): void {
    const len = this.data.length;
    if (i < len) this.data[i] = (this.data[i] as number) + v;
    else if (this.wrap) this.data[i % len] = (this.data[i % len] as number) + v;
  }

  /** Mixes in one note. */
  note(n: Note): this {
    const { rate } = this;
    const attack = n.attack ?? 0.005;
    const release = n.release ?? 0.05;
    const gain = n.gain ?? 0.3;
    const wave = n.wave ?? 'sine';
    const start = Math.round(n.at * rate);
    const count = Math.round((n.dur + release) * rate);
    const attackEnd = Math.max(1, Math.round(attack * rate));
    const releaseStart = Math.round(n.dur * rate);
    const releaseLen = Math.max(1, Math.round(release * rate));
    const decayStep = n.decay ? Math.exp(-n.decay / rate) : 1;
    const vibrato = n.vibrato ?? 0;
    let cycles = 0;
    let decay = 1;
    for (let k = 0; k < count; k++) {
      let f = n.glideTo ? n.hz + (n.glideTo - n.hz) * Math.min(1, k / releaseStart) : n.hz;
      if (vibrato) f *= 1 + vibrato * look(SINE, (5.5 * k) / rate);
      cycles += f / rate;
      let env = k < attackEnd ? k / attackEnd : 1;
      env *= decay;
      decay *= decayStep;
      if (k > releaseStart) env *= Math.max(0, 1 - (k - releaseStart) / releaseLen);
      this.mix(start + k, osc(wave, cycles) * env * gain);
    }
    return this;
  }

  /** Mixes in filtered noise (a shaker, a drum roll, a click): `tone` 0 (dark) … 1 (bright). */
  noise(at: number, dur: number, gain: number, tone: number, seed: number, shape: 'hit' | 'swell' = 'hit'): this {
    const start = Math.round(at * this.rate);
    const count = Math.round(dur * this.rate);
    let s = seed >>> 0;
    let low = 0;
    for (let k = 0; k < count; k++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const white = s / 2147483648 - 1;
      low += (white - low) * (0.05 + 0.6 * (1 - tone));
      const sample = tone > 0.5 ? white - low : low;
      const x = k / count;
      const env = shape === 'hit' ? Math.exp(-x * 8) * Math.min(1, k / 20) : Math.sin(Math.PI * x) ** 2;
      this.mix(start + k, sample * env * gain);
    }
    return this;
  }

  /** A short room echo (two taps), wrapping for loops. */
  echo(delay = 0.12, amount = 0.22): this {
    const src = Float32Array.from(this.data);
    for (const [d, a] of [[delay, amount], [delay * 2.1, amount * 0.45]] as const) {
      const off = Math.round(d * this.rate);
      for (let i = 0; i < src.length; i++) this.mix(i + off, (src[i] as number) * a);
    }
    return this;
  }

  /** Scales so the loudest sample is `peak` (never above 1: no clipping). */
  normalize(peak = 0.85): Float32Array {
    let max = 0;
    for (const v of this.data) max = Math.max(max, Math.abs(v));
    const k = max > 0 ? peak / max : 0;
    for (let i = 0; i < this.data.length; i++) this.data[i] = (this.data[i] as number) * k;
    return this.data;
  }
}

/** Packs mono samples in [-1, 1] into a 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, rate = SAMPLE_RATE): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => { for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i); };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i] as number));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}
