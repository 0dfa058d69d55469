// Scenario files read from text: a teacher's own file opened from the menu, or a shipped file read
// by the build and the command-line checker. Loaded on demand in the page (it brings the schema).

import { describeError, formatPath } from './messages';
import { duplicateKeys } from './duplicate-keys';
import { isShippedId } from './levels';
import { MAX_ERRORS, validateLevel, type LevelResult } from './validate';

/**
 * Parses JSON text (a shipped file, or one a teacher supplies) and validates it as a level.
 * A syntax error is reported as `file: (root): not valid JSON (…)`; a key written twice in one
 * object as `file: path: duplicate field "key" (line n; also on line m)`, before any other problem.
 */
export function loadLevelFromText(file: string, text: string): LevelResult {
  let data: unknown;
  if (text.trim() === '') return { ok: false, errors: [`${file}: (root): the file is empty, too large or could not be read`] };
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`${file}: (root): not valid JSON (${describeError(e)})`] };
  }
  const result = validateLevel(file, data);
  const repeated = duplicateKeys(json, MAX_ERRORS + 1);
  if (repeated.length === 0) return result;
  const lines = repeated.slice(0, MAX_ERRORS).map(({ path, firstLine, line }) =>
    `${file}: ${formatPath(path)}: duplicate field ${JSON.stringify(String(path[path.length - 1]))} (line ${line}; also on line ${firstLine}): keep one`);
  if (repeated.length > MAX_ERRORS) lines.push(`${file}: (root): more duplicate fields not shown`);
  return { ok: false, errors: [...lines, ...(result.ok ? [] : result.errors)] };
}

/**
 * A scenario file a teacher opens from the menu: checked like any level, and refused when its id
 * is one the game ships (its saves and campaign progress would be mixed up with the real one's).
 */
export function openTeacherLevel(file: string, text: string): LevelResult {
  const result = loadLevelFromText(file, text);
  if (!result.ok || !isShippedId(result.level.id)) return result;
  return {
    ok: false,
    errors: [`${file}: id: ${JSON.stringify(result.level.id)} is the id of a scenario that comes with the game; give your scenario an id of its own`],
  };
}
