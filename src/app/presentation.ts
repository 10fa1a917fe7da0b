/**
 * The world and the sound, both decorative and both lazy: the world (Phaser)
 * is loaded only after the first choice is on screen and fades in behind the
 * DOM; sounds play only after the player's first gesture. Each sound has a
 * visual cue (see cuesFor and the HUD/outcome screens).
 */
import type { EffectView, HudView, ViewModel } from '../engine';
import type { Scenario } from '../scenario';
import { cargoOf, endingHost, eventOf } from '../world/story';
import { lazy, type Audio, type SoundCue, type World, type WorldView } from './modules';

/** The sounds for one step, most important last (the choice click first). */
export function cuesFor(effects: readonly EffectView[], before: HudView, after: HudView): SoundCue[] {
  const cues: SoundCue[] = ['choice'];
  if (after.money < before.money) cues.push('money');
  if (after.day > before.day) cues.push('day');
  if ((after.lowMoney && !before.lowMoney) || (after.lowTime && !before.lowTime) || (after.behindSchedule && !before.behindSchedule) || effects.some((e) => e.type === 'rule')) cues.push('warning');
  // A fixed step (only one outcome could happen) is not luck: no dice.
  if (effects.some((e) => e.type === 'chance' && !e.certain)) cues.push('chance');
  const ending = effects.find((e) => e.type === 'ending');
  if (ending && ending.type === 'ending') cues.push(ending.kind === 'success' ? 'success' : 'failure');
  return cues;
}

/** Owns the world and the audio for the page. */
export class Presentation {
  private world: World | null = null;
  private audio: Audio | null = null;
  private loading: Promise<void> | null = null;
  private gestured = false;
  private pending: WorldView | null = null;
  /** Whether a game is on screen (the world is shown only behind a game). */
  private showing = false;
  private volumes = { music: 0, effects: 0 };

  constructor(private readonly layer: HTMLElement) {
    const onGesture = () => {
      this.gestured = true;
      this.audio?.unlock();
      this.applyVolumes();
      window.removeEventListener('pointerdown', onGesture, true);
      window.removeEventListener('keydown', onGesture, true);
    };
    window.addEventListener('pointerdown', onGesture, true);
    window.addEventListener('keydown', onGesture, true);
    window.addEventListener('resize', () => this.world?.resize());
  }

  /** Loads the world and the audio once (call when the first choice is on screen). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const [worldModule, audioModule] = await Promise.all([lazy.world?.().catch(report), lazy.audio?.().catch(report)]);
      if (audioModule) {
        this.audio = audioModule.createAudio();
        if (this.gestured) this.audio.unlock();
        this.applyVolumes();
      }
      if (worldModule && this.pending) {
        try {
          this.world = await worldModule.mountWorld(this.layer, this.pending);
          // The player may have left the game while the world was loading.
          if (this.showing) this.layer.classList.add('ready');
          this.world.show(this.pending);
        } catch (e) {
          report(e); // the world is decoration: the game goes on without it
        }
      }
    })();
    return this.loading;
  }

  /** Shows a view in the world (kept until the world is mounted). */
  show(view: WorldView): void {
    this.pending = view;
    this.showing = true;
    if (this.world) {
      this.layer.classList.add('ready'); // back after hideWorld (restart, play again, continue)
      this.world.show(view);
    }
  }

  /** Plays sounds (only after the first gesture). */
  play(cues: readonly SoundCue[]): void {
    if (!this.gestured || !this.audio) return;
    for (const c of cues) this.audio.play(c);
  }

  /** Sets volumes 0–1; music plays while its volume is above 0. */
  setVolumes(music: number, effects: number): void {
    this.volumes = { music, effects };
    this.applyVolumes();
  }

  private insets = '';

  /**
   * Tells the world which part of the screen the DOM leaves visible (CSS px: below the HUD, right of
   * the story panel on wide screens, above it on phones), so it composes its picture there.
   */
  setInsets(insets: { top: number; left: number; bottom: number }): void {
    const key = `${Math.round(insets.top)},${Math.round(insets.left)},${Math.round(insets.bottom)}`;
    if (key === this.insets) return;
    this.insets = key;
    this.layer.style.setProperty('--world-top', String(Math.round(insets.top)));
    this.layer.style.setProperty('--world-left', String(Math.round(insets.left)));
    this.layer.style.setProperty('--world-bottom', String(Math.round(insets.bottom)));
    this.world?.resize();
  }

  /** Removes the world (leaving the game). */
  hideWorld(): void {
    this.showing = false;
    this.layer.classList.remove('ready');
  }

  private applyVolumes(): void {
    if (!this.audio) return;
    this.audio.setVolumes(this.volumes);
    if (this.gestured) this.audio.setMusic(this.volumes.music > 0);
  }
}

/** The world's view of a game; with the scenario, what travels and (showEvent) the event that just landed. */
export function worldViewOf(view: ViewModel, places: { origin: string; destination: string }, speakerName: string | null, display: { highContrast: boolean; reducedMotion: boolean }, story?: { scenario: Scenario; showEvent: boolean }): WorldView {
  const event = story?.showEvent ? eventOf(view, story.scenario) : null;
  return {
    cargo: story ? cargoOf(story.scenario.product) : 'cartons',
    event,
    endingKind: view.ending?.kind ?? null,
    // While a chance outcome is shown, the world stays where it happened (a storm at sea, not in the next office).
    stage: view.ending ? view.stage : event?.stage ?? view.stage, mode: view.hud.mode, day: view.hud.day, deadline: view.hud.deadline,
    origin: places.origin, destination: places.destination,
    speaker: view.speaker && speakerName ? { look: view.speaker.look, name: speakerName } : view.ending && story ? endingHost(story.scenario) : null,
    ended: view.ending ? (view.ending.kind === 'success' ? 'success' : 'failure') : null,
    ...display,
  };
}

function report(e: unknown): undefined {
  console.warn('A decorative part of the game could not be loaded:', e);
  return undefined;
}
