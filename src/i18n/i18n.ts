// The interface's words in every shipped language, through one i18next instance. English is bundled
// (it is the source and the fallback, needed before the menu is shown), except the words of the
// round screens, the debrief and a delegation's seat, and the sim's reasons and causes, which come
// with those screens (play-words.ts), and the class pages' words, which come with those pages
// (class-words.ts); Thai, Khmer and Malay load on demand (with their fonts), so a player who never
// switches never downloads them.

import i18next, { type i18n as I18n } from 'i18next';
import type en from './locales/en/index';
import app from './locales/en/app.json';
import { hotseat, map, options, projector, separator, share } from './locales/en/classroom.json';
import * as common from './locales/en/common.json';
import menu from './locales/en/menu.json';
import { crisis } from './locales/en/sim.json';
import grade from './locales/en/grade.json';
// Only the menu's words of a delegation's seat; the rest come with the play screens (play-words.ts).
import { menu as seatMenu } from './locales/en/seat.json';
import { isLang, languageInfo, SOURCE_LANG, type Lang } from './languages';
import { loadFont } from './fonts';
import { localDigits, normLocale, normsOf } from './norms';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<`${P}${K}`> : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the English text (plural forms folded into their base key). */
export type MessageKey = Leaves<typeof en>;

/** Values put into a message's `{{placeholders}}`; `count` also picks the plural form. */
export type MessageVars = Record<string, string | number>;

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: unknown }>> = {
  th: () => import('./locales/th/index'),
  km: () => import('./locales/km/index'),
  ms: () => import('./locales/ms/index'),
};

const instance: I18n = i18next.createInstance();
void instance.init({
  lng: SOURCE_LANG,
  fallbackLng: SOURCE_LANG,
  resources: {
    en: {
      translation: {
        app, menu, grade, seat: { menu: seatMenu }, sim: { crisis },
        classroom: { options, separator, share, projector, hotseat, map },
        // All of common but the levers' explanations (play-words.ts), member by member so the bundler leaves those out.
        common: {
          lever: common.lever, round: common.round, roundOf: common.roundOf, rounds_one: common.rounds_one, rounds_other: common.rounds_other,
          continueButton: common.continueButton, meter: common.meter, sideMeter: common.sideMeter, sideMeterOther: common.sideMeterOther, bias: common.bias,
          direction: common.direction, change: common.change, ceasefire: common.ceasefire, ceasefireInline: common.ceasefireInline,
          verdict: common.verdict, exploit: common.exploit,
        },
      },
    },
  },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Adds English words that load later than the first screen (play-words.ts). */
export function addEnglish(parts: Readonly<Record<string, unknown>>): void {
  instance.addResourceBundle(SOURCE_LANG, 'translation', parts, true, false);
}

let current: Lang = SOURCE_LANG;
const loaded = new Set<Lang>([SOURCE_LANG]);
const listeners = new Set<(lang: Lang) => void>();

/** The language the interface speaks now. */
export function language(): Lang {
  return current;
}

/** The locale for numbers and dates in the current language, with its era and digits (norms.ts). */
export function locale(): string {
  return normLocale(languageInfo(current).locale, current);
}

/**
 * The options for i18next: where `lang` writes its own digits (Khmer), numbers placed into a message
 * are written in them ("ជុំទី ៣"); `count` itself stays a number so the plural form is still chosen.
 */
function withLocalDigits(lang: string, vars: MessageVars | undefined): Record<string, unknown> {
  if (!vars) return {};
  if (normsOf(lang).digits === 'latn' || !Object.values(vars).some((v) => typeof v === 'number')) return vars;
  const replace: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    replace[k] = typeof v === 'number' && !TYPED_BACK.has(k) ? localDigits(String(v), lang) : String(v);
  }
  return { ...vars, replace };
}

/** Message variables that are identifiers a person may type back (a seed in a link): kept in ASCII digits. */
const TYPED_BACK: ReadonlySet<string> = new Set(['seed', 'code']);

/** A message in the current language; unknown keys fall back to English, then to the key itself. */
export function t(key: MessageKey, vars?: MessageVars): string {
  return instance.t(key, withLocalDigits(current, vars)) as string;
}

/** A message whose key is built at run time (e.g. from an action type); `fallback` when absent. */
export function tKey(key: string, vars?: MessageVars, fallback?: string): string {
  if (!instance.exists(key)) return fallback ?? key;
  return instance.t(key, withLocalDigits(current, vars)) as string;
}

/** A message in a given language (loaded or not: unloaded languages fall back to English). */
export function tIn(lang: Lang, key: string, vars?: MessageVars): string {
  return instance.getFixedT(lang)(key, withLocalDigits(lang, vars)) as string;
}

/** Whether a key exists in the current language or the fallback. */
export function hasKey(key: string): boolean {
  return instance.exists(key);
}

/** Loads a language's text (and, in a browser, its font) without switching to it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  const font = loadFont(lang);
  if (!loaded.has(lang) && lang !== 'en') {
    const mod = await LOADERS[lang]();
    instance.addResourceBundle(lang, 'translation', mod.default, true, true);
    loaded.add(lang);
  }
  await font;
}

/**
 * Switches the interface to `lang`: loads its text and font, sets the page's `lang`, then tells
 * every listener (the screens re-draw). An unknown code keeps the current language.
 */
export async function setLanguage(lang: string): Promise<Lang> {
  if (!isLang(lang)) return current;
  try {
    await loadLanguage(lang);
    await instance.changeLanguage(lang);
  } catch {
    // A chunk that cannot be fetched (offline, before the service worker cached it): stay as we are.
    return current;
  }
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const fn of listeners) fn(lang);
  return lang;
}

/** Calls `fn` after every change of language; returns a function that stops it. */
export function onLanguageChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
