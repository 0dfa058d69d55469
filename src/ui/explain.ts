// Turns a delegation's Reason (the numbers that decided its answer) into plain words, so the player
// reads why a side said no in terms of the package's terms and its own thresholds, never a canned
// line unrelated to the model.

import type { IssueId, Level, SideId } from '../sim/level';
import type { Answer, Proposal, Reason } from '../sim/state';
import { pct, sideName } from './format';

/** Label of an issue, or its id when the level does not know it. */
export function issueLabel(level: Level, issue: IssueId): string {
  return level.issues.find((i) => i.id === issue)?.label ?? issue;
}

/** Label of an option of an issue, or its id when unknown. */
export function optionLabel(level: Level, issue: IssueId, option: string): string {
  return level.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** A package as (issue label, option label) lines in the level's issue order. */
export function describeProposal(level: Level, proposal: Proposal): { issue: string; option: string }[] {
  return level.issues
    .filter((i) => proposal[i.id] !== undefined)
    .map((i) => ({ issue: i.label, option: optionLabel(level, i.id, proposal[i.id] ?? '') }));
}

/** Lower-cases the first letter unless the first word is an acronym (ASEAN, US). */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

const VERDICT: Record<Answer['verdict'], string> = {
  accept: 'accepts',
  reject: 'rejects',
  counter: 'counters',
  walkout: 'walks out',
};

/** The costliest term ("“5 km” on heavy-weapons withdrawal") and the option that would pass. */
function costliest(level: Level, r: Reason): { term: string; pass: string } | null {
  if (!r.issue || !r.option) return null;
  const term = `“${optionLabel(level, r.issue, r.option)}” on ${lowerFirst(issueLabel(level, r.issue))}`;
  const pass = r.wouldPass ? ` “${optionLabel(level, r.issue, r.wouldPass)}” would pass.` : '';
  return { term, pass };
}

/** What has hardened the side: pressure at home and the incidents it has suffered in this crisis. */
function context(r: Reason): string {
  const parts: string[] = [];
  if (r.incidents > 0) parts.push(`${r.incidents} ${r.incidents === 1 ? 'incident' : 'incidents'} it has suffered so far`);
  if (r.pressure >= 0.5) parts.push(`domestic pressure at ${pct(r.pressure)}`);
  return parts.length ? ` It is hardened by ${parts.join(' and ')}.` : '';
}

/**
 * Explains a Reason in one short paragraph naming the side, the costliest term (issue and option
 * labels) and the numbers (as percentages) that decided it. `verdict` picks the opening verb.
 */
export function explainReason(level: Level, side: SideId, r: Reason, verdict?: Answer['verdict']): string {
  const name = sideName(level, side);
  const verb = verdict ? VERDICT[verdict] : undefined;
  switch (r.kind) {
    case 'accepts':
      return `${name} ${verb ?? 'accepts'}: this package is worth ${pct(r.utility)} to ${name}, ` +
        `enough for the ${pct(r.target)} it needs now, and its public would accept it ` +
        `(${pct(r.domestic)} where it needs ${pct(r.ratification)}).`;
    case 'below_target': {
      const c = costliest(level, r);
      const worth = `worth ${pct(r.utility)} to ${name}; it needs ${pct(r.target)} now.`;
      return c
        ? `${name} ${verb ?? 'rejects'}: the term that costs it most is ${c.term}. This package is ${worth}${c.pass}${context(r)}`
        : `${name} ${verb ?? 'rejects'}: this package is ${worth}${context(r)}`;
    }
    case 'cannot_ratify': {
      const c = costliest(level, r);
      const term = c ? ` What its public minds most is ${c.term}.${c.pass}` : '';
      return `${name} cannot sell this at home: its public would accept ${pct(r.ratification)}, ` +
        `this gives ${pct(r.domestic)}.${term}${context(r)}`;
    }
    case 'walkout':
      return `${name} walks out: it no longer trusts the mediator enough to stay at the table. ` +
        `The last package was worth ${pct(r.utility)} to it, against the ${pct(r.target)} it wanted.${context(r)}`;
    case 'incomplete':
      return `${name} will not answer an incomplete package: every open issue needs a term.`;
    case 'human':
      return `${name}'s team ${verb ?? 'decides'} at the table. The model would have weighed this package at ` +
        `${pct(r.utility)} against the ${pct(r.target)} it needs now (its public: ${pct(r.domestic)} of ${pct(r.ratification)}).`;
  }
}

/** Explains a delegation's answer, with the verdict's verb. */
export function explainAnswer(level: Level, answer: Answer): string {
  return explainReason(level, answer.side, answer.reason, answer.verdict);
}

/** The verdict as a short heading word. */
export function verdictWords(verdict: Answer['verdict']): string {
  return { accept: 'Accepts', reject: 'Rejects', counter: 'Counter-proposes', walkout: 'Walks out' }[verdict];
}
