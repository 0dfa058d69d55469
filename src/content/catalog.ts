// The campaign's table of contents: title, date and playing time of every scenario, in campaign
// order, for the menu, in the player's language. It reads the small table built ahead of time
// (src/content/catalog.generated.json), not the level files, so the menu does not wait for six downloads.

import { LEVEL_IDS } from './levels';
import type { CatalogTable } from './catalog-table';
import { language, tIn } from '../i18n/i18n';
import { CRISIS_TEMPLATE } from './level-i18n';

/** What the menu shows for one scenario. */
export interface CatalogEntry {
  id: string;
  title: string;
  date: string | null;
  minutes: number | null;
  summary: string | null;
  /** Why the entry cannot be opened, when the table lacks it. */
  error: string | null;
}

let pending: Promise<CatalogTable | null> | null = null;
let table: CatalogTable | null = null;

function entries(t: CatalogTable): CatalogEntry[] {
  const lang = language();
  return LEVEL_IDS.map((id) => {
    if (id.startsWith('open-crisis')) {
      const template = t.rows.find((r) => r.id === CRISIS_TEMPLATE);
      return { id, title: tIn(lang, 'sim.crisis.title'), date: template?.date ?? null, minutes: template?.minutes ?? null, summary: tIn(lang, 'sim.crisis.summary', { seed: 1 }), error: null };
    }
    const row = t.rows.find((r) => r.id === id);
    if (!row) return { id, title: id, date: null, minutes: null, summary: null, error: `src/content/catalog.generated.json: ${id}: missing (run npm run build:catalog)` };
    const text = row.text[lang] ?? row.text['en']!;
    return { id, title: text.title, date: row.date, minutes: row.minutes, summary: text.summary, error: null };
  });
}

/** Loads the catalog (once); never rejects. */
export function loadCatalog(): Promise<CatalogEntry[]> {
  pending ??= import('./catalog.generated.json').then((m) => (table = m.default as CatalogTable), () => null);
  return pending.then((t) => (t ? entries(t) : LEVEL_IDS.map((id) => ({ id, title: id, date: null, minutes: null, summary: null, error: 'the scenario list could not be loaded' }))));
}

/** The catalog in the current language if it has already loaded, else null (the menu then waits). */
export function catalogNow(): CatalogEntry[] | null {
  return table ? entries(table) : null;
}
