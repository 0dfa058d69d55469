// One Thai word for each of the game's recurring roles, wherever the Thai text names it: the player's
// role, ASEAN's envoy, is ทูตพิเศษ (special envoy) on every screen and in every scenario, since ทูต
// alone reads as an ambassador. Words that merely contain ทูต keep their own meaning: ผู้ช่วยทูตฝ่ายทหาร
// (defence attaché), เอกอัครราชทูต (ambassador), การทูต (diplomacy).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../helpers/i18n-check';

const ROOT = join(import.meta.dirname, '..', '..');

/** A role, the Thai word for it, and the way of writing it that the Thai text must not use. */
interface Term {
  /** How the English text names it (a whole word). */
  english: RegExp;
  /** The Thai word every translation of it uses. */
  thai: string;
  /** The other Thai wording, outside the compounds that mean something else. */
  not: RegExp;
}

/** The Thai glossary of the game's roles. */
const GLOSSARY: readonly Term[] = [
  { english: /\benvoy\b/i, thai: 'ทูตพิเศษ', not: /(?<!ผู้ช่วย|ราช|การ)ทูต(?!พิเศษ)/ },
];

/** Every Thai message and scenario text, as "file: key" → text. */
function thaiTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['src/i18n/locales/th', 'levels/i18n/th']) {
    for (const name of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      if (!name.endsWith('.json')) continue;
      const file = join(ROOT, dir, name);
      for (const [key, text] of Object.entries(flatten(JSON.parse(readFileSync(file, 'utf8'))))) out[`${relative(ROOT, file)}: ${key}`] = text;
    }
  }
  return out;
}

describe('the Thai glossary of roles', () => {
  const texts = thaiTexts();

  it('reads the Thai messages and scenarios', () => {
    expect(Object.keys(texts).length).toBeGreaterThan(500);
  });

  it.each(GLOSSARY)('never calls $thai anything else', ({ thai, not }) => {
    expect(Object.entries(texts).filter(([, text]) => not.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    expect(Object.values(texts).some((text) => text.includes(thai))).toBe(true);
  });

  it.each(GLOSSARY)('says $thai wherever an English message names the role', ({ english, thai }) => {
    const wrong: string[] = [];
    for (const name of readdirSync(join(ROOT, 'src/i18n/locales/en')).filter((n) => n.endsWith('.json'))) {
      const en = flatten(JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales/en', name), 'utf8')));
      const th = flatten(JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales/th', name), 'utf8')));
      for (const [key, text] of Object.entries(en)) {
        if (english.test(text) && th[key] !== undefined && !th[key].includes(thai)) wrong.push(`${name}: ${key}: ${th[key]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
