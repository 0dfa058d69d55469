// What loading a scenario writes into the app machine's context: the scenario when the loader (or a
// teacher's own file) gives one, otherwise the problems found, one line each, for the error screen.

import { openTeacherFile } from '../content/level-gate';
import type { AppContext, LevelLoad } from './app-types';

/** A context change for xstate's `assign`. */
type Patch = Partial<AppContext>;

/** The loader gave the scenario: it is the one on screen now. */
export function levelLoaded(load: LevelLoad): Patch {
  return load.ok ? { level: load.level, error: null } : {};
}

/** The loader found problems in the scenario: one `file: path: message` line each. */
export function levelRefused(load: LevelLoad): Patch {
  return load.ok ? {} : { error: load.errors.join('\n') };
}

/** The loader itself failed (a network error, say): its message for the error screen. */
export function loaderFailed(error: unknown): Patch {
  return { error: String(error) };
}

/** A teacher's scenario file: it replaces the scenario on screen (with no game), or its problems show. */
export function teacherFileOpened(file: string, text: string): Patch {
  const r = openTeacherFile(file, text);
  return r.ok ? { level: r.level, levelId: r.level.id, game: null, error: null, question: null } : { error: r.errors.join('\n') };
}
