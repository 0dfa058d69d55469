// The registry of shipped levels. Each level is a JSON file under levels/, loaded on demand (its
// own chunk in the build) and validated before use, so the game only ever holds checked data.

import { describeError, formatPath } from './messages';
import { duplicateKeys } from './duplicate-keys';
import { MAX_ERRORS, validateLevel, type LevelResult } from './validate';
import { generateLevel } from '../sim/generate';
import { crisisTitle, crisisWords } from './level-i18n';

/** The campaign's last entry: a crisis generated from the December template and a number. */
export const OPEN_CRISIS = 'open-crisis';
const OPEN_CRISIS_ID = /^open-crisis(?:-(\d{1,9}))?$/;

const LOADERS = {
  'chong-bok-2025': () => import('../../levels/chong-bok-2025.json'),
  'july-2025': () => import('../../levels/july-2025.json'),
  'august-2025': () => import('../../levels/august-2025.json'),
  'october-2025': () => import('../../levels/october-2025.json'),
  'december-2025': () => import('../../levels/december-2025.json'),
} satisfies Record<string, () => Promise<{ default: unknown }>>;

/** Id of a shipped level. */
export type LevelId = keyof typeof LOADERS;

/** Ids of the shipped levels, in campaign order. */
export const LEVEL_IDS: readonly string[] = [...(Object.keys(LOADERS) as LevelId[]), OPEN_CRISIS];

function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
}

/** The file name used in error lines for a level id. */
export function levelFile(id: string): string {
  return `levels/${safeId(id)}.json`;
}

function isLevelId(id: string): id is LevelId {
  return Object.prototype.hasOwnProperty.call(LOADERS, id);
}

/** Whether an id names a shipped level or a generated open crisis (`open-crisis-<number>`). */
export function isKnownLevel(id: string): boolean {
  return isLevelId(id) || OPEN_CRISIS_ID.test(id);
}

/** Generates open crisis number n from the December scenario, and validates it like a file. */
async function openCrisis(id: string, n: number): Promise<LevelResult> {
  const template = await loadLevel('december-2025');
  if (!template.ok) return template;
  const level = generateLevel(template.level, n, crisisWords(template.level, 'en'));
  return validateLevel(levelFile(id), { ...level, id, title: crisisTitle(id, 'en') });
}

/** Loads and validates a shipped level by id (or generates an open crisis); never rejects. */
export async function loadLevel(id: string): Promise<LevelResult> {
  const file = levelFile(id);
  const crisis = OPEN_CRISIS_ID.exec(id);
  if (crisis) return openCrisis(id, Number(crisis[1] ?? 1));
  if (!isLevelId(id)) {
    return { ok: false, errors: [`${file}: (root): unknown level id "${safeId(id)}" (known: ${LEVEL_IDS.join(', ')})`] };
  }
  try {
    const mod = await LOADERS[id]();
    return validateLevel(file, mod.default);
  } catch (e) {
    return { ok: false, errors: [`${file}: (root): could not be loaded (${describeError(e)})`] };
  }
}

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

/** Whether `id` is taken by the game itself: a shipped scenario or a generated open crisis. */
export function isShippedId(id: string): boolean {
  return isKnownLevel(id) || id === OPEN_CRISIS;
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
