// Turns a delegation's Reason (the numbers that decided its answer) into plain words, so the player
// reads why a side said no in terms of the package's terms and its own thresholds, never a canned
// line unrelated to the model.

import type { IssueId, Level, SideId } from '../sim/level';
import type { Answer, Proposal, Reason } from '../sim/state';
import { locale, t } from '../i18n/i18n';
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

/**
 * Lower-cases the first letter unless the first word is an acronym (ASEAN, US), for an issue label
 * set inside a sentence. Only scripts with letter case change; Thai and Khmer read as given.
 */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? '';
  return first.length > 1 && first === first.toLocaleUpperCase(locale()) ? s : s.charAt(0).toLocaleLowerCase(locale()) + s.slice(1);
}

/** The costliest term ("“5 km” on heavy-weapons withdrawal") and the sentence naming the option that would pass. */
function costliest(level: Level, r: Reason): { term: string; pass: string | null } | null {
  if (!r.issue || !r.option) return null;
  const term = t('common.explain.term', { option: optionLabel(level, r.issue, r.option), issue: lowerFirst(issueLabel(level, r.issue)) });
  const pass = r.wouldPass ? t('common.explain.wouldPass', { option: optionLabel(level, r.issue, r.wouldPass) }) : null;
  return { term, pass };
}

/** What has hardened the side: pressure at home and the incidents it has suffered in this crisis. */
function context(r: Reason): string | null {
  const pressure = r.pressure >= 0.5 ? pct(r.pressure) : null;
  if (r.incidents > 0) {
    return pressure
      ? t('common.explain.hardened.both', { count: r.incidents, pressure })
      : t('common.explain.hardened.incidents', { count: r.incidents });
  }
  return pressure ? t('common.explain.hardened.pressure', { pressure }) : null;
}

/** Sentences joined into one paragraph, skipping the absent ones. */
function paragraph(...sentences: (string | null | undefined)[]): string {
  return sentences.filter((x): x is string => !!x).join(' ');
}

/**
 * Explains a Reason in one short paragraph naming the side, the costliest term (issue and option
 * labels) and the numbers (as percentages) that decided it. `verdict` picks the opening verb.
 */
export function explainReason(level: Level, side: SideId, r: Reason, verdict?: Answer['verdict']): string {
  const name = sideName(level, side);
  const lead = (fallback: Answer['verdict']) => t(`common.explain.lead.${verdict ?? fallback}`, { side: name });
  const nums = { side: name, utility: pct(r.utility), target: pct(r.target), domestic: pct(r.domestic), ratification: pct(r.ratification) };
  switch (r.kind) {
    case 'accepts':
      return t('common.explain.accepts', { ...nums, lead: lead('accept') });
    case 'below_target': {
      const c = costliest(level, r);
      return c
        ? paragraph(t('common.explain.belowTargetTerm', { ...nums, lead: lead('reject'), term: c.term }), c.pass, context(r))
        : paragraph(t('common.explain.belowTarget', { ...nums, lead: lead('reject') }), context(r));
    }
    case 'cannot_ratify': {
      const c = costliest(level, r);
      if (r.redLine && c) return paragraph(t('common.exploit.redLine', { side: name, term: c.term }), c.pass, context(r));
      return paragraph(
        t('common.explain.cannotRatify', nums),
        c && t('common.explain.mindsMost', { term: c.term }), c?.pass, context(r));
    }
    case 'walkout':
      return paragraph(t('common.explain.walkout', nums), context(r));
    case 'incomplete':
      return t('common.explain.incomplete', nums);
    case 'human':
      return paragraph(t(`common.explain.human.${verdict ?? 'decide'}`, nums), t('common.explain.humanModel', nums));
  }
}

/** Explains a delegation's answer, with the verdict's verb. */
export function explainAnswer(level: Level, answer: Answer): string {
  return explainReason(level, answer.side, answer.reason, answer.verdict);
}

/** The verdict as a short heading word. */
export function verdictWords(verdict: Answer['verdict']): string {
  return t(`common.verdict.${verdict}`);
}
