// A round named at the start of a line or as a heading is capitalised ("Day 3 of 8" on the teacher's
// table cards and a delegation's seat, where it read "day 3 of 8"), in scripts that have capitals;
// Thai is left as written.
import { afterAll, describe, expect, it } from 'vitest';
import { roundName, roundTitle } from '../../src/ui/say';
import { setLanguage } from '../../src/i18n/i18n';
import { shippedLevel } from '../helpers/level';

describe('roundTitle', () => {
  afterAll(async () => {
    await setLanguage('en');
  });

  it('capitalises the round label where the script has capitals, and only its first letter', async () => {
    const level = await shippedLevel('july-2025');
    expect(roundName(level, 3)).toBe('day 3');
    expect(roundTitle(level, 3)).toBe('Day 3');
    await setLanguage('ms');
    expect(roundTitle({ ...level, roundLabel: 'hari' }, 2)).toBe('Hari 2');
    await setLanguage('th');
    expect(roundTitle({ ...level, roundLabel: 'วันที่' }, 2)).toBe(roundName({ ...level, roundLabel: 'วันที่' }, 2));
  });
});
