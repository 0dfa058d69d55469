// A counter-offer made whole: the terms a team changed, laid over the package it answered. Apart
// from the tabling of packages (propose.ts), so a decision log can be written without the
// delegations' model.

import type { Level } from './level';
import type { Proposal } from './state';

/**
 * A team's counter-offer as a full package: one option of the level per open issue. A term it left
 * out, or one the level does not have, stays as the tabled package had it, so the counter can always
 * be tabled again from "Start from …".
 */
export function completeCounter(level: Level, tabled: Proposal, counter: Proposal): Proposal {
  const out: Proposal = {};
  for (const issue of level.issues) {
    const own = counter[issue.id];
    const id = own !== undefined && issue.options.some((o) => o.id === own) ? own : tabled[issue.id];
    if (id !== undefined) out[issue.id] = id;
  }
  return out;
}
