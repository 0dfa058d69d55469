// What the envoy's screen adds at a three-party class table: who plays each delegation (a team or
// the AI), the package waiting for the teams' answers (its terms) with the time left, and every answer a team
// gave with its written reason (shown as text only).

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import { SIDES } from '../sim/level';
import { t } from '../i18n/i18n';
import { sideName } from '../ui/format';
import { noteLine, packageList } from './seat-delegation';
import { secondsLeft, type PartyView } from './seat-state';

/** The envoy's view of the delegations' seats and answers; nothing when both sides are the AI's. */
export function envoyPartyPanel(level: Level, party: PartyView | undefined): TemplateResult {
  if (!party || (party.modes.th === 'ai' && party.modes.kh === 'ai' && !party.notes.length)) return html``;
  const left = secondsLeft(party.deadline);
  // The answers to the newest package first; earlier rounds' answers fold away so the table stays near the top.
  const newest = party.notes.reduce((m, n) => Math.max(m, n.round), 0);
  const latest = party.notes.filter((n) => n.round === newest).reverse();
  const earlier = party.notes.filter((n) => n.round !== newest).reverse();
  return html`<section class="panel party" aria-labelledby="party-title">
    <h2 id="party-title">${t('class.party.delegations')}</h2>
    <ul>${SIDES.map((s) => html`<li>${t(party.modes[s] === 'human' ? 'class.party.byTeam' : 'class.party.byAi', { side: sideName(level, s) })}</li>`)}</ul>
    ${party.waiting.length ? html`<p role="status" class="waiting">${t('class.party.waitingFor', { sides: party.waiting.map((s) => sideName(level, s)).join(', ') })}
      ${left !== null ? html` ${t('class.party.timeLeft', { s: left })}` : nothing}</p>
      ${party.pending ? packageList(level, party.pending, t('class.party.tabled')) : nothing}` : nothing}
    ${latest.length ? html`<h3>${t('class.party.teamAnswers')}</h3>
      <ul class="notes">${latest.map((n) => noteLine(level, n, true))}</ul>` : nothing}
    ${earlier.length ? html`<details class="earlier"><summary>${t('class.party.earlierAnswers', { n: earlier.length })}</summary>
      <ul class="notes">${earlier.map((n) => noteLine(level, n, true))}</ul></details>` : nothing}
  </section>`;
}
