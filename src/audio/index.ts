/**
 * The game's sound, through howler. Nothing is made or played before unlock() (the player's first
 * gesture); then every sound is synthesised in code (src/audio/sounds.ts), packed as WAV and handed
 * to howler as a blob URL. Howler itself is loaded lazily at that moment. Music pauses while the
 * page is hidden.
 */
import type { Howl as HowlType } from 'howler';
import { encodeWav, SAMPLE_RATE } from './synth';
import { CUES, renderCue, renderMusicGently, type SoundCue } from './sounds';

export type { SoundCue } from './sounds';

/** The sound API the app uses. */
export interface Audio {
  /** Call on the first user gesture: loads howler and makes the sounds. */
  unlock(): void;
  play(cue: SoundCue): void;
  /** Volumes from 0 to 1. */
  setVolumes(v: { music: number; effects: number }): void;
  setMusic(on: boolean): void;
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/** A blob URL of a WAV made from samples. */
function wavUrl(samples: Float32Array): string {
  const bytes = encodeWav(samples, SAMPLE_RATE);
  return URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: 'audio/wav' }));
}

/** Cues asked for together (a choice that costs money and days) play this far apart, not on top of each other. */
const CUE_SPACING_MS = 120;

/** Yields to the browser so making sounds never blocks a frame for long. */
const idle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Creates the game's audio. Silent until unlock(). */
export function createAudio(): Audio {
  let volumes = { music: 0.5, effects: 0.8 };
  let musicOn = false;
  let loading: Promise<void> | null = null;
  let nextCueAt = 0;
  const effects = new Map<SoundCue, HowlType>();
  let music: HowlType | null = null;

  const applyMusic = () => {
    if (!music) return;
    music.volume(volumes.music);
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const wanted = musicOn && volumes.music > 0 && !hidden;
    if (wanted && !music.playing()) {
      music.play();
      music.fade(0, volumes.music, 1200);
    } else if (!wanted && music.playing()) {
      music.pause();
    }
  };

  const load = async () => {
    const { Howl } = await import('howler');
    const make = (samples: Float32Array, loop: boolean) => {
      // The URL stays valid for the page's life: HTML5-audio fallbacks reload it for each new voice.
      return new Howl({ src: [wavUrl(samples)], format: ['wav'], loop, volume: loop ? volumes.music : volumes.effects });
    };
    for (const cue of CUES) {
      effects.set(cue, make(renderCue(cue), false));
      await idle();
    }
    music = make(await renderMusicGently(idle), true);
    applyMusic();
  };

  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', applyMusic);

  return {
    unlock() {
      loading ??= load().catch((e: unknown) => { console.warn('Sound is not available:', e); });
    },
    play(cue) {
      const howl = effects.get(cue);
      if (!howl || volumes.effects <= 0) return;
      const now = performance.now();
      const at = Math.max(now, nextCueAt);
      nextCueAt = at + CUE_SPACING_MS;
      const go = () => {
        howl.volume(volumes.effects);
        howl.play();
      };
      if (at <= now) go();
      else setTimeout(go, at - now);
    },
    setVolumes(v) {
      volumes = { music: clamp01(v.music), effects: clamp01(v.effects) };
      applyMusic();
    },
    setMusic(on) {
      musicOn = on;
      applyMusic();
    },
  };
}
