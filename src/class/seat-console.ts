// The teacher console's part for three-party tables: on each table's card, seat by seat, who plays
// it (the students' names, or the AI) with the controls to give a seat to the AI (a team left),
// and to open or close a delegation seat for students to pick; and the answer timer for all tables.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import { t } from '../i18n/i18n';
import { sideName } from '../ui/format';
import { personName } from './person-name';
import type { SeatView } from './connection';
import { ROLE_ORDER, type PartyView } from './seat-state';
import { TIMER_MAX } from '../server/party-messages';

/** Timer choices in seconds (0: off). */
const TIMERS = [0, 30, 60, 90, 120, 180, 300].filter((s) => s <= TIMER_MAX);

/** A seat's name: the envoy, or a delegation. */
function roleName(level: Level, role: (typeof ROLE_ORDER)[number]): string {
  return role === 'envoy' ? t('class.party.envoy') : t('class.party.delegation', { side: sideName(level, role) });
}

/** The seats of one table, for its card. */
export function seatRows(level: Level, party: PartyView | undefined, people: SeatView[], tableName: string,
  send: (type: string, payload: unknown) => void): TemplateResult {
  if (!party) return html``;
  return html`<table class="seats"><caption>${t('class.party.seats')}</caption><tbody>${ROLE_ORDER.map((role) => {
    const here = people.filter((s) => (s.role || 'envoy') === role);
    const name = roleName(level, role);
    const human = party.modes[role] === 'human';
    const open = role !== 'envoy' && party.open.includes(role);
    const set = (to: 'ai' | 'open' | 'close') => send('seat', { table: party.id, role, set: to });
    return html`<tr><th scope="row">${name}</th>
      <td>${human ? (here.length ? here.map((s, i) => html`${i ? ', ' : ''}${personName(s.name)}${s.connected ? '' : html` ${t('class.teacher.away')}`}`) : t('class.party.humanEmpty'))
        : t('class.party.ai')}${open ? html` · ${t('class.party.open')}` : nothing}</td>
      <td>${human ? html`<button type="button" @click=${() => set('ai')} aria-label=${t('class.party.toAiLabel', { seat: name, table: tableName })}>${t('class.party.toAi')}</button>`
        : role !== 'envoy' ? html`<button type="button" @click=${() => set(open ? 'close' : 'open')}
          aria-label=${t(open ? 'class.party.closeLabel' : 'class.party.openLabel', { seat: name, table: tableName })}>${t(open ? 'class.party.close' : 'class.party.openIt')}</button>` : nothing}</td></tr>`;
  })}</tbody></table>`;
}

/** The answer timer for every table. */
export function timerForm(current: number, send: (type: string, payload: unknown) => void): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    send('timer', { table: 'all', seconds: Number(new FormData(e.target as HTMLFormElement).get('seconds')) });
  };
  return html`<form class="panel no-print" aria-labelledby="timer-title" @submit=${submit}>
    <h2 id="timer-title">${t('class.party.timerTitle')}</h2>
    <p class="help">${t('class.party.timerHelp')}</p>
    <label>${t('class.party.timerLabel')}
      <select name="seconds">${TIMERS.map((s) => html`<option value=${s} ?selected=${s === current}>${s ? t('class.party.seconds', { s }) : t('class.party.timerOff')}</option>`)}</select></label>
    <button type="submit">${t('class.party.timerSet')}</button>
  </form>`;
}

/** The seat to move a student into (the teacher's "move a student" form). */
export function roleSelect(level: Level): TemplateResult {
  return html`<label>${t('class.party.asSeat')}
    <select name="role">${ROLE_ORDER.map((r) => html`<option value=${r}>${roleName(level, r)}</option>`)}</select></label>`;
}
