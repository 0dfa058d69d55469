// Deep links: query and hash forms, the `level` alias, and a clear message for each bad part.
import { describe, expect, it } from 'vitest';
import { deepLinkTo, parseDeepLink } from '../../src/platform/deep-link';
import { words } from '../../src/i18n/words';

const KNOWN = ['chong-bok-2025', 'december-2025'];

describe('deep links', () => {
  it('reads scenario, seed and difficulty from the query, with level as an alias', () => {
    expect(parseDeepLink('?scenario=december-2025&seed=42&difficulty=violent', '', KNOWN))
      .toEqual({ scenario: 'december-2025', seed: 42, difficulty: 'violent', problems: [] });
    expect(parseDeepLink('?level=chong-bok-2025', '', KNOWN)).toMatchObject({ scenario: 'chong-bok-2025', seed: null, difficulty: null });
  });

  it('reads the hash forms used from file://, and the hash wins over the query', () => {
    for (const hash of ['#scenario=december-2025&seed=7&difficulty=Calm', '#?scenario=december-2025&seed=7&difficulty=calm', '#/play?scenario=december-2025&seed=7&difficulty=calm']) {
      expect(parseDeepLink('?seed=1', hash, KNOWN), hash).toEqual({ scenario: 'december-2025', seed: 7, difficulty: 'calm', problems: [] });
    }
    expect(parseDeepLink('', '#top', KNOWN)).toEqual({ scenario: null, seed: null, difficulty: null, problems: [] });
  });

  it('names each bad part and ignores it', () => {
    const link = parseDeepLink('?scenario=atlantis&seed=12abc&difficulty=brutal', '', KNOWN);
    expect(link).toMatchObject({ scenario: null, seed: null, difficulty: null });
    expect(link.problems).toHaveLength(3);
    expect(words(link.problems[0]!)).toMatch(/does not have .*atlantis.*chong-bok-2025, december-2025/);
    expect(words(link.problems[1]!)).toMatch(/seed .*12abc/);
    expect(words(link.problems[2]!)).toMatch(/difficulty .*brutal/);
    for (const seed of ['-1', '1.5', '', '99999999999']) expect(parseDeepLink(`?seed=${seed}`, '', KNOWN).seed, seed).toBeNull();
  });

  it('builds links a teacher can share: query over http, hash for file://', () => {
    const link = { scenario: 'december-2025', seed: 9, difficulty: 'tense' as const };
    expect(deepLinkTo('https://example.org/game/?x=1', link)).toBe('https://example.org/game/?scenario=december-2025&seed=9&difficulty=tense');
    expect(deepLinkTo('file:///media/usb/index.html', link)).toBe('file:///media/usb/index.html#scenario=december-2025&seed=9&difficulty=tense');
    const back = parseDeepLink('', new URL(deepLinkTo('file:///x/index.html', link)).hash, KNOWN);
    expect(back).toEqual({ ...link, problems: [] });
  });
});
