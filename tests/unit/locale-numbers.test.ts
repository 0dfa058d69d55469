// Numbers written into the interface text and the concept checks follow each language's schools,
// as the scenario texts already do (tests/unit/content-facts.test.ts): a Thai text counts years
// from the Buddha (2568, not 2025), a Khmer text writes its own digits (១០០, not 100). Numbers
// that arrive through {{placeholders}} are formatted by src/i18n/norms.ts and are not checked here.
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import th from '../../src/i18n/locales/th/index';
import km from '../../src/i18n/locales/km/index';
import { flatten } from '../helpers/i18n-check';

/** A Gregorian year (1800–2099) standing alone in a text. */
const GREGORIAN_YEAR = /(?<![\d,.:A-Za-z-])(18|19|20)\d\d(?![\d,])/;
/** A Latin digit outside a name or code such as AM3 or BM-21. */
const LATIN_DIGIT = /(?<![A-Za-z0-9-])(?<![A-Za-z]-)(?<![A-Za-z] )[0-9]/;
/** Messages that quote what a person types (a link's seed is typed in Latin digits), so keep them. */
const TYPED_INPUT = new Set(['menu.link.badSeed']);

const withoutPlaceholders = (text: string): string => text.replace(/\{\{[^}]*\}\}/g, '');

async function checkTexts(lang: string): Promise<Record<string, string>> {
  const dir = new URL(`../../levels/i18n/${lang}/checks/`, import.meta.url);
  const out: Record<string, string> = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(await readFile(new URL(file, dir), 'utf8')) as { questions: Record<string, unknown> };
    for (const [path, text] of Object.entries(flatten(data.questions))) out[`checks/${file} ${path}`] = text;
  }
  return out;
}

function offenders(texts: Record<string, string>, pattern: RegExp): string[] {
  return Object.entries(texts)
    .filter(([key, text]) => !TYPED_INPUT.has(key) && pattern.test(withoutPlaceholders(text)))
    .map(([key]) => key);
}

describe('numbers in the interface text and the concept checks', () => {
  it('give years in the Buddhist era in Thai', async () => {
    expect(offenders({ ...flatten(th), ...(await checkTexts('th')) }, GREGORIAN_YEAR)).toEqual([]);
  });
  it('use Khmer digits in Khmer, except in names, codes and typed input', async () => {
    expect(offenders({ ...flatten(km), ...(await checkTexts('km')) }, LATIN_DIGIT)).toEqual([]);
  });
  it('tell a year, a digit and a code apart', () => {
    expect(GREGORIAN_YEAR.test('ในปี 2025')).toBe(true);
    expect(GREGORIAN_YEAR.test('ในปี 2568')).toBe(false);
    expect(LATIN_DIGIT.test('ពិន្ទុ លើ 100')).toBe(true);
    expect(LATIN_DIGIT.test('ចាប់ផ្តើមដោយ «AM3.» លើ ១០០')).toBe(false);
  });
});
