// The registry of shipped levels. Each level is a JSON file under levels/, loaded on demand (its
// own chunk in the build). Shipped files are checked by the schema when the game is built (the
// build stops on any problem, see scripts/level-check-plugin.ts) and by the tests, so the page
// trusts them and the schema library stays out of the first download; a generated crisis and a
// teacher's file are checked when they are made or opened (level-file.ts, loaded on demand).

import type { LevelResult } from './validate';
import type { Level } from '../sim/level';
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

/** A thrown value as one short line. */
function describeError(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 160);
}

/** A shipped level as the game uses it: the editor's `$schema` hint dropped. */
function shipped(data: unknown): Level {
  const { $schema: _editorHint, ...level } = data as Level & { $schema?: string };
  return level;
}

/** Generates open crisis number n from the December scenario, and validates it like a file. */
async function openCrisis(id: string, n: number): Promise<LevelResult> {
  const [template, { validateLevel }, { generateLevel }] = await Promise.all([loadLevel('december-2025'), import('./validate'), import('../sim/generate')]);
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
    return { ok: true, level: shipped(mod.default) };
  } catch (e) {
    return { ok: false, errors: [`${file}: (root): could not be loaded (${describeError(e)})`] };
  }
}

/** Whether `id` is taken by the game itself: a shipped scenario or a generated open crisis. */
export function isShippedId(id: string): boolean {
  return isKnownLevel(id) || id === OPEN_CRISIS;
}
