// A single decision of the mediator in words, for the comparison of two tries: the lever's name
// with its side or tone, a package with its terms, the end of a day. Kept apart from the view so
// the words can be tested on their own and reused wherever a decision must be named.

import type { Level } from '../../sim/level';
import type { MediatorAction } from '../../sim/state';
import { sideName } from '../format';
import { leverLabel, list } from '../say';
import { t } from '../../i18n/i18n';

/** A decision in words ("Host talks", "Shuttle diplomacy: Cambodia", "Table a package: …"); null as "no further decision". */
export function decisionWords(level: Level, action: MediatorAction | null): string {
  if (!action) return t('debrief.branch.decision.none');
  switch (action.type) {
    case 'end_round':
      return t('debrief.branch.decision.endRound');
    case 'propose': {
      const terms = level.issues.map((issue) => issue.options.find((o) => o.id === action.proposal[issue.id])?.label).filter((x): x is string => !!x);
      return t('debrief.branch.decision.propose', { lever: leverLabel('propose'), terms: list(terms) });
    }
    case 'statement':
      return t('debrief.branch.decision.withSide', { lever: leverLabel('statement'), side: t(`play.actions.${action.tone}`, { side: sideName(level, action.side) }) });
    case 'shuttle':
    case 'advise':
    case 'consult':
      return t('debrief.branch.decision.withSide', { lever: leverLabel(action.type), side: sideName(level, action.side) });
    default:
      return leverLabel(action.type);
  }
}
