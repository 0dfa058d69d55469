// Dates and lists in the player's language, with our own words where the browser lacks the
// locale's data: some Chromium builds ship ICU without Khmer, and would print "Dec 22, 2025" and
// "a, b, and c" inside a Khmer sentence. The fallback patterns live in the interface text.

import { language, locale, tIn } from './i18n';
import { languageInfo, type Lang } from './languages';

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

const DATES = new Map<string, Intl.DateTimeFormat>();

/** A day as "22 Dec 2025" / "22 ธ.ค. 2025" / "22 ធ្នូ 2025" (UTC). */
export function dayText(d: Date): string {
  const loc = locale();
  if (!intlSupports(loc)) {
    const lang = language();
    return tIn(lang, 'app.intl.date', { day: d.getUTCDate(), month: tIn(lang, `app.intl.month${d.getUTCMonth() + 1}`), year: d.getUTCFullYear() });
  }
  let fmt = DATES.get(loc);
  if (!fmt) DATES.set(loc, (fmt = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return fmt.format(d);
}

/** A moment in local time with hours and minutes, e.g. for "saved at". */
export function momentText(ms: number): string {
  const loc = locale();
  const d = new Date(ms);
  if (intlSupports(loc)) return d.toLocaleString(loc, { dateStyle: 'medium', timeStyle: 'short' });
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return tIn(language(), 'app.intl.moment', { date: dayText(local), time: `${hh}:${mm}` });
}

/** Items joined as the language joins a list ("a, b and c"). */
export function listText(items: readonly string[], lang: Lang = language()): string {
  const loc = languageInfo(lang).locale;
  if (intlSupports(loc)) return new Intl.ListFormat(loc, { style: 'long', type: 'conjunction' }).format(items);
  if (items.length <= 1) return items.join('');
  return tIn(lang, 'app.intl.list', { items: items.slice(0, -1).join(tIn(lang, 'app.intl.listSeparator')), last: items[items.length - 1]! });
}
