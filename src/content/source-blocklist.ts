// Sources must be the outlet that first published a report. This module reads the repository's list
// of known aggregators, reposts and mirrors and names any source of a scenario whose address is on
// it, so a test (and an author) sees which entry to replace and why.

import type { Level } from '../sim/level';
import { formatPath } from './messages';
import list from './source-blocklist.json';

/** One listed domain: what kind of copy it holds and a note saying whose copy. */
export interface BlockedDomain {
  domain: string;
  kind: 'aggregator' | 'repost' | 'mirror';
  note: string;
}

/** The listed domains, as kept in src/content/source-blocklist.json. */
export const BLOCKED_DOMAINS: readonly BlockedDomain[] = list.domains as BlockedDomain[];

/** The listed entry that covers `url` (its host or a parent domain), or undefined. */
export function blockedDomain(url: string, domains: readonly BlockedDomain[] = BLOCKED_DOMAINS): BlockedDomain | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  return domains.find((d) => host === d.domain || host.endsWith(`.${d.domain}`));
}

/** `sources[i].url: ...` lines for every source of the level whose address is on the list. */
export function blockedSourceLines(level: Pick<Level, 'sources'>, domains: readonly BlockedDomain[] = BLOCKED_DOMAINS): string[] {
  const out: string[] = [];
  level.sources.forEach((source, i) => {
    const hit = blockedDomain(source.url, domains);
    if (hit) {
      out.push(`${formatPath(['sources', i, 'url'])}: expected the original outlet, got ${hit.domain} (${hit.kind}: ${hit.note}) for "${source.id}"`);
    }
  });
  return out;
}
