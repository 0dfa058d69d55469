// Loads the sim's engine (src/sim/engine.ts) after the first screen and hands it out once loaded.
// Every path that puts a game in play waits for `loadEngine()` first: loading a scenario
// (controller.ts), checking a save or a resume code, and opening a teacher's file. After that,
// machines and savers call `engine()` synchronously. A menu click that comes before the chunk is
// there goes through the app machine's `loading` state, which waits for it (see `engineReady`).

import { loadOnce } from '../content/load-once';

/** The engine's exports. */
export type Engine = typeof import('../sim/engine');

const chunk = loadOnce<Engine>(() => import('../sim/engine'));

/** Loads the engine (once; a failed load is tried again on the next call). */
export function loadEngine(): Promise<Engine> {
  return chunk.load();
}

/** Whether the engine has loaded, so `engine()` answers. */
export function engineReady(): boolean {
  return chunk.get() !== null;
}

/**
 * The loaded engine.
 * @throws when called before `loadEngine()` has finished: a path that starts a game without waiting for it
 */
export function engine(): Engine {
  const loaded = chunk.get();
  if (!loaded) throw new Error('The game engine was used before it loaded: wait for loadEngine() first');
  return loaded;
}
