// The session's scenario for the class pages, in the page's language.

import type { Level } from '../sim/level';
import { loadLevel } from '../content/levels';
import { loadLevelText, localizeLevel } from '../content/level-i18n';
import { language } from '../i18n/i18n';

const cache = new Map<string, Level>();

/** Loads the scenario `id` once; null when it cannot be loaded. */
export async function sessionLevel(id: string): Promise<Level | null> {
  if (!cache.has(id)) {
    const r = await loadLevel(id);
    if (!r.ok) return null;
    cache.set(id, r.level);
  }
  await loadLevelText(id, language());
  return localizeLevel(cache.get(id)!, language());
}
