// The interface's words in any shipped language for end-to-end tests: a test names a control by
// its English text, and this finds the message with that English text and returns it in the
// language under test, as a Thai or Khmer player would read it. Level words come from the level
// with that language's translation laid over it.
import en from '../../src/i18n/locales/en/index';
import { loadLanguage, tIn } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/languages';
import { loadLevelText, localizeLevel } from '../../src/content/level-i18n';
import type { Level } from '../../src/sim/level';
import { flatten } from '../helpers/i18n-check';

const english = flatten(en);
const byText = new Map<string, string>();
for (const [key, text] of Object.entries(english)) if (!byText.has(text)) byText.set(text, key);

/**
 * Words of one language: `say('New game')` → the control's name in that language. A message with
 * placeholders is named by its English template: `say('We are {{side}}’s team…', { side })`.
 */
export interface Words {
  lang: Lang;
  say(englishText: string, vars?: Record<string, string | number>): string;
  level: Level;
}

/** Loads a language's interface text and the level's translation, for naming controls. */
export async function wordsFor(lang: Lang, level: Level): Promise<Words> {
  await loadLanguage(lang);
  await loadLevelText(level.id, lang);
  return {
    lang,
    level: localizeLevel(level, lang),
    say(text, vars) {
      const key = byText.get(text);
      if (!key) throw new Error(`no message has the English text "${text}"`);
      return tIn(lang, key, vars);
    },
  };
}

/**
 * English messages (without placeholders, 16 characters or more) that read differently in `lang`:
 * seeing one on a screen in that language means a string was left untranslated.
 */
export function englishOnly(lang: Lang): string[] {
  return Object.entries(english)
    .filter(([key, text]) => text.length >= 16 && !text.includes('{{') && tIn(lang, key) !== text)
    .map(([, text]) => text);
}
