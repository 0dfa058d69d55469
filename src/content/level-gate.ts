// The menu's "Open a scenario file" reaches the checker through here. The checker brings the schema
// library, so the page loads it only when a file is opened (level-file.ts); the app machine, which
// must answer at once, calls `openTeacherFile` once `loadLevelChecker()` has finished.

import type { LevelResult } from './validate';

let openFile: ((file: string, text: string) => LevelResult) | null = null;

/** Loads the checker for scenario files (the schema library with it); call before `openTeacherFile`. */
export async function loadLevelChecker(): Promise<void> {
  const m = await import('./level-file');
  openFile = m.openTeacherLevel;
}

/**
 * A scenario file a teacher opens from the menu, checked as in level-file.ts `openTeacherLevel`.
 * Until `loadLevelChecker()` has finished, it answers that the checker is not ready.
 */
export function openTeacherFile(file: string, text: string): LevelResult {
  return openFile ? openFile(file, text) : { ok: false, errors: [`${file}: (root): the scenario checker has not loaded yet; open the file again`] };
}
