// The scenario words a reader sees in each language, and the spelling table of place names that
// language keeps (levels/i18n/<lang>/places.json), for the tests about how places are named.
import { readFile } from 'node:fs/promises';
import { extractText, type LevelText } from '../../src/content/level-text';
import { LEVEL_IDS } from '../../src/content/levels';
import { LANGUAGES } from '../../src/i18n/languages';
import { shippedLevel } from './level';

/** One place with a Thai and a Khmer name, as one language spells them. */
export interface PlaceNames {
  th: string;
  kh: string;
  /** Too short or too common a word to look for in running text: checked in map labels only. */
  labelOnly?: boolean;
  /** Spellings this language does not use. */
  avoid?: string[];
}

/** A language's spelling table: which name a paired label gives first, and the places by id. */
export interface PlaceTable {
  first: 'th' | 'kh';
  /** Beginnings of the names: wherever one appears in a text, a spelling from the table must follow. */
  stems: string[];
  places: Record<string, PlaceNames>;
}

/** The campaign scenarios (open crises have no fixed words). */
export const CAMPAIGN = LEVEL_IDS.filter((id) => !id.startsWith('open-crisis'));

/** Every language the game ships, English included. */
export const ALL_LANGUAGES = LANGUAGES.map((l) => l.code);

const root = new URL('../../levels/i18n/', import.meta.url);

/** The spelling table of a language. */
export async function placeTable(lang: string): Promise<PlaceTable> {
  return JSON.parse(await readFile(new URL(`${lang}/places.json`, root), 'utf8')) as PlaceTable;
}

/** A scenario's words in a language, by path (English from the level file itself). */
export async function levelWords(lang: string, id: string): Promise<LevelText> {
  if (lang === 'en') return extractText(await shippedLevel(id));
  return JSON.parse(await readFile(new URL(`${lang}/${id}.json`, root), 'utf8')) as LevelText;
}
