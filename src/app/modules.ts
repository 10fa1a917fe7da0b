/**
 * Lazy modules of the other parts of the game (world, audio, report, HS
 * explorer, about), each loaded only when needed and each its own chunk,
 * with the interfaces the app uses them through. Loading through
 * import.meta.glob keeps the app working while a part is absent: the loader
 * is then undefined and the app goes on without it.
 */
import type { FeedbackMode, GameState, Report, ViewModel } from '../engine';
import type { Scenario } from '../scenario';
import type { UiContext } from '../ui/context';
import type { World, WorldView } from '../world/types';

/** What the world draws (src/world/index.ts): its own type-only module, so no Phaser code is pulled in. */
export type { World, WorldView };
export interface WorldModule { mountWorld(parent: HTMLElement, initial: WorldView): Promise<World> }

/** Sounds (src/audio/index.ts). */
export type SoundCue = 'choice' | 'money' | 'day' | 'chance' | 'success' | 'failure' | 'warning';
export interface Audio {
  unlock(): void;
  play(cue: SoundCue): void;
  setVolumes(v: { music: number; effects: number }): void;
  setMusic(on: boolean): void;
}
export interface AudioModule { createAudio(): Audio }

/** The report screen (src/ui/report/index.ts). */
export interface ReportInput {
  report: Report; view: ViewModel; scenario: Scenario; resultCode: string; mode: FeedbackMode; state?: GameState; authentic?: boolean;
  ctx: UiContext; onPlayAgain(): void; onMenu(): void;
}
export interface ReportModule { renderReport(root: HTMLElement, input: ReportInput): void }

/** The HS explorer (src/ui/hs/index.ts). */
export interface HsInput { ctx: UiContext; candidates: string[]; onClose(): void; returnFocus: HTMLElement }
export interface HsModule { openHsExplorer(input: HsInput): void }

/** The about screen (src/ui/about/index.ts). */
export interface AboutInput { ctx: UiContext; scenario?: Scenario; onBack(): void }
export interface AboutModule { renderAbout(root: HTMLElement, input: AboutInput): void }

const world = import.meta.glob<WorldModule>('../world/index.ts');
const audio = import.meta.glob<AudioModule>('../audio/index.ts');
const report = import.meta.glob<ReportModule>('../ui/report/index.ts');
const hs = import.meta.glob<HsModule>('../ui/hs/index.ts');
const about = import.meta.glob<AboutModule>('../ui/about/index.ts');

const first = <T>(m: Record<string, () => Promise<T>>): (() => Promise<T>) | undefined => Object.values(m)[0];

/** Loaders of the lazy parts; undefined when a part is not in this build. */
export const lazy = {
  world: first(world),
  audio: first(audio),
  report: first(report),
  hs: first(hs),
  about: first(about),
};
