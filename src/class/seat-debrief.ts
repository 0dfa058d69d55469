// A delegation team's debrief at a three-party class table: its score in the four parts the seat
// score has (its government's gain over its walk-away point, its public's ratification, lives lost
// on both sides, whether the peace holds), each with the numbers behind it, and the cap that makes
// a team that won its demands but got a war lose.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import type { SeatScore, SeatPart } from '../sim/seats/score';
import { SEAT_WEIGHTS } from '../sim/seats/score';
import { LOSS_CAP } from '../sim/scoring';
import { t } from '../i18n/i18n';
import { ceasefireInline, count, pct, sideName } from '../ui/format';
import { aroundNumber } from '../ui/number-words';

const PARTS: readonly SeatPart[] = ['deal', 'ratification', 'lives', 'peace'];

function why(level: Level, s: SeatScore, part: SeatPart): string {
  switch (part) {
    case 'deal': return s.utility === null ? t('class.party.why.noDeal', { reservation: pct(s.reservation) })
      : t('class.party.why.deal', { utility: pct(s.utility), reservation: pct(s.reservation) });
    case 'ratification': return s.domestic === null ? t('class.party.why.noRatify')
      : t(s.ratified ? 'class.party.why.ratified' : 'class.party.why.notRatified', { domestic: pct(s.domestic), threshold: pct(s.ratificationThreshold) });
    case 'lives': return t('class.party.why.lives', {
      own: count(s.lives.own), other: count(s.lives.other), fighting: count(s.lives.fighting), baseline: count(s.lives.baseline),
      side: sideName(level, s.seat), otherSide: sideName(level, s.seat === 'th' ? 'kh' : 'th'),
    });
    case 'peace': return t(s.peaceHolds ? 'class.party.why.peace' : 'class.party.why.noPeace', { ceasefire: ceasefireInline(s.ceasefire) });
  }
}

/** The delegation's debrief: its points, verdict and each part explained. */
export function seatDebrief(level: Level, s: SeatScore): TemplateResult {
  const capped = s.outcome?.kind === 'loss';
  // Only the number is set large; the words around it stay at the text's size.
  const [before, after] = aroundNumber('class.party.points', 'n');
  return html`<section class="panel debrief" aria-labelledby="seat-debrief-title">
    <h2 id="seat-debrief-title">${t('class.party.debrief', { side: sideName(level, s.seat) })}</h2>
    <p class="score"><span class="score-points">${before}<span class="score-number">${count(s.points)}</span>${after}</span> · ${t(`class.party.result.${s.verdict}`)}</p>
    <table class="breakdown seat-breakdown"><caption>${t('class.party.partsCaption')}</caption><tbody>
      ${PARTS.map((p) => html`<tr><th scope="row">${t(`class.party.part.${p}`)}</th><td class="points">${count(s.parts[p])} / ${count(SEAT_WEIGHTS[p])}</td><td class="why">${why(level, s, p)}</td></tr>`)}
    </tbody></table>
    ${capped ? html`<p>${t('class.party.capped', { cap: LOSS_CAP })}</p>` : nothing}
  </section>`;
}
