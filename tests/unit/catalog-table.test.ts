// The menu's table of contents is built ahead of time; this rebuilds it from the levels and their
// translations and fails when src/content/catalog.generated.json is stale, naming the command that refreshes it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildCatalogTable, catalogText, CATALOG_FILE } from '../../src/content/catalog-table';
import { LEVEL_IDS } from '../../src/content/levels';
import { LANGUAGES } from '../../src/i18n/languages';
import type { LevelText } from '../../src/content/level-text';
import { shippedLevel } from '../helpers/level';
import { catalogNow, loadCatalog } from '../../src/content/catalog';
import { setLanguage } from '../../src/i18n/i18n';
import { THAI } from '../helpers/i18n-check';

const root = new URL('../../', import.meta.url);

describe('src/content/catalog.generated.json', () => {
  it('matches the levels and their translations (run `npm run build:catalog` when this fails)', async () => {
    const levels = await Promise.all(LEVEL_IDS.filter((id) => !id.startsWith('open-crisis')).map((id) => shippedLevel(id)));
    const texts: Record<string, Record<string, LevelText>> = {};
    for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
      texts[code] = {};
      for (const level of levels) {
        texts[code][level.id] = JSON.parse(await readFile(new URL(`levels/i18n/${code}/${level.id}.json`, root), 'utf8')) as LevelText;
      }
    }
    const committed = await readFile(new URL(CATALOG_FILE, root), 'utf8');
    expect(committed).toBe(catalogText(buildCatalogTable(levels, texts)));
  });

  it('gives the menu every scenario in campaign order, in the current language', async () => {
    const en = await loadCatalog();
    expect(en.map((e) => e.id)).toEqual([...LEVEL_IDS]);
    expect(en.every((e) => e.error === null && e.title && e.summary)).toBe(true);
    await setLanguage('th');
    try {
      const th = catalogNow()!;
      expect(th.map((e) => e.id)).toEqual([...LEVEL_IDS]);
      expect(th.every((e) => THAI.test(e.title))).toBe(true);
    } finally {
      await setLanguage('en');
    }
  });
});
