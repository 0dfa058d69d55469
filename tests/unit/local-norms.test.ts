// Years and digits as each language's schools write them, chosen in one place (src/i18n/norms.ts):
// Thai dates in the Buddhist era, with the Gregorian year beside a quoted source's date; Khmer numbers
// and dates in Khmer digits, the same with or without the browser's Khmer data (Debian's Chromium
// has none); English and Malay unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayText, forgetIntlSupport, numberText, sourceDayText } from '../../src/i18n/intl';
import { locale, setLanguage } from '../../src/i18n/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { eraYear, localDigits, NORMS, normLocale } from '../../src/i18n/norms';
import { count, date, pct, sourceDate } from '../../src/ui/format';

const JUL_28 = new Date(Date.UTC(2025, 6, 28));

afterEach(async () => {
  vi.restoreAllMocks();
  await setLanguage('en');
});

/** Runs `fn` once with the runtime's Intl data and once as a browser without any locale data. */
async function bothWays(fn: () => void): Promise<void> {
  forgetIntlSupport();
  fn();
  const spy = vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
  forgetIntlSupport();
  try {
    fn();
    expect(spy).toHaveBeenCalled(); // the no-data path ran: intlSupports asked and was told no
  } finally {
    spy.mockRestore();
    forgetIntlSupport();
  }
}

describe('the norms table', () => {
  it('has an entry for every shipped language', () => {
    for (const l of LANGUAGES) expect(NORMS[l.code], l.code).toBeDefined();
  });

  it('counts Thai years in the Buddhist era and writes Khmer digits', () => {
    expect(eraYear(2025, 'th')).toBe(2568);
    expect(eraYear(2025, 'km')).toBe(2025);
    expect(localDigits('28 Jul 2025, 12.5%', 'km')).toBe('២៨ Jul ២០២៥, ១២.៥%');
    expect(localDigits('2025', 'th')).toBe('2025');
    expect(normLocale('th-TH', 'th')).toBe('th-TH-u-ca-buddhist');
    expect(normLocale('km-KH', 'km')).toBe('km-KH-u-nu-khmr');
    expect(normLocale('en-GB', 'en')).toBe('en-GB');
  });
});

describe('Thai', () => {
  it('dates by the Buddhist era, with or without Thai Intl data', async () => {
    await setLanguage('th');
    await bothWays(() => {
      expect(dayText(JUL_28)).toBe('28 ก.ค. 2568');
      expect(date('2025-12-22')).toBe('22 ธ.ค. 2568');
    });
  });

  it('adds the Gregorian year where a source is quoted', async () => {
    await setLanguage('th');
    await bothWays(() => {
      expect(sourceDayText(JUL_28)).toBe('28 ก.ค. 2568 (ค.ศ. 2025)');
      expect(sourceDate('2025-07-28')).toBe('28 ก.ค. 2568 (ค.ศ. 2025)');
    });
  });

  it('keeps Arabic digits for numbers', async () => {
    await setLanguage('th');
    expect(count(518611)).toBe('518,611');
    expect(pct(0.484)).toBe('48%');
  });
});

describe('Khmer', () => {
  it('writes dates, counts and shares in Khmer digits, with or without Khmer Intl data', async () => {
    await setLanguage('km');
    await bothWays(() => {
      expect(dayText(JUL_28)).toBe('២៨ កក្កដា ២០២៥');
      expect(sourceDate('2025-07-28')).toBe('២៨ កក្កដា ២០២៥');
      expect(count(518611)).toBe('៥១៨.៦១១');
      expect(count(40)).toBe('៤០');
      expect(pct(0.484)).toBe('៤៨%');
      expect(numberText(12.5, { maximumFractionDigits: 1 })).toBe('១២,៥');
    });
  });

  it('gives Intl the Khmer numbering system', async () => {
    await setLanguage('km');
    expect(locale()).toBe('km-KH-u-nu-khmr');
  });
});

describe('English and Malay', () => {
  it('are unchanged: Gregorian years, Arabic digits, no year added to sources', async () => {
    for (const lang of ['en', 'ms'] as const) {
      await setLanguage(lang);
      expect(sourceDate('2025-07-28'), lang).toBe(date('2025-07-28'));
      expect(date('2025-07-28'), lang).toMatch(/^28 Jul(y)? 2025$/);
      expect(count(518611), lang).toBe('518,611');
    }
  });

  it('shows anything unparseable as given', () => {
    expect(date('soon')).toBe('soon');
    expect(sourceDate('soon')).toBe('soon');
  });
});

describe('numbers placed into interface messages', () => {
  it('are written in Khmer digits in Khmer, and still pick the plural form', async () => {
    const { t, tIn } = await import('../../src/i18n/i18n');
    await setLanguage('km');
    const one = t('debrief.timeline.incident', { count: 1 });
    const three = t('debrief.timeline.incident', { count: 3 });
    expect(three).toContain('៣');
    expect(three).not.toMatch(/[0-9]/);
    expect(one).toContain('១');
    expect(tIn('en', 'debrief.timeline.incident', { count: 3 })).toContain('3');
    expect(tIn('en', 'debrief.timeline.incident', { count: 1 })).toBe('1 incident.');
    // A seed is typed back into a link, so it keeps ASCII digits in any language.
    expect(tIn('km', 'sim.crisis.summary', { seed: 4242 })).toContain('4242');
    await setLanguage('th');
    expect(t('debrief.timeline.incident', { count: 3 })).toContain('3');
  });
});

describe('the credit under a fact in the briefing and the debrief', () => {
  it('dates a published source by the Buddhist era with its Gregorian year in Thai, in Khmer digits in Khmer', async () => {
    const { factCredit } = await import('../../src/ui/screens/briefing');
    const { shippedLevel } = await import('../helpers/level');
    const level = await shippedLevel('july-2025');
    const fact = level.debrief.find((f) => f.source === 'nation-2025-07-26')!;
    await setLanguage('th');
    expect(factCredit(level, fact)).toContain('28 ก.ค. 2568 (ค.ศ. 2025)');
    await setLanguage('km');
    expect(factCredit(level, fact)).toContain('២៨ កក្កដា ២០២៥');
    await setLanguage('en');
    expect(factCredit(level, fact)).toContain('28 Jul 2025');
  });
});
