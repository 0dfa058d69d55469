// Deep links, so a teacher can send a whole class into the same crisis:
//   ?scenario=<id>&seed=<n>&difficulty=calm|tense|violent   (`level` is an alias of `scenario`)
// and the same after `#` for copies opened from file:// or an LMS that strips the query
// (`#scenario=…&seed=…`, `#?scenario=…` or `#/play?scenario=…`). The hash wins over the query.
// Anything wrong gives a message for the menu and is otherwise ignored; it never blocks the game.

import { DIFFICULTIES, type Difficulty } from '../sim/level';
import { msg, type Msg } from '../sim/message';

/** What a link asks for, with one message per part that could not be followed. */
export interface DeepLink {
  /** The scenario to open; null when none was given or it is unknown. */
  scenario: string | null;
  seed: number | null;
  difficulty: Difficulty | null;
  /** Messages for the player (keys with their arguments), one per problem. */
  problems: Msg[];
}

/** The link's parameters: the query's, overridden by any in the hash. */
function params(search: string, hash: string): URLSearchParams {
  const merged = new URLSearchParams(search);
  const h = hash.replace(/^#/, '');
  const q = h.includes('?') ? h.slice(h.indexOf('?') + 1) : h.includes('=') ? h : '';
  for (const [k, v] of new URLSearchParams(q)) merged.set(k, v);
  return merged;
}

const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Reads a deep link from a location's `search` and `hash`.
 * @param known ids of the scenarios this build ships
 */
export function parseDeepLink(search: string, hash: string, known: readonly string[], isKnown: (id: string) => boolean = (id) => known.includes(id)): DeepLink {
  const p = params(search, hash);
  const problems: Msg[] = [];
  let scenario: string | null = null;
  const asked = p.get('scenario') ?? p.get('level');
  if (asked !== null) {
    if (isKnown(asked)) scenario = asked;
    else problems.push(msg('menu.link.unknownScenario', { id: shown(asked), available: known.join(', ') }));
  }
  let seed: number | null = null;
  const seedText = p.get('seed');
  if (seedText !== null) {
    const n = Number(seedText.trim());
    if (seedText.trim() !== '' && Number.isSafeInteger(n) && n >= 0 && n < 2 ** 31) seed = n;
    else problems.push(msg('menu.link.badSeed', { seed: shown(seedText) }));
  }
  let difficulty: Difficulty | null = null;
  const diffText = p.get('difficulty');
  if (diffText !== null) {
    const d = diffText.trim().toLowerCase();
    if ((DIFFICULTIES as readonly string[]).includes(d)) difficulty = d as Difficulty;
    else problems.push(msg('menu.link.badDifficulty', { difficulty: shown(diffText) }));
  }
  return { scenario, seed, difficulty, problems };
}

/** A link to `base` that opens `scenario` with `seed` and `difficulty` (hash form for file://). */
export function deepLinkTo(base: string, link: { scenario: string; seed: number; difficulty: Difficulty }): string {
  const q = new URLSearchParams({ scenario: link.scenario, seed: String(link.seed), difficulty: link.difficulty }).toString();
  const url = base.replace(/[?#].*$/, '');
  return url.startsWith('file:') ? `${url}#${q}` : `${url}?${q}`;
}
