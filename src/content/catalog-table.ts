// The campaign's table of contents as data built ahead of time (`npm run build:catalog` writes
// src/content/catalog.generated.json): the menu lists every scenario in every language without downloading and
// validating six level files first. A unit test rebuilds it and fails when it is stale.

import type { Level } from '../sim/level';
import type { LevelText } from './level-text';

/** One scenario's entry: what the menu shows, with its words per language. */
export interface CatalogRow {
  id: string;
  date: string | null;
  minutes: number | null;
  /** Title and summary per language code (English always present). */
  text: Record<string, { title: string; summary: string }>;
}

/** The whole table, in campaign order. */
export interface CatalogTable {
  rows: CatalogRow[];
}

/** Where the table is written, from the project's root. */
export const CATALOG_FILE = 'src/content/catalog.generated.json';

/**
 * Builds the table from validated levels and their translations (`texts[lang][levelId]`).
 * A translation's title or summary is used when present, else the English.
 */
export function buildCatalogTable(levels: readonly Level[], texts: Record<string, Record<string, LevelText>>): CatalogTable {
  return {
    rows: levels.map((level) => {
      const text: CatalogRow['text'] = { en: { title: level.title, summary: level.summary } };
      for (const [lang, byLevel] of Object.entries(texts)) {
        const t = byLevel[level.id];
        if (t) text[lang] = { title: t['title'] ?? level.title, summary: t['summary'] ?? level.summary };
      }
      return { id: level.id, date: level.date, minutes: level.minutes ?? null, text };
    }),
  };
}

/** The table as the committed file holds it (stable key order, two-space indent, final newline). */
export function catalogText(table: CatalogTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
