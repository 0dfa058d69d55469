// On the answers screen of a hot-seat game: what each team said when it answered, in its own
// words, so the envoy and the room hear the reason beside the verdict. Display only: the sim
// records the verdicts; the reasons are the round machine's notes and go to the debrief's export.

import { html, type TemplateResult } from 'lit-html';
import type { Level, SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import type { TeamNotes } from '../../machines/hotseat';
import { sideName } from '../format';
import { t } from '../../i18n/i18n';

/** The teams' reasons for the package just answered, or null when no team gave one. */
export function teamReasons(level: Level, game: GameState, all: TeamNotes | undefined): TemplateResult | null {
  const last = game.log.length - 1;
  if (last < 0 || game.log[last]?.type !== 'propose') return null;
  const notes = all?.[last];
  if (!notes) return null;
  const sides = (Object.keys(notes) as SideId[]).filter((s) => notes[s]);
  if (sides.length === 0) return null;
  return html`<section class="panel team-reasons" aria-label=${t('classroom.hotseat.reasons.label')}>${sides.map((s) => html`<blockquote>
    <p>${t('classroom.hotseat.reasons.quote', { reason: notes[s] ?? '' })}</p>
    <footer>${t('classroom.hotseat.reasons.team', { side: sideName(level, s) })}</footer>
  </blockquote>`)}</section>`;
}
