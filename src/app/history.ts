/**
 * The browser's history as the app's screen stack: each screen the app shows
 * is an entry (pushed, or replacing the current one), so Back returns to the
 * previous screen of the game. Entries carry { screen, depth }; a popstate is
 * passed on as the place the browser went to. Returning to a screen already
 * in the stack (the title, the picker) goes back to its entry instead of
 * piling up new ones.
 */
import type { Place, Screen } from './screens';

const KEY = 'tradeGame';

/** The place stored in a history entry's state, if the app wrote it. */
export function placeOf(state: unknown): Place | null {
  const p = (state as Record<string, unknown> | null)?.[KEY] as Partial<Place> | undefined;
  return p && typeof p.screen === 'string' && typeof p.depth === 'number' ? { screen: p.screen as Screen, depth: p.depth } : null;
}

/** Screens that show the same thing whenever they are returned to (so an earlier entry can be reused). */
const REUSABLE: readonly Screen[] = ['title', 'picker'];

/**
 * The earlier entry to return to instead of pushing `screen` (or -1): the one just before for any screen
 * (e.g. back to the game from the about screen opened over it), or, for the title and the picker, the
 * latest one with no game after it (Back from there still leads through the game).
 */
export function entryToReuse(stack: readonly Screen[], depth: number, screen: Screen): number {
  if (depth <= 0) return -1;
  if (stack[depth - 1] === screen) return depth - 1;
  if (!REUSABLE.includes(screen)) return -1;
  const earlier = stack.lastIndexOf(screen, depth - 1);
  return earlier >= 0 && stack.slice(earlier + 1, depth + 1).every((s) => s !== 'play') ? earlier : -1;
}

export class ScreenHistory {
  /** The screens of the entries this page wrote, by depth (the browser's own list is not readable). */
  private stack: Screen[] = [];
  private depth = 0;
  /** Pops the app caused itself (history.go), not to be passed on. */
  private expectedPops = 0;
  private readonly onPop = (e: PopStateEvent) => this.popped(e.state);

  /** Whether this page wrote an entry yet (its first screen replaces the entry it was loaded in). */
  private recorded = false;
  /** Whether the page was loaded into an entry the app wrote before (a reload, or Back from another site). */
  readonly reloaded: boolean;

  constructor(private readonly moved: (to: Place) => void) {
    window.addEventListener('popstate', this.onPop);
    // The app shows each screen from its top; the browser's scroll restoration would apply the previous screen's offset.
    history.scrollRestoration = 'manual';
    // A reload keeps the entries before it: continue their numbering.
    const loaded = placeOf(history.state);
    if (loaded) this.depth = loaded.depth;
    this.reloaded = loaded !== null;
  }

  /** The place of the current entry. */
  get current(): Place {
    return { screen: this.stack[this.depth] ?? 'title', depth: this.depth };
  }

  /** Writes the entry of a screen the app shows, at `url` (the address bar of that screen). */
  record(screen: Screen, how: 'push' | 'replace', url: URL): void {
    // Showing the screen already on top (e.g. the title behind a deep link): replace, do not stack.
    if (how === 'push' && this.stack[this.depth] === screen && REUSABLE.includes(screen)) how = 'replace';
    const earlier = how === 'push' ? entryToReuse(this.stack, this.depth, screen) : -1;
    if (earlier >= 0) {
      // Return to that entry, so the browser's Back goes where it went before.
      this.expectedPops++;
      history.go(earlier - this.depth);
      this.depth = earlier;
      this.stack.length = earlier + 1;
      return;
    }
    const first = !this.recorded;
    this.recorded = true;
    if (how === 'push' && !first) this.depth++;
    this.stack.length = this.depth;
    this.stack[this.depth] = screen;
    const state = { ...(history.state as object | null), [KEY]: { screen, depth: this.depth } satisfies Place };
    if (how === 'push' && !first) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  }

  /** Puts the current entry back on top after the browser left it (a game waiting for "leave?"). */
  hold(place: Place, url: URL): void {
    this.depth = place.depth;
    this.stack.length = place.depth;
    this.stack[place.depth] = place.screen;
    history.pushState({ [KEY]: place }, '', url);
  }

  /** Changes the current entry's address (e.g. the game's language) without a new entry. */
  retitle(url: URL): void {
    history.replaceState(history.state, '', url);
  }

  /** Goes back one entry for real (the player confirmed leaving the game). */
  back(): void {
    history.back();
  }

  private popped(state: unknown): void {
    if (this.expectedPops > 0) {
      this.expectedPops--;
      return;
    }
    const place = placeOf(state) ?? { screen: 'title', depth: 0 };
    this.depth = place.depth;
    this.stack[place.depth] = place.screen;
    this.moved(place);
  }
}
