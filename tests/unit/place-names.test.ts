// Places the two countries name differently are named the way each reader expects: in Khmer the
// Khmer name first, in Thai the Thai name first, in English and Malay in the order of the level
// files (Thai first), always spelt as that language's table says (levels/i18n/<lang>/places.json).
import { describe, expect, it } from 'vitest';
import { ALL_LANGUAGES, CAMPAIGN, levelWords, placeTable, type PlaceNames, type PlaceTable } from '../helpers/place-texts';

const other = (first: 'th' | 'kh'): 'th' | 'kh' => (first === 'th' ? 'kh' : 'th');

/** Problems with one map label of a paired site. */
function labelProblems(label: string, names: PlaceNames, first: 'th' | 'kh'): string[] {
  const a = label.indexOf(names[first]);
  const b = label.indexOf(names[other(first)]);
  if (a < 0 || b < 0) return [`"${label}" should contain both "${names.th}" and "${names.kh}" as spelt in the table`];
  return a < b ? [] : [`"${label}" should give "${names[first]}" first`];
}

/** Problems with one running text: the reader's name must come first, and never be left out. */
function textProblems(text: string, names: PlaceNames, first: 'th' | 'kh'): string[] {
  const own = text.indexOf(names[first]);
  const foreign = text.indexOf(names[other(first)]);
  if (foreign < 0) return [];
  if (own < 0) return [`names "${names[other(first)]}" without "${names[first]}" before it`];
  return own < foreign ? [] : [`names "${names[other(first)]}" before "${names[first]}"`];
}

/** Mentions (found by a stem) that are not followed by one of the table's spellings. */
function spellingProblems(text: string, table: PlaceTable): string[] {
  const spellings = Object.values(table.places).flatMap((p) => [p.th, p.kh]);
  const problems: string[] = [];
  for (const stem of table.stems) {
    for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
      if (!spellings.some((s) => text.startsWith(s, i))) problems.push(`"${text.slice(i, i + stem.length + 6)}…" is not a spelling in the table`);
    }
  }
  return problems;
}

describe.each(ALL_LANGUAGES)('place names in %s', (lang) => {
  it('labels every paired site on the map in the reader\'s order, spelt as the table says', async () => {
    const table = await placeTable(lang);
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      const words = await levelWords(lang, id);
      for (const [site, names] of Object.entries(table.places)) {
        const label = words[`sites.${site}.name`];
        if (label === undefined) continue;
        for (const p of labelProblems(label, names, table.first)) problems.push(`${id} sites.${site}.name: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('spells every mention of a paired place as the table does', async () => {
    const table = await placeTable(lang);
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords(lang, id))) {
        for (const p of spellingProblems(text, table)) problems.push(`${id} ${path}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never uses a spelling the table rules out', async () => {
    const table = await placeTable(lang);
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords(lang, id))) {
        for (const names of Object.values(table.places)) {
          for (const bad of names.avoid ?? []) if (text.includes(bad)) problems.push(`${id} ${path}: "${bad}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.runIf(lang === 'th' || lang === 'km')('puts the reader\'s own name of a place first in running text', async () => {
    const table = await placeTable(lang);
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords(lang, id))) {
        if (path.startsWith('sites.')) continue;
        for (const names of Object.values(table.places)) {
          if (names.labelOnly) continue;
          for (const p of textProblems(text, names, table.first)) problems.push(`${id} ${path}: ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the rules themselves', () => {
  const names: PlaceNames = { th: 'ตาเมือนธม', kh: 'ตาโมนธม' };
  it('catch a label in the wrong order or with another spelling', () => {
    expect(labelProblems('ปราสาทตาโมนธม / ตาเมือนธม', names, 'th')).toHaveLength(1);
    expect(labelProblems('ปราสาทตาเหมือนธม / ตาโมนธม', names, 'th')).toHaveLength(1);
    expect(labelProblems('ปราสาทตาเมือนธม / ตาโมนธม', names, 'th')).toEqual([]);
  });
  it('catch a mention spelt otherwise than the table', () => {
    const table: PlaceTable = { first: 'th', stems: ['ตาเมือน'], places: { ta_moan_thom: names } };
    expect(spellingProblems('ใกล้ตาเมือนทม', table)).toHaveLength(1);
    expect(spellingProblems('ใกล้ตาเมือนธม', table)).toEqual([]);
  });
  it('catch running text that gives only, or first, the other country\'s name', () => {
    expect(textProblems('ใกล้ตาโมนธม', names, 'th')).toHaveLength(1);
    expect(textProblems('ที่ตาโมนธม หรือตาเมือนธม', names, 'th')).toHaveLength(1);
    expect(textProblems('ที่ตาเมือนธม ซึ่งกัมพูชาเรียกว่าตาโมนธม', names, 'th')).toEqual([]);
  });
});
