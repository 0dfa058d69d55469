// Which language the game opens in: a `?lang=` (or `#lang=`) in the link first, so a teacher can
// send a class a Thai or Khmer link; then the language the player chose last time; then the
// browser's own language when it is one we ship; else English.

import { isLang, LANGUAGES, SOURCE_LANG, type Lang } from './languages';

/** The chosen language, and a message when the link asked for one we do not ship. */
export interface LanguageChoice {
  lang: Lang;
  /** The unknown code the link asked for (shown trimmed), or null. */
  unknown: string | null;
}

function linkParam(search: string, hash: string): string | null {
  const h = hash.replace(/^#/, '');
  const q = h.includes('?') ? h.slice(h.indexOf('?') + 1) : h.includes('=') ? h : '';
  return new URLSearchParams(q).get('lang') ?? new URLSearchParams(search).get('lang');
}

/**
 * Picks the opening language.
 * @param saved the language stored in settings, if any
 * @param browser the browser's preferred languages (navigator.languages)
 */
export function chooseLanguage(search: string, hash: string, saved: unknown, browser: readonly string[] = []): LanguageChoice {
  const asked = linkParam(search, hash);
  const fromLink = asked?.trim().toLowerCase() ?? null;
  if (fromLink && isLang(fromLink)) return { lang: fromLink, unknown: null };
  const unknown = fromLink ? asked!.trim().slice(0, 20) : null;
  if (isLang(saved)) return { lang: saved, unknown };
  for (const b of browser) {
    const base = b.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((l) => l.code === base);
    if (match) return { lang: match.code, unknown };
  }
  return { lang: SOURCE_LANG, unknown };
}
