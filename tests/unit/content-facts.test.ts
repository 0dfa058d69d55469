// Facts the scenario texts once got wrong, checked in every language so a later edit cannot bring
// them back: Prey Chan faces Ban Nong Ya Kaew (Chouk Chey faces Ban Nong Chan), and ASEAN
// observers began with defence attachés' field visits in August 2025, not in September.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ALL_LANGUAGES, CAMPAIGN, levelWords, placeTable } from '../helpers/place-texts';
import { shippedLevel } from '../helpers/level';

/** How each language says that observers started in September (the claim that was wrong). */
const SEPTEMBER_START: Record<string, RegExp> = {
  en: /(from|since) September|deployed first, from September/i,
  th: /ตั้งแต่เดือนกันยายน/,
  km: /(ចាប់ពី|តាំងពី)ខែកញ្ញា/,
  ms: /(mulai|sejak) September/i,
};
/** The name of August in each language. */
const AUGUST: Record<string, string> = { en: 'August', th: 'สิงหาคม', km: 'សីហា', ms: 'Ogos' };

/** Whether a text pairs Prey Chan with Ban Nong Chan instead of naming both pairs. */
function pairsPreyChanWithNongChan(text: string, prey: string, nongYaKaew: string, nongChan: string, choukChey: string): boolean {
  return text.includes(prey) && text.includes(nongChan) && !(text.includes(nongYaKaew) && text.includes(choukChey));
}

describe.each(ALL_LANGUAGES)('site pairings in %s', (lang) => {
  it('labels the Prey Chan site with Ban Nong Ya Kaew and never pairs Prey Chan with Ban Nong Chan', async () => {
    const { places } = await placeTable(lang);
    const prey = places.nong_chan!.kh;
    const nongYaKaew = places.nong_chan!.th;
    const nongChan = places.chouk_chey!.th;
    const choukChey = places.chouk_chey!.kh;
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      const words = await levelWords(lang, id);
      const label = words['sites.nong_chan.name'] ?? '';
      if (!label.includes(prey) || !label.includes(nongYaKaew) || label.includes(nongChan)) problems.push(`${id} sites.nong_chan.name: "${label}"`);
      for (const [path, text] of Object.entries(words)) {
        if (pairsPreyChanWithNongChan(text, prey, nongYaKaew, nongChan, choukChey)) problems.push(`${id} ${path}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(ALL_LANGUAGES)('observer dates in %s', (lang) => {
  it('never says the observers started in September, and dates the first field visits in August', async () => {
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      const level = await shippedLevel(id);
      const words = await levelWords(lang, id);
      for (const [path, text] of Object.entries(words)) if (SEPTEMBER_START[lang]!.test(text)) problems.push(`${id} ${path}`);
      const i = (level.glossary ?? []).findIndex((g) => g.term === 'ASEAN Observer Team');
      const definition = words[`glossary[${i}].definition`] ?? '';
      if (!definition.includes(AUGUST[lang]!)) problems.push(`${id} glossary[${i}].definition does not date the first visits in August`);
    }
    const help = (await levelWords(lang, 'october-2025'))['issues.observers.help'] ?? '';
    if (!help.includes(AUGUST[lang]!)) problems.push('october-2025 issues.observers.help does not mention August');
    expect(problems).toEqual([]);
  });
});

/** Words a translation once used that say something the English does not. */
const MISLEADING: Record<string, { word: string; why: string }[]> = {
  th: [{ word: 'ประชุมลับ', why: 'a closed session is ประชุมแบบปิด, not a secret meeting' }],
  km: [
    { word: 'ប្រជុំជាសម្ងាត់', why: 'a closed session is ប្រជុំបិទទ្វារ, not a secret meeting' },
    { word: 'ដណ្តើមកាន់កាប់', why: '"took" is ដណ្តើមយក; ដណ្តើមកាន់កាប់ means occupy' },
    { word: 'ចលនាជាតិនិយម', why: 'a wave of sentiment is មនោសញ្ចេតនាជាតិនិយម, not a movement' },
  ],
  ms: [
    { word: 'memecat', why: 'a court removing a prime minister is melucutkan jawatan' },
    { word: 'orang awam yang dipindahkan', why: 'displaced people are kehilangan tempat tinggal, not moved by someone' },
  ],
  en: [],
};

describe.each(ALL_LANGUAGES)('translation wording in %s', (lang) => {
  it('avoids the words that changed the meaning', async () => {
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords(lang, id))) {
        for (const { word, why } of MISLEADING[lang]!) if (text.toLowerCase().includes(word.toLowerCase())) problems.push(`${id} ${path}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** A Gregorian year (1800–2099) standing alone in a text: Thai school texts count years from the Buddha (2568). */
const GREGORIAN_YEAR = /(?<![\d,.:A-Za-z-])(18|19|20)\d\d(?![\d,])/;
/** Latin digits outside a name such as BM-21, F-16, PMN-2 or MOU 43: Khmer school texts write ០–៩. */
const LATIN_DIGITS_OUTSIDE_NAMES = /(?<![A-Za-z0-9-])(?<![A-Za-z]-)(?<![A-Za-z] )\d/;

describe('numbers in the scenario texts', () => {
  it('give years in the Buddhist era in Thai', async () => {
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords('th', id))) if (GREGORIAN_YEAR.test(text)) problems.push(`${id} ${path}`);
    }
    expect(problems).toEqual([]);
  });
  it('use Khmer digits in Khmer, except inside names', async () => {
    const problems: string[] = [];
    for (const id of CAMPAIGN) {
      for (const [path, text] of Object.entries(await levelWords('km', id))) if (LATIN_DIGITS_OUTSIDE_NAMES.test(text)) problems.push(`${id} ${path}`);
    }
    expect(problems).toEqual([]);
  });
  it('tell a year and a name apart', () => {
    expect(GREGORIAN_YEAR.test('ในปี 2025')).toBe(true);
    expect(GREGORIAN_YEAR.test('ในปี 2568 ผู้คน 518,611 คน')).toBe(false);
    expect(LATIN_DIGITS_OUTSIDE_NAMES.test('ឆ្នាំ 2025')).toBe(true);
    expect(LATIN_DIGITS_OUTSIDE_NAMES.test('BM-21 F-16 MOU 43 ឆ្នាំ ២០២៥')).toBe(false);
  });
});

describe('the Malay interface', () => {
  it('calls displaced people kehilangan tempat tinggal on the meter and in reports', async () => {
    const common = JSON.parse(await readFile(new URL('../../src/i18n/locales/ms/common.json', import.meta.url), 'utf8')) as { meter: { displaced: string } };
    const play = JSON.parse(await readFile(new URL('../../src/i18n/locales/ms/play.json', import.meta.url), 'utf8')) as { report: { displaced: string } };
    for (const text of [common.meter.displaced, play.report.displaced]) {
      expect(text).toContain('kehilangan tempat tinggal');
      expect(text).not.toContain('dipindahkan');
    }
  });
});

describe('the teacher notes', () => {
  it('date the first observers in August too', async () => {
    for (const file of ['background.md', 'glossary.md']) {
      const text = await readFile(new URL(`../../docs/teachers/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(SEPTEMBER_START.en!);
      const observerLines = text.split(/\n\s*\n/).filter((p) => /observer/i.test(p) && /September/.test(p));
      for (const p of observerLines) expect(p, file).toContain('August');
    }
  });
});

describe('the rules themselves', () => {
  it('catch the old pairing and the old observer date', () => {
    expect(pairsPreyChanWithNongChan('At Prey Chan, known in Thailand as Ban Nong Chan', 'Prey Chan', 'Nong Ya Kaew', 'Nong Chan', 'Chouk Chey')).toBe(true);
    expect(pairsPreyChanWithNongChan('Ban Nong Chan and Nong Ya Kaew, called Chouk Chey and Prey Chan', 'Prey Chan', 'Nong Ya Kaew', 'Nong Chan', 'Chouk Chey')).toBe(false);
    expect(SEPTEMBER_START.en!.test('Interim teams of defence attachés deployed first, from September 2025')).toBe(true);
    expect(SEPTEMBER_START.km!.test('បានចុះបំពេញការងារមុនគេ ចាប់ពីខែកញ្ញា ឆ្នាំ 2025')).toBe(true);
  });
});
