// The shape of one decision, checked before any rule looks at it. A decision log comes from
// outside the sim (a save, a resume code, a hot-seat team's screen): every step must be one of the
// decisions the sim knows, with a side where one is needed, a tone from the known set, a package
// and counter-offers made of the scenario's own issues and terms, and team answers that are
// accept, reject or a counter-offer. Anything else is refused with a message, never applied.

import { SIDES, type Level, type SideId } from './level';
import type { MediatorAction } from './state';
import { ACTIONS } from './catalog';
import { msg, type Msg } from './message';

/** Tones a public statement may take. */
export const TONES: readonly string[] = ['praise', 'blame'];

const TARGETED: ReadonlySet<string> = new Set(ACTIONS.filter((a) => a.targeted).map((a) => a.type));
const KNOWN: ReadonlySet<string> = new Set([...ACTIONS.map((a) => a.type), 'propose', 'end_round']);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const termsCache = new WeakMap<Level, ReadonlyMap<string, ReadonlySet<string>>>();

/** Each issue's option ids, built once per level (every decision of every headless game is checked). */
function termsOf(level: Level): ReadonlyMap<string, ReadonlySet<string>> {
  let m = termsCache.get(level);
  if (!m) {
    m = new Map(level.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))]));
    termsCache.set(level, m);
  }
  return m;
}

/**
 * Why a package does not fit the scenario's issues and terms, or null. Terms may be left out (the
 * rules then say which are missing). A team's counter-offer (`counter`) may also name a term the
 * scenario lacks: the sim completes it from the tabled package (see `completeCounter`).
 */
function termsRefusal(level: Level, terms: unknown, counter: boolean): Msg | null {
  if (!isRecord(terms)) return msg('sim.refuse.badPackage', { issue: '?' });
  const known = termsOf(level);
  for (const issueId in terms) {
    const options = known.get(issueId);
    if (!options) return msg('sim.refuse.badPackage', { issue: issueId.slice(0, 40) });
    const optionId = terms[issueId];
    if (optionId === undefined) continue;
    if (typeof optionId !== 'string' || (!counter && !options.has(optionId))) return msg('sim.refuse.badPackage', { issue: issueId });
  }
  return null;
}

/** Why a team's answer is not accept, reject or a counter-offer of the scenario's terms, or null. */
function answerRefusal(level: Level, answer: unknown): Msg | null {
  if (answer === 'accept' || answer === 'reject' || answer === undefined) return null;
  if (isRecord(answer) && answer['verdict'] === 'counter' && (answer['counter'] === undefined || isRecord(answer['counter']))) {
    return answer['counter'] === undefined ? null : termsRefusal(level, answer['counter'], true);
  }
  return msg('sim.refuse.badAnswer');
}

/**
 * Why a decision is malformed, or null when its shape is sound (whether it is legal now is for
 * `refuse` to say). Accepts any value, so it can check what was read from outside.
 */
export function shapeRefusal(level: Level, action: unknown): Msg | null {
  if (!isRecord(action) || typeof action['type'] !== 'string' || !KNOWN.has(action['type'])) return msg('sim.refuse.unknownAction');
  const a = action as MediatorAction & Record<string, unknown>;
  if (TARGETED.has(a.type) && !SIDES.includes(a['side'] as SideId)) return msg('sim.refuse.chooseSide');
  if (a.type === 'statement' && !TONES.includes(a['tone'] as string)) return msg('sim.refuse.badTone');
  if (a.type === 'propose') {
    const terms = termsRefusal(level, a['proposal'], false);
    if (terms) return terms;
    const humans = a['humans'];
    if (humans === undefined) return null;
    if (!isRecord(humans)) return msg('sim.refuse.badAnswer');
    for (const [side, answer] of Object.entries(humans)) {
      if (!SIDES.includes(side as SideId)) return msg('sim.refuse.chooseSide');
      const bad = answerRefusal(level, answer);
      if (bad) return bad;
    }
  }
  return null;
}
