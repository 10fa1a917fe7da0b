/**
 * The aria-live regions: one polite, one assertive. A message is written into
 * an emptied region on the next frame so screen readers announce repeats too.
 * While a modal dialog is open, the page behind it is inert and browsers
 * ignore its live regions: messages then go into regions inside the topmost
 * open dialog, created on demand.
 */
import type { UiContext } from './context';

type Politeness = 'polite' | 'assertive';

function makeRegion(parent: Element, politeness: Politeness): HTMLElement {
  const region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.dataset.live = politeness;
  parent.append(region);
  return region;
}

/** The live region of a politeness inside the topmost open modal dialog, if one is open. */
function dialogRegion(politeness: Politeness): HTMLElement | null {
  const dialogs = [...document.querySelectorAll('dialog[open]')];
  const top = dialogs[dialogs.length - 1];
  if (!top) return null;
  return top.querySelector<HTMLElement>(`:scope > [data-live="${politeness}"]`) ?? makeRegion(top, politeness);
}

/** Creates the live regions inside a parent and returns the announce function. */
export function createAnnouncer(parent: HTMLElement): UiContext['announce'] {
  const regions = { polite: makeRegion(parent, 'polite'), assertive: makeRegion(parent, 'assertive') };
  return (message, politeness = 'polite') => {
    const region = dialogRegion(politeness) ?? regions[politeness];
    region.textContent = '';
    requestAnimationFrame(() => {
      region.textContent = message;
    });
  };
}
