// A package of terms as a definition list (issue → term), used for the tabled package, the
// delegations' counter-offers and the debrief's accord.

import type { Level } from '../../sim/level';
import type { Proposal } from '../../sim/state';
import { h } from '../dom';
import { describeProposal } from '../explain';

/** A package as a <dl> of issue labels and option labels. */
export function packageList(level: Level, proposal: Proposal, label: string): HTMLElement {
  return h('dl', { class: 'package', 'aria-label': label },
    ...describeProposal(level, proposal).flatMap(({ issue, option }) => [
      h('dt', { text: issue }),
      h('dd', { text: option }),
    ]));
}
