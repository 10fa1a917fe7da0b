/** Registers the service worker (offline play after the first visit): once the first choice is on screen, or when idle on the title or picker. */
let registered = false;

/** Registers once; later calls do nothing. Failures only cost offline play, so they are logged, not shown. */
export function registerOffline(): void {
  // A course package (a meta element the packager writes) plays inside a learning platform: no service worker there.
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV || document.querySelector('meta[name="trade-game-lms"]')) return;
  registered = true;
  import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch((e: unknown) => console.warn('Offline play is not available:', e));
}

/** Registers when the browser is idle (a player who only opens the title should still get offline play). */
export function registerOfflineWhenIdle(): void {
  if (registered) return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => registerOffline(), { timeout: 5000 });
  else setTimeout(registerOffline, 2000);
}
