// The negotiating table: Thailand's delegation, the ASEAN mediator and Cambodia's delegation, each
// with its flag. A delegate's posture shows its stance (leaning in to accept, upright to counter,
// leaning back to reject, an empty chair after a walk-out, guarded or open from its trust in the
// mediator), always with the stance in words too. The tabled package slides across the table and
// the delegates react when their answers come in. Flags and figures are decorative (aria-hidden).

import { html, type TemplateResult } from 'lit-html';
import thFlag from 'flag-icons/flags/4x3/th.svg?url';
import khFlag from 'flag-icons/flags/4x3/kh.svg?url';
import aseanFlag from 'flag-icons/flags/4x3/asean.svg?url';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { Answer, GameState } from '../../sim/state';
import { verdictWords } from '../explain';
import { sideName } from '../format';
import { t } from '../../i18n/i18n';

const FLAGS: Record<SideId | 'asean', string> = { th: thFlag, kh: khFlag, asean: aseanFlag };

/** A delegation's stance: its last answer this round, else its mood from trust in the mediator. */
export function stance(game: GameState, side: SideId): { pose: Answer['verdict'] | 'open' | 'guarded' | 'waiting'; words: string } {
  const answer = game.answers.find((a) => a.side === side);
  if (answer) return { pose: answer.verdict, words: verdictWords(answer.verdict) };
  const trust = game.sides[side].trustMediator;
  if (trust >= 0.6) return { pose: 'open', words: t('play.table.open') };
  if (trust < 0.35) return { pose: 'guarded', words: t('play.table.guarded') };
  return { pose: 'waiting', words: t('play.table.listening') };
}

function flag(key: SideId | 'asean'): TemplateResult {
  return html`<img class="flag" src=${FLAGS[key]} alt="" width="40" height="30" aria-hidden="true">`;
}

/** A seated figure in a posture (pure CSS shapes). */
function figure(pose: string): TemplateResult {
  return html`<span class="figure pose-${pose}" aria-hidden="true"><span class="head"></span><span class="body"></span><span class="chair"></span></span>`;
}

function seat(level: Level, game: GameState, side: SideId, reacting: boolean): TemplateResult {
  const s = stance(game, side);
  return html`<li class="seat seat-${side} pose-${s.pose}${reacting ? ' reacting' : ''}">
    ${figure(s.pose)}
    <span class="seat-text"><span class="seat-name">${flag(side)}<span>${sideName(level, side)}</span></span><span class="seat-stance">${s.words}</span></span>
  </li>`;
}

/** The table strip for a round screen (`screen` decides whether the package slides and reactions play). */
export function renderTable(level: Level, game: GameState, screen: string): TemplateResult {
  const answering = screen === 'responding' && game.answers.length > 0;
  const tabled = game.tabled ? Object.keys(game.tabled).length : 0;
  const [left, right] = SIDES;
  return html`<section class="table-strip" aria-label=${t('play.table.label')}>
    <ul class="seats">
      ${seat(level, game, left!, answering)}
      <li class="seat seat-mediator">
        ${figure('mediator')}
        <span class="seat-text">
          <span class="seat-name">${flag('asean')}<span>${t('play.table.mediator')}</span></span>
          <span class="seat-stance">${tabled > 0 ? t('play.table.package', { n: tabled }) : t('play.table.noPackage')}</span>
        </span>
        ${tabled > 0 ? html`<span class="package-token${answering ? ' slid' : ''}" aria-hidden="true"></span>` : null}
      </li>
      ${seat(level, game, right!, answering)}
    </ul>
    <span class="table-top" aria-hidden="true"></span>
  </section>`;
}
