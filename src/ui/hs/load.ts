/**
 * Loads public/hs2022.json once, lazily (the first time the explorer opens),
 * relative to the page so the game works from any sub-folder.
 */
import { decodeHsData } from './data';
import { createHsIndex, type HsIndex } from './search';

let pending: Promise<HsIndex> | null = null;

/** The HS index, fetched and built on first use; a failed load can be retried. */
export function loadHsIndex(): Promise<HsIndex> {
  if (!pending) {
    pending = (async () => {
      const response = await fetch(new URL('hs2022.json', document.baseURI));
      if (!response.ok) throw new Error(`hs2022.json: HTTP ${response.status}`);
      return createHsIndex(decodeHsData(await response.json()));
    })();
    pending.catch(() => { pending = null; });
  }
  return pending;
}
