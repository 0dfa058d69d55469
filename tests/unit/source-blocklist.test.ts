// Every source of a shipped scenario must be an original outlet: the test fails when a source's
// address is on the repository's list of aggregators, reposts and mirrors (src/content/source-blocklist.json).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level, Source } from '../../src/sim/level';
import { BLOCKED_DOMAINS, blockedDomain, blockedSourceLines } from '../../src/content/source-blocklist';
import { shippedLevel } from '../helpers/level';

const CAMPAIGN = ['chong-bok-2025', 'july-2025', 'august-2025', 'october-2025', 'december-2025'] as const;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/aggregator-sources.json', import.meta.url), 'utf8')) as { sources: Source[] };

const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of CAMPAIGN) levels.set(id, await shippedLevel(id));
});

describe('source block list', () => {
  it.each(CAMPAIGN)('%s cites no aggregator, repost or mirror', (id) => {
    expect(blockedSourceLines(levels.get(id)!)).toEqual([]);
  });

  it('names each listed source of the fixture by path, domain and id', () => {
    const lines = blockedSourceLines(fixture);
    expect(lines).toEqual([
      expect.stringMatching(/^sources\[0\]\.url: expected the original outlet, got djtechnologies\.net \(repost: .*\) for "djtech-2025-12-08"$/),
      expect.stringMatching(/^sources\[8\]\.url: .* particle\.news .* "particle-2025-12-27"$/),
    ]);
  });

  it('matches subdomains and hosts written in capitals, not look-alike names', () => {
    expect(blockedDomain('https://thai3.localynews.cloudns.ch/news/asean/40053203')?.kind).toBe('mirror');
    expect(blockedDomain('https://PRWIRE.MY/?p=31449')?.domain).toBe('prwire.my');
    expect(blockedDomain('https://www.nationthailand.com/news/asean/40053203')).toBeUndefined();
    expect(blockedDomain('https://notparticle.news/story')).toBeUndefined();
    expect(blockedDomain('not a url')).toBeUndefined();
  });

  it('lists each domain once, in lower case, with a kind and a reason', () => {
    const names = BLOCKED_DOMAINS.map((d) => d.domain);
    expect(new Set(names).size).toBe(names.length);
    for (const d of BLOCKED_DOMAINS) {
      expect(d.domain).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(['aggregator', 'repost', 'mirror']).toContain(d.kind);
      expect(d.note.length).toBeGreaterThan(10);
    }
  });
});
