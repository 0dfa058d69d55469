// `npm run build:catalog`: writes src/content/catalog.generated.json, the menu's list of scenarios with title,
// summary, date and playing time in every shipped language. Run it after editing a level's title
// or summary or a translation of them; a unit test fails while the file is stale.

import { readFileSync, writeFileSync } from 'node:fs';
import { loadLevel, LEVEL_IDS } from '../src/content/levels';
import { buildCatalogTable, catalogText, CATALOG_FILE } from '../src/content/catalog-table';
import type { LevelText } from '../src/content/level-text';
import { LANGUAGES } from '../src/i18n/languages';
import type { Level } from '../src/sim/level';

const levels: Level[] = [];
for (const id of LEVEL_IDS.filter((l) => !l.startsWith('open-crisis'))) {
  const r = await loadLevel(id);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  levels.push(r.level);
}
const texts: Record<string, Record<string, LevelText>> = {};
for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
  texts[code] = {};
  for (const level of levels) {
    try {
      texts[code][level.id] = JSON.parse(readFileSync(`levels/i18n/${code}/${level.id}.json`, 'utf8')) as LevelText;
    } catch {
      // No translation yet: the menu shows the English title.
    }
  }
}
writeFileSync(CATALOG_FILE, catalogText(buildCatalogTable(levels, texts)));
console.log(`wrote ${CATALOG_FILE}`);
