// What the map writes and where it looks, apart from the scene that draws it: the country names'
// places, names cut to fit without breaking a Thai or Khmer cluster, the key that says when the
// words changed (language or level), and how much an incident matters for the zoom.

import type { Level } from '../sim/level';
import type { IncidentEvent } from '../sim/state';
import { language, locale } from '../i18n/i18n';

/** Country names on the map; each one's words are `classroom.map.country.<id>`. */
export const COUNTRY_NAMES = [
  { id: 'th', lon: 103.3, lat: 15.55, big: true },
  { id: 'kh', lon: 104.3, lat: 12.85, big: true },
  { id: 'la', lon: 106.0, lat: 15.6, big: false },
  { id: 'vn', lon: 107.0, lat: 13.0, big: false },
] as const;

/** Cuts a name to at most `max` characters as a reader counts them (never inside a Thai or Khmer cluster). */
export function shorten(name: string, max: number): string {
  const chars = [...new Intl.Segmenter(locale(), { granularity: 'grapheme' }).segment(name)].map((g) => g.segment);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}

/** What the drawn text depends on: the language and the level's site names. */
export function textKey(level: Level | null): string {
  return `${language()}|${level?.id ?? ''}|${level?.sites.map((s) => s.name).join('|') ?? ''}`;
}

/** How much an incident matters for where the map looks: deaths, then violations. */
export function weight(inc: IncidentEvent): number {
  return inc.deaths * 10 + (inc.violation ? 5 : 0) + inc.displaced / 10_000;
}
