// The one gate between level data and the game: schema first, then cross-references, with every
// problem reported as one line `file: path: message`. It never throws, whatever it is given,
// because a teacher's file or a corrupted download must end in a readable report, not a crash.

import type { Level } from '../sim/level';
import { describeError, issueLines, MAX_SUGGESTIONS } from './messages';
import { checkReferences } from './references';
import { levelSchema } from './schema';

/** The result of checking a level: the typed level, or the lines that explain why not. */
export type LevelResult = { ok: true; level: Level } | { ok: false; errors: string[] };

/** At most this many lines are reported; a last line says how many more there were. */
export const MAX_ERRORS = 40;

function report(file: string, lines: readonly string[]): { ok: false; errors: string[] } {
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, MAX_ERRORS).map((l) => `${file}: ${l}`);
  if (unique.length > MAX_ERRORS) shown.push(`${file}: (root): ${unique.length - MAX_ERRORS} more problems not shown`);
  return { ok: false, errors: shown };
}

/**
 * Checks `data` (parsed JSON) against the level schema and the file's internal references.
 * `file` names the file in every error line, e.g. `levels/december-2025.json`.
 */
export function validateLevel(file: string, data: unknown): LevelResult {
  try {
    const parsed = levelSchema.safeParse(data);
    if (!parsed.success) {
      const budget = { left: MAX_SUGGESTIONS };
      const lines = parsed.error.issues.flatMap((issue) => issueLines(issue, data, budget));
      return report(file, lines.length > 0 ? lines : ['(root): expected a level']);
    }
    const refs = checkReferences(parsed.data);
    return refs.length > 0 ? report(file, refs) : { ok: true, level: parsed.data };
  } catch (e) {
    return report(file, [`(root): could not be checked (${describeError(e)})`]);
  }
}
