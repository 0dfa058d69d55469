// Dates, numbers and lists in the player's language, each written as that language's schools write
// them (norms.ts: Buddhist-era years in Thai, Khmer digits in Khmer), with our own words where the
// browser lacks the locale's data: some Chromium builds ship ICU without Khmer, and would print
// "Dec 22, 2025" and "a, b, and c" inside a Khmer sentence. The fallback patterns live in the
// interface text (`app.intl.*`).

import { language, tIn } from './i18n';
import { languageInfo, type Lang } from './languages';
import { eraYear, localDigits, normLocale, normsOf } from './norms';

const supported = new Map<string, boolean>();

/** Whether this browser's Intl has data for `loc` (else it silently formats in English). */
export function intlSupports(loc: string): boolean {
  let ok = supported.get(loc);
  if (ok === undefined) {
    const base = loc.split('-')[0]!;
    ok = Intl.DateTimeFormat.supportedLocalesOf([loc]).some((l) => l.split('-')[0] === base);
    supported.set(loc, ok);
  }
  return ok;
}

/** Forgets which locales Intl has, so the next call asks again (tests switch the data on and off). */
export function forgetIntlSupport(): void {
  supported.clear();
}

/** The Intl locale of `lang`: its base locale with its era and digits. */
function intlLocale(lang: Lang): string {
  return normLocale(languageInfo(lang).locale, lang);
}

const DATES = new Map<string, Intl.DateTimeFormat>();

/** A day as "22 Dec 2025" / "22 ธ.ค. 2568" / "២២ ធ្នូ ២០២៥" (UTC). */
export function dayText(d: Date, lang: Lang = language()): string {
  const loc = intlLocale(lang);
  if (!intlSupports(loc)) {
    return tIn(lang, 'app.intl.date', {
      day: localDigits(String(d.getUTCDate()), lang),
      month: tIn(lang, `app.intl.month${d.getUTCMonth() + 1}`),
      year: localDigits(String(eraYear(d.getUTCFullYear(), lang)), lang),
    });
  }
  let fmt = DATES.get(loc);
  if (!fmt) DATES.set(loc, (fmt = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return fmt.format(d);
}

/**
 * The date of a published source: as `dayText`, and where the language counts years in another era,
 * followed by the Gregorian year printed on the article ("28 ก.ค. 2568 (ค.ศ. 2025)").
 */
export function sourceDayText(d: Date, lang: Lang = language()): string {
  const day = dayText(d, lang);
  if (!normsOf(lang).quoteGregorian) return day;
  const year = tIn(lang, 'app.intl.gregorianYear', { year: localDigits(String(d.getUTCFullYear()), lang) });
  return tIn(lang, 'app.intl.quoted', { date: day, year });
}

/** A moment in local time with hours and minutes, e.g. for "saved at". */
export function momentText(ms: number, lang: Lang = language()): string {
  const loc = intlLocale(lang);
  const d = new Date(ms);
  if (intlSupports(loc)) return d.toLocaleString(loc, { dateStyle: 'medium', timeStyle: 'short' });
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return tIn(lang, 'app.intl.moment', { date: dayText(local, lang), time: localDigits(`${hh}:${mm}`, lang) });
}

const NUMBERS = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's digits and marks ("12,500", "៤៨%", "១២.៥០០"). Without the locale's
 * data the number is formatted in English and its marks and digits are swapped for the language's.
 */
export function numberText(n: number, options: Intl.NumberFormatOptions = {}, lang: Lang = language()): string {
  const loc = intlLocale(lang);
  if (intlSupports(loc)) {
    const key = `${loc} ${JSON.stringify(options)}`;
    let fmt = NUMBERS.get(key);
    if (!fmt) NUMBERS.set(key, (fmt = new Intl.NumberFormat(loc, options)));
    return fmt.format(n);
  }
  const { group, decimal } = normsOf(lang);
  const parts = new Intl.NumberFormat('en', options).formatToParts(n);
  const text = parts.map((p) => (p.type === 'group' ? group : p.type === 'decimal' ? decimal : p.value)).join('');
  return localDigits(text, lang);
}

/** Items joined as the language joins a list ("a, b and c"). */
export function listText(items: readonly string[], lang: Lang = language()): string {
  const loc = languageInfo(lang).locale;
  if (intlSupports(loc)) return new Intl.ListFormat(loc, { style: 'long', type: 'conjunction' }).format(items);
  if (items.length <= 1) return items.join('');
  return tIn(lang, 'app.intl.list', { items: items.slice(0, -1).join(tIn(lang, 'app.intl.listSeparator')), last: items[items.length - 1]! });
}
