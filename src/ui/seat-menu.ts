// The menu's "play one side" choice: start the scenario on screen at Thailand's or Cambodia's
// delegation, against the AI envoy and the other delegation, at the chosen difficulty.

import { html, nothing, type TemplateResult } from 'lit-html';
import { SIDES } from '../sim/level';
import type { ScreenContext } from './context';
import { sideName } from './format';
import { t } from '../i18n/i18n';

/** Two buttons, one per delegation, under a short explanation. */
export function seatMenu(ctx: ScreenContext): TemplateResult | typeof nothing {
  const level = ctx.vm.level;
  if (!level) return nothing;
  return html`<section class="seat-menu" aria-labelledby="seat-menu-title">
    <h2 id="seat-menu-title">${t('seat.menu.legend')}</h2>
    <p class="help">${t('seat.menu.help')}</p>
    <div class="button-row">${SIDES.map((side) => html`<button type="button"
      @click=${() => ctx.send({ type: 'NEW_GAME', difficulty: ctx.store.get().difficulty, seat: side })}>${t('seat.menu.play', { side: sideName(level, side) })}</button>`)}</div>
  </section>`;
}
