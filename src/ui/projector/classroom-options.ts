// The menu's "Classroom and workshop options", folded away so a solo player's menu stays short:
// the projector view switch (the same as opening the game with `?projector=1`) and who plays each
// delegation (hot-seat: "Thailand played by: AI / a team"; a workshop can also share `?team=th`).

import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { SIDES, type SideId } from '../../sim/level';
import type { Player } from '../../machines/hotseat';
import type { ScreenContext } from '../context';
import { t } from '../../i18n/i18n';
import './projector.css';

const CHOICES: readonly Player[] = ['ai', 'team'];

function sideGroup(ctx: ScreenContext, name: string, side: SideId): TemplateResult {
  const current = ctx.vm.players?.[side] ?? 'ai';
  return html`<fieldset class="player-choice"><legend>${t('classroom.hotseat.playedBy', { side: name })}</legend>${repeat(CHOICES, (v) => v, (value) => {
    const id = `player-${side}-${value}`;
    return html`<div class="choice">
      <input type="radio" name=${`player-${side}`} id=${id} .value=${value} .checked=${live(current === value)}
        @change=${() => ctx.send({ type: 'SET_PLAYER', side, player: value })}>
      <label for=${id}>${t(`classroom.hotseat.player.${value}`)}</label>
    </div>`;
  })}</fieldset>`;
}

/** A disclosure holding the facilitator's settings for the next game. */
export function classroomOptions(ctx: ScreenContext): TemplateResult {
  const level = ctx.vm.level;
  return html`<details class="classroom-options">
    <summary>${t('classroom.options.summary')}</summary>
    <div class="choice projector-toggle">
      <input type="checkbox" id="projector" data-focus="projector" .checked=${live(ctx.ui.projector)} aria-describedby="projector-help"
        @change=${(e: Event) => ctx.store.set({ projector: (e.target as HTMLInputElement).checked })}>
      <label for="projector">${t('classroom.projector.label')}</label>
      <span id="projector-help" class="help">${t('classroom.projector.help')}</span>
    </div>
    <div class="hotseat-setup">
      ${SIDES.map((s) => sideGroup(ctx, level?.sides[s].name ?? t(`classroom.hotseat.side.${s}`), s))}
      <p class="help">${t('classroom.hotseat.setupHelp')}</p>
    </div>
  </details>`;
}
