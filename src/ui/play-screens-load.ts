// Loads the play screens (play-screens.ts) after the menu: `mount.ts` starts the load once a first
// real screen has been painted and holds a snapshot of a play screen until the chunk is there. The
// service worker precaches the chunk and the single-file build inlines it, so this works offline.

import type { Screen } from '../machines/view-model';
import { loadOnce } from '../content/load-once';

/** The loaded module's exports. */
export type PlayScreens = typeof import('./play-screens');

/** The screens drawn by the play chunk. */
export const PLAY_SCREENS: ReadonlySet<Screen> = new Set(['situation', 'acting', 'responding', 'world', 'debrief', 'precheck', 'postcheck', 'seat']);

const chunk = loadOnce<PlayScreens>(() => import('./play-screens'));

/** The play screens once loaded, else null. */
export function playScreens(): PlayScreens | null {
  return chunk.get();
}

/** Loads the play screens (once; a failed load is tried again on the next call). */
export function loadPlayScreens(): Promise<PlayScreens> {
  return chunk.load();
}
