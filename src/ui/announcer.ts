/**
 * The aria-live regions: one polite, one assertive. A message is written into
 * an emptied region on the next frame so screen readers announce repeats too.
 */
import type { UiContext } from './context';

/** Creates the live regions inside a parent and returns the announce function. */
export function createAnnouncer(parent: HTMLElement): UiContext['announce'] {
  const make = (politeness: 'polite' | 'assertive') => {
    const region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.dataset.live = politeness;
    parent.append(region);
    return region;
  };
  const regions = { polite: make('polite'), assertive: make('assertive') };
  return (message, politeness = 'polite') => {
    const region = regions[politeness];
    region.textContent = '';
    requestAnimationFrame(() => {
      region.textContent = message;
    });
  };
}
