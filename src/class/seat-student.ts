// The student page's three-party parts, kept out of the page itself: a delegation team's whole
// screen, the envoy's extra panel (the teams' answers and reasons), the open delegation seats to
// pick, and a once-a-second redraw while an answer timer runs.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Room } from 'colyseus.js';
import type { Level, SideId } from '../sim/level';
import type { HumanAnswer } from '../sim/state';
import { t } from '../i18n/i18n';
import { delegationPanel, type AnswerDraft } from './seat-delegation';
import { envoyPartyPanel } from './seat-envoy';
import { delegationPicker } from './seat-picker';
import { readDelegation, readOpenSeats, readParties, readRole } from './seat-state';

const draft: AnswerDraft = { verdict: 'accept', counter: {}, reason: '', of: '' };
let sentFor = '';

/** This client's seat role at its table ('' when not seated). */
export function roleOf(room: Room, seat: string): ReturnType<typeof readRole>['role'] {
  return readRole(room, seat).role;
}

/** A delegation team's screen, or null when this client is not in a delegation seat. */
export function delegationScreen(room: Room, seat: string, level: Level, running: boolean, redraw: () => void): TemplateResult | null {
  const role = readRole(room, seat).role;
  if (role !== 'th' && role !== 'kh') return null;
  const view = readDelegation(room);
  if (!view) return html``;
  const key = view.pending ? JSON.stringify(view.pending) + view.deadline : '';
  if (key && draft.of !== key) Object.assign(draft, { verdict: 'accept', counter: {}, reason: '', of: key });
  const send = (answer: HumanAnswer, reason: string) => {
    room.send('answer', { answer, reason });
    sentFor = key;
    redraw();
  };
  return html`${sentFor && !view.pending && running ? html`<p role="status" class="sent">${t('class.party.sent')}</p>` : nothing}
    ${delegationPanel({ level, seat: view, draft, running, redraw, send })}`;
}

/** The envoy's panel of the delegations' seats and answers at table `table`. */
export function envoyExtras(room: Room, table: string, level: Level): TemplateResult {
  return envoyPartyPanel(level, readParties(room).get(table));
}

let waitingShown = false;

/**
 * True while the package the envoy tabled at `table` waits for the teams' answers (the solo screens
 * then wait too: nothing on them can be decided). When the wait begins, the envoy's party panel's
 * waiting line is brought into view, as the solo game shows the answers screen after a package.
 */
export function envoyWaiting(room: Room, table: string): boolean {
  const now = (readParties(room).get(table)?.waiting.length ?? 0) > 0;
  if (now && !waitingShown) setTimeout(() => document.querySelector('section.party .waiting')?.scrollIntoView({ block: 'center' }));
  waitingShown = now;
  return now;
}

/** The open delegation seats, for a student not yet seated. */
export function seatPicker(room: Room, level: Level | null, tableName: (id: string) => string): TemplateResult {
  return delegationPicker(level, readOpenSeats(room), tableName, (table: string, side: SideId) => room.send('pick', { table, role: side }));
}

/** Redraws once a second while an answer timer runs in this client's view. */
export function tickWhileTimed(room: () => Room | null, redraw: () => void): void {
  setInterval(() => {
    const r = room();
    if (!r) return;
    const timed = (readDelegation(r)?.deadline ?? 0) > 0 || [...readParties(r).values()].some((p) => p.deadline > 0);
    if (timed) redraw();
  }, 1000);
}
