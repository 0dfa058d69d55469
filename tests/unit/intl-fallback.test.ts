// Dates and lists follow the language even where the browser's Intl lacks the locale (Debian's
// Chromium has no Khmer data and would print "Dec 22, 2025" in a Khmer sentence): the fallback
// writes the same text the Intl path writes, Khmer digits included.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayText, intlSupports, listText, momentText, numberText } from '../../src/i18n/intl';
import { setLanguage } from '../../src/i18n/i18n';

afterEach(async () => {
  vi.restoreAllMocks();
  await setLanguage('en');
});

describe('dates and lists without the locale’s Intl data', () => {
  it('uses the interface text’s month names and list words, in Khmer digits', async () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    await setLanguage('km');
    expect(intlSupports('km-KH-x-test')).toBe(false);
    const day = dayText(new Date(Date.UTC(2025, 11, 22)));
    expect(day).toBe('២២ ធ្នូ ២០២៥');
    expect(listText(['ក', 'ខ', 'គ'])).toBe('ក, ខ និង គ');
    expect(listText(['ក'])).toBe('ក');
    expect(momentText(Date.UTC(2025, 0, 5, 12))).toMatch(/^៥ មករា ២០២៥ ម៉ោង [០-៩]{2}:[០-៩]{2}$/);
    expect(numberText(518611)).toBe('៥១៨.៦១១');
  });

  it('uses Intl where it has the data, with the Buddhist era in Thai', async () => {
    await setLanguage('th');
    expect(dayText(new Date(Date.UTC(2025, 11, 22)))).toBe('22 ธ.ค. 2568');
    await setLanguage('en');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
