// The languages the game ships, with the name each is known by in its own script. One list, read
// by the language switch, the URL parameter, the font loader and the missing-key check.

/** A shipped language code (BCP 47). */
export type Lang = 'en' | 'th' | 'km' | 'ms';

/** A shipped language: its code, its own name (for the switch) and its English name. */
export interface LanguageInfo {
  code: Lang;
  /** The language's name in its own script, as shown in the switch. */
  native: string;
  english: string;
  /** Base locale; the calendar and digits Intl uses come from norms.ts (see `locale()` in i18n.ts). */
  locale: string;
}

/** Every shipped language, English first (it is the source and the fallback). */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', native: 'English', english: 'English', locale: 'en-GB' },
  { code: 'th', native: 'ไทย', english: 'Thai', locale: 'th-TH' },
  { code: 'km', native: 'ខ្មែរ', english: 'Khmer', locale: 'km-KH' },
  { code: 'ms', native: 'Bahasa Melayu', english: 'Malay', locale: 'ms-MY' },
];

/** The source language and fallback. */
export const SOURCE_LANG: Lang = 'en';

/** Whether a string is a shipped language code. */
export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && LANGUAGES.some((l) => l.code === x);
}

/** The entry for a shipped language. */
export function languageInfo(lang: Lang): LanguageInfo {
  return LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0]!;
}
