// The campaign's table of contents: title, date and playing time of every shipped scenario, in
// campaign order, for the menu. Each level is loaded and validated once (its own chunk); a level
// that fails validation still appears, marked broken, so the menu never hides a mistake.

import { LEVEL_IDS, loadLevel } from './levels';

/** What the menu shows for one scenario. */
export interface CatalogEntry {
  id: string;
  title: string;
  date: string | null;
  minutes: number | null;
  summary: string | null;
  /** The first validation error, when the level is broken. */
  error: string | null;
}

let pending: Promise<CatalogEntry[]> | null = null;
let ready: CatalogEntry[] | null = null;

async function entry(id: string): Promise<CatalogEntry> {
  const r = await loadLevel(id);
  if (!r.ok) return { id, title: id, date: null, minutes: null, summary: null, error: r.errors[0] ?? 'could not be loaded' };
  const { title, date, minutes, summary } = r.level;
  return { id, title, date, minutes: minutes ?? null, summary, error: null };
}

/** Loads the catalog (once); never rejects. */
export function loadCatalog(): Promise<CatalogEntry[]> {
  pending ??= Promise.all(LEVEL_IDS.map(entry)).then((list) => (ready = list));
  return pending;
}

/** The catalog if it has already loaded, else null (the menu then waits for `loadCatalog`). */
export function catalogNow(): CatalogEntry[] | null {
  return ready;
}
