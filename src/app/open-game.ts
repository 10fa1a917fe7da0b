/**
 * Opening a scenario: load it, then continue its save, start a new game, or
 * follow a link to a game (which resumes a save of the same seed). A save that
 * cannot be read, or a link to another game than the saved one, is the
 * player's decision (a dialog); a saved game is never overwritten silently.
 */
import type { FeedbackMode } from '../engine';
import { plainText } from '../ui/plain-text';
import { openLinkChoice } from '../ui/screens/link-choice';
import { openSaveProblem } from '../ui/screens/save-problem';
import { loadScenarioFor, type LoadedScenario } from './catalog';
import { randomSeed } from './deep-link';
import { deleteSave, keepSaveAside } from './saves';
import type { Services } from './services';
import { Session } from './session';

export type OpenMode = 'continue' | 'new' | 'link';

/** What opening a scenario asks the app to do. */
export interface OpenHost {
  enterGame(session: Session): void;
  showProblem(error: Error): void;
  /** The player set an unreadable save aside instead of playing. */
  savedAside(): void;
  /** A dialog is open over the current screen (nothing to re-render on a language change). */
  dialogOpen(): void;
}

/**
 * Opens a scenario in `mode`. A new game is played in `feedback` (by default the player's setting); a
 * saved one in its own mode.
 */
export async function openGame(services: Services, host: OpenHost, id: string, mode: OpenMode, seed: number | null, preloaded?: Promise<LoadedScenario | Error>, feedback?: FeedbackMode): Promise<void> {
  const loaded = preloaded ? await preloaded : await loadScenarioFor(id, services.lang).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  if (loaded instanceof Error) return host.showProblem(loaded);
  const { scenario, translation } = loaded;
  const fresh = () => host.enterGame(Session.start(scenario, translation, seed ?? randomSeed(), feedback ?? services.settings.feedbackMode, services.store.sink));
  if (mode === 'new') return fresh();
  const save = services.store.read(scenario);
  if (save.kind === 'none') return fresh();
  const ctx = services.ctx(loaded);
  const scenarioTitle = plainText(ctx, { key: 'title', text: scenario.title });
  if (save.kind === 'ok') {
    const saved = new Session(scenario, translation, save.game, save.mode, services.store.sink);
    if (mode !== 'link' || seed === null || save.game.seed === seed) return host.enterGame(saved);
    // A link to another game of this scenario: the player decides.
    host.dialogOpen();
    openLinkChoice({
      ctx, scenarioTitle,
      onContinue: () => host.enterGame(saved),
      onLinked: () => {
        keepSaveAside(scenario.id);
        fresh();
      },
    });
    return;
  }
  host.dialogOpen();
  openSaveProblem({
    ctx, scenarioTitle, error: save.error,
    onStartOver: () => {
      deleteSave(scenario.id);
      fresh();
    },
    onKeep: () => {
      keepSaveAside(scenario.id);
      services.announce(services.ctx().t('ui:saveProblem.kept'));
      host.savedAside();
    },
  });
}
