// The shape of one decision, checked before any rule looks at it. A decision log comes from
// outside the sim (a save, a resume code, a hot-seat team's screen): every step must be one of the
// decisions the sim knows, with a side where one is needed, a tone from the known set, a package
// and counter-offers made of the scenario's own issues with a term id for each, and team answers
// that are accept, reject or a counter-offer. Anything else is refused with a message, never
// applied. A term id an issue lacks is not a matter of shape: in a package it leaves the issue
// missing (`missingIssues`, refused as missing terms), and a counter-offer takes the tabled term
// there instead (`completeCounter`).

import { SIDES, type Level, type SideId } from './level';
import type { MediatorAction } from './state';
import { ACTIONS } from './catalog';
import { msg, type Msg } from './message';
import { DELEGATION_LEVERS, delegationShapeRefusal, isDelegationAction } from './seats/levers';

/** Tones a public statement may take. */
export const TONES: readonly string[] = ['praise', 'blame'];

const TARGETED: ReadonlySet<string> = new Set(ACTIONS.filter((a) => a.targeted).map((a) => a.type));
const KNOWN: ReadonlySet<string> = new Set([...ACTIONS.map((a) => a.type), 'propose', 'end_round', ...DELEGATION_LEVERS]);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const issuesCache = new WeakMap<Level, ReadonlySet<string>>();

/** The scenario's issue ids, built once per level (every decision of every headless game is checked). */
function issuesOf(level: Level): ReadonlySet<string> {
  let s = issuesCache.get(level);
  if (!s) {
    s = new Set(level.issues.map((i) => i.id));
    issuesCache.set(level, s);
  }
  return s;
}

/** Why a package or a counter-offer is not a map from the scenario's issues to term ids, or null. */
function termsRefusal(level: Level, terms: unknown): Msg | null {
  if (!isRecord(terms)) return msg('sim.refuse.badPackage', { issue: '?' });
  const known = issuesOf(level);
  for (const issueId in terms) {
    if (!known.has(issueId)) return msg('sim.refuse.badPackage', { issue: issueId.slice(0, 40) });
    const termId = terms[issueId];
    if (termId !== undefined && typeof termId !== 'string') return msg('sim.refuse.badPackage', { issue: issueId });
  }
  return null;
}

/** Why a team's answer is not accept, reject or a counter-offer of the scenario's terms, or null. */
function answerRefusal(level: Level, answer: unknown): Msg | null {
  if (answer === 'accept' || answer === 'reject' || answer === undefined) return null;
  if (isRecord(answer) && answer['verdict'] === 'counter' && (answer['counter'] === undefined || isRecord(answer['counter']))) {
    return answer['counter'] === undefined ? null : termsRefusal(level, answer['counter']);
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
  if (isDelegationAction(a)) return delegationShapeRefusal(a);
  if (TARGETED.has(a.type) && !SIDES.includes(a['side'] as SideId)) return msg('sim.refuse.chooseSide');
  if (a.type === 'statement' && !TONES.includes(a['tone'] as string)) return msg('sim.refuse.badTone');
  if (a.type === 'propose') {
    const terms = termsRefusal(level, a['proposal']);
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
