// The briefing's first screen holds at most about 120 words (summary and facts together), the rest
// waits under "More detail"; a round's hints come from the scenario, for that round only.
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_WORDS, splitBriefing, wordCount } from '../../src/ui/briefing-parts';
import { hintsFor } from '../../src/ui/hint';
import { LEVEL_IDS } from '../../src/content/levels';
import { shippedLevel } from '../helpers/level';

describe('briefing first screen', () => {
  it.each(LEVEL_IDS.map((id) => [id]))('%s: at most 120 words first, every fact shown once', async (id) => {
    const level = await shippedLevel(id);
    const { first, more } = splitBriefing(level);
    expect(first.length).toBeGreaterThan(0);
    expect([...first, ...more]).toEqual(level.briefing);
    const words = wordCount(level.summary) + first.reduce((n, f) => n + wordCount(f.text), 0);
    if (first.length > 1) expect(words).toBeLessThanOrEqual(FIRST_SCREEN_WORDS);
  });

  it('moves facts past the budget to "More detail"', async () => {
    const level = await shippedLevel('december-2025');
    const long = { ...level, summary: 'word '.repeat(100), briefing: [{ text: 'a b c' }, { text: 'd e f g h i j k l m n o p q r s t u v w' }] };
    expect(splitBriefing(long)).toEqual({ first: [{ text: 'a b c' }], more: [{ text: 'd e f g h i j k l m n o p q r s t u v w' }] });
  });
});

describe('round hints', () => {
  it('returns the hints of the round asked for only', async () => {
    const level = { ...(await shippedLevel('december-2025')), hints: [{ round: 1, text: 'First.' }, { round: 2, text: 'Second.' }, { round: 1, text: 'Also first.' }] };
    expect(hintsFor(level, 1)).toEqual(['First.', 'Also first.']);
    expect(hintsFor(level, 3)).toEqual([]);
  });
});
