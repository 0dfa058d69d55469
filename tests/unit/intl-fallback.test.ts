// Dates and lists follow the language even where the browser's Intl lacks the locale (some
// Chromium builds have no Khmer data and would print "Dec 22, 2025" in a Khmer sentence).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayText, intlSupports, listText, momentText } from '../../src/i18n/intl';
import { setLanguage } from '../../src/i18n/i18n';

afterEach(async () => {
  vi.restoreAllMocks();
  await setLanguage('en');
});

describe('dates and lists without the locale’s Intl data', () => {
  it('uses the interface text’s month names and list words', async () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    await setLanguage('km');
    expect(intlSupports('km-KH-x-test')).toBe(false);
    const day = dayText(new Date(Date.UTC(2025, 11, 22)));
    expect(day).toBe('22 ធ្នូ 2025');
    expect(listText(['ក', 'ខ', 'គ'])).toBe('ក, ខ និង គ');
    expect(listText(['ក'])).toBe('ក');
    expect(momentText(Date.UTC(2025, 0, 5, 12))).toMatch(/មករា 2025 ម៉ោង \d\d:\d\d$/);
  });

  it('uses Intl where it has the data', async () => {
    await setLanguage('th');
    expect(dayText(new Date(Date.UTC(2025, 11, 22)))).toBe('22 ธ.ค. 2025');
    await setLanguage('en');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
