// How each language writes years and digits, in one table, because schools differ: Thai schools date
// by the Buddhist era (พ.ศ. 2568 = 2025), and Khmer school texts write numbers in Khmer digits
// (២០២៥). Everything that formats a date or a number reads its choice from here (see intl.ts); this
// file imports nothing so any module can use it without an import circle.

/** A language's written conventions for years and digits. */
export interface Norms {
  /** Which era years are counted in: Gregorian (2025) or Buddhist (2568). */
  era: 'gregorian' | 'buddhist';
  /** Which digits numbers are written with. */
  digits: 'latn' | 'khmr';
  /** Grouping and decimal marks, used where the browser has no data for the locale. */
  group: string;
  decimal: string;
  /**
   * Where a published source is cited, add the Gregorian year after a Buddhist-era date, so a reader
   * can match the date printed on the article (Thai: "28 ก.ค. 2568 (ค.ศ. 2025)").
   */
  quoteGregorian: boolean;
}

/** The conventions per shipped language code. */
export const NORMS: Readonly<Record<string, Norms>> = {
  en: { era: 'gregorian', digits: 'latn', group: ',', decimal: '.', quoteGregorian: false },
  th: { era: 'buddhist', digits: 'latn', group: ',', decimal: '.', quoteGregorian: true },
  km: { era: 'gregorian', digits: 'khmr', group: '.', decimal: ',', quoteGregorian: false },
  ms: { era: 'gregorian', digits: 'latn', group: ',', decimal: '.', quoteGregorian: false },
};

const GREGORIAN_ONLY: Norms = NORMS['en']!;

/** The conventions of `lang` (English ones for a code not in the table). */
export function normsOf(lang: string): Norms {
  return NORMS[lang] ?? GREGORIAN_ONLY;
}

/** Years between the Gregorian and the Buddhist era (2025 + 543 = 2568). */
export const BUDDHIST_ERA_OFFSET = 543;

/** A Gregorian year as `lang` counts it. */
export function eraYear(gregorianYear: number, lang: string): number {
  return normsOf(lang).era === 'buddhist' ? gregorianYear + BUDDHIST_ERA_OFFSET : gregorianYear;
}

const KHMER_ZERO = 0x17e0; // ០

/** `text` with its ASCII digits written in the digits of `lang` (other characters unchanged). */
export function localDigits(text: string, lang: string): string {
  if (normsOf(lang).digits !== 'khmr') return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + d.charCodeAt(0) - 48));
}

/**
 * The BCP 47 locale for Intl with the language's calendar and digits as Unicode extensions, e.g.
 * "th-TH" → "th-TH-u-ca-buddhist", "km-KH" → "km-KH-u-nu-khmr".
 */
export function normLocale(base: string, lang: string): string {
  const n = normsOf(lang);
  const ext = [n.era === 'buddhist' ? 'ca-buddhist' : '', n.digits === 'khmr' ? 'nu-khmr' : ''].filter(Boolean);
  return ext.length > 0 ? `${base}-u-${ext.join('-')}` : base;
}
