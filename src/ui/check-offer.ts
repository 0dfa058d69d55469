// The briefing's offer of the concept check: five questions before play and the same five after.
// Optional: Begin, beside it, starts the game without them.

import { html, type TemplateResult } from 'lit-html';
import type { ScreenContext } from './context';
import { t } from '../i18n/i18n';

/** "Answer five questions first", with a line saying that it is optional. */
export function checkOffer(ctx: ScreenContext): TemplateResult {
  return html`<div class="check-offer">
    <p class="help" id="check-offer-help">${t('grade.offer.briefingHelp')}</p>
    <div class="button-row"><button type="button" aria-describedby="check-offer-help" @click=${() => ctx.send({ type: 'CHECK_START' })}>${t('grade.offer.briefing')}</button></div>
  </div>`;
}
