// A page of an older version can ask for a lazily loaded file (a language, a scenario, the map)
// that the server no longer has. Vite then fires `vite:preloadError`; the page reloads once, which
// brings the current version with the player's settings (language included) kept in storage.
// A second failure within a minute is left to the normal error handling, so a broken server never
// makes the page reload in a loop.

const KEY = 'asean-mediator:preload-reload';
const GUARD_MS = 60_000;

/** Where the guard keeps the time of the last reload (sessionStorage in the browser). */
export interface ReloadMemory {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Whether a failed lazy load should reload the page now, remembering the time if so.
 * False when a reload already happened within the last minute, or when nothing can be remembered.
 */
export function shouldReload(memory: ReloadMemory | null, now: number): boolean {
  if (!memory) return false;
  try {
    const last = Number(memory.getItem(KEY));
    if (Number.isFinite(last) && last > 0 && now - last < GUARD_MS && now >= last) return false;
    memory.setItem(KEY, String(now));
    return true;
  } catch {
    return false;
  }
}

function sessionMemory(): ReloadMemory | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Listens for failed lazy imports and reloads once (see the header). */
export function recoverFromStaleChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (!shouldReload(sessionMemory(), Date.now())) return;
    event.preventDefault();
    location.reload();
  });
}
