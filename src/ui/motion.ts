// Motion: the reduced-motion setting (defaulting to the system's prefers-reduced-motion, persisted
// once the player chooses) and the screen transition. The setting is published as
// `data-motion="reduced"` on <html>: CSS durations drop to zero there, and the map reads the same
// attribute, so one switch governs every animation in the game.

import { readSettings, writeSettings, type Storage } from '../platform/storage';

/** The reduced-motion switch the settings screen edits. */
export interface MotionPort {
  reduced(): boolean;
  setReduced(on: boolean): void;
}

/** Whether the system asks for reduced motion. */
function systemPrefersReduced(win: Window | null): boolean {
  try {
    return win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  } catch {
    return false;
  }
}

/** Reads the setting, applies it to `doc` and starts the screen transitions; returns the switch. */
export function initMotion(storage: Storage, doc: Document = document): MotionPort {
  const stored = readSettings(storage).reducedMotion;
  let reduced = typeof stored === 'boolean' ? stored : systemPrefersReduced(doc.defaultView);
  const apply = () => {
    if (reduced) doc.documentElement.dataset['motion'] = 'reduced';
    else delete doc.documentElement.dataset['motion'];
  };
  apply();
  watchScreens(doc);
  return {
    reduced: () => reduced,
    setReduced(on) {
      reduced = on;
      writeSettings(storage, { reducedMotion: on });
      apply();
    },
  };
}

/**
 * Plays the entrance animation when the screen changes (not when the same screen re-draws, e.g.
 * after picking a term), by watching the `data-screen` attribute the DOM layer sets on #app.
 */
function watchScreens(doc: Document): void {
  const app = doc.getElementById('app');
  const Observer = doc.defaultView?.MutationObserver;
  if (!app || !Observer) return;
  new Observer((records) => {
    const changed = records.some((r) => r.oldValue !== app.dataset['screen']);
    const screen = app.firstElementChild;
    if (!changed || !(screen instanceof HTMLElement)) return;
    screen.classList.add('screen-enter');
    screen.addEventListener('animationend', () => screen.classList.remove('screen-enter'), { once: true });
  }).observe(app, { attributes: true, attributeFilter: ['data-screen'], attributeOldValue: true });
}
