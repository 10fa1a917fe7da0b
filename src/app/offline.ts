/** Registers the service worker (offline play after the first visit), once the first choice is on screen. */
let registered = false;

/** Registers once; later calls do nothing. Failures only cost offline play, so they are logged, not shown. */
export function registerOffline(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registered = true;
  import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch((e: unknown) => console.warn('Offline play is not available:', e));
}
