// Registers the offline worker (generated at build time as sw.js, see scripts/offline-worker.ts)
// when the game is served over http(s) from a production build. From file:// (the single-file
// build) or the dev server there is no worker; the game simply loads from where it is.

/** Starts the service worker if this page can have one; failures are only logged as warnings. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
    console.warn(`Offline mode unavailable (${e instanceof Error ? e.message : String(e)})`);
  });
}
