// Loads the play screens (play-screens.ts) after the menu: `mount.ts` starts the load once a first
// real screen has been painted and holds a snapshot of a play screen until the chunk is there. The
// service worker precaches the chunk and the single-file build inlines it, so this works offline.

import type { Screen } from '../machines/view-model';

/** The loaded module's exports. */
export type PlayScreens = typeof import('./play-screens');

/** The screens drawn by the play chunk. */
export const PLAY_SCREENS: ReadonlySet<Screen> = new Set(['situation', 'acting', 'responding', 'world', 'debrief', 'precheck', 'postcheck', 'seat']);

let loaded: PlayScreens | null = null;
let pending: Promise<PlayScreens> | null = null;

/** The play screens once loaded, else null. */
export function playScreens(): PlayScreens | null {
  return loaded;
}

/** Loads the play screens (once; a failed load is tried again on the next call). */
export function loadPlayScreens(): Promise<PlayScreens> {
  pending ??= import('./play-screens').then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
