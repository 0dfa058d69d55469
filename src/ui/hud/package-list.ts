// A package of terms as a definition list (issue → term), used for the tabled package, the
// delegations' counter-offers and the debrief's accord.

import { html, type TemplateResult } from 'lit-html';
import type { Level } from '../../sim/level';
import type { Proposal } from '../../sim/state';
import { describeProposal } from '../explain';

/** A package as a <dl> of issue labels and option labels. */
export function packageList(level: Level, proposal: Proposal, label: string): TemplateResult {
  return html`<dl class="package" aria-label=${label}>${describeProposal(level, proposal).map(({ issue, option }) =>
    html`<dt>${issue}</dt><dd>${option}</dd>`)}</dl>`;
}
