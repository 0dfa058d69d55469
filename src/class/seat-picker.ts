// The delegation seats a student may pick at a class table: the ones the teacher opened. (The
// envoy's seat is picked with the table itself, as before.)

import { html, type TemplateResult } from 'lit-html';
import type { Level, SideId } from '../sim/level';
import { t } from '../i18n/i18n';
import { sideName } from '../ui/format';

/** Buttons for the open delegation seats; nothing when none is open. */
export function delegationPicker(level: Level | null, open: { table: string; side: SideId }[], tableName: (id: string) => string,
  pick: (table: string, side: SideId) => void): TemplateResult {
  if (!open.length || !level) return html``;
  return html`<section class="panel" aria-labelledby="pick-delegation-title">
    <h2 id="pick-delegation-title">${t('class.party.pickDelegation')}</h2>
    <div class="moves">${open.map((o) => html`<button type="button" @click=${() => pick(o.table, o.side)}>${t('class.party.seatAt', { table: tableName(o.table), side: sideName(level, o.side) })}</button>`)}</div>
  </section>`;
}
