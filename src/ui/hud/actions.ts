// The mediator's levers as buttons, grouped by family, each with its cost and what it does. A lever
// that cannot be used now (locked until a later round, already used, too dear) stays focusable
// (aria-disabled) and says why, in the sim's own words: the refusal `legalMoves` lists for it.
// Levers the scenario does not offer are named in one line. Targeted levers open a small picker
// of the ways the sim lists (a side; praise or blame for statements); a way that is closed now
// (a reading already given) still answers with the sim's reason, in the alert and on hover.

import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { ACTIONS, type ActionFamily, type ActionInfo } from '../../sim/catalog';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import type { LegalMove } from '../../sim/legal-moves';
import { offered } from '../../sim/refuse';
import type { LeverType } from '../../sim/levers';
import type { RoundEvent } from '../../machines/events';
import type { ScreenContext } from '../context';
import { sideName } from '../format';
import { leverDescription, leverLabel, say } from '../say';
import { t } from '../../i18n/i18n';

type ActEvent = Extract<RoundEvent, { type: 'ACT' }>;
type LeverMove = Extract<LegalMove, { kind: 'lever' }>;

/** The lever families in display order; their names are read at render time (`play.actions.family.*`). */
const FAMILIES: readonly ActionFamily[] = ['facilitation', 'formulation', 'leverage', 'verification', 'public'];

/**
 * Why tabling a package is not possible now (not offered, locked until a later round, already
 * answered, an accord signed, no capital), in the sim's words; null when a complete package can be.
 */
export function proposalLock(level: Level, moves: readonly LegalMove[]): string | null {
  const propose = moves.find((m) => m.kind === 'propose');
  return propose?.refusal ? say(level, propose.refusal) : null;
}

/** A target of a lever as its picker shows it: the side, or praise/blame of a side for statements. */
function targetLabel(level: Level, m: LeverMove): string {
  const name = m.side ? sideName(level, m.side) : '';
  if (m.type !== 'statement') return name;
  return m.tone === 'blame' ? t('play.actions.blame', { side: name }) : t('play.actions.praise', { side: name });
}

function card(ctx: ScreenContext, level: Level, a: ActionInfo, moves: readonly LeverMove[]): TemplateResult {
  const { ui, send, store } = ctx;
  // The lever's moves from the sim: open when any way of using it is; else the first refusal says why.
  const open_ = moves.filter((m) => m.refusal === null);
  const closed = open_.length === 0 ? moves[0]?.refusal : null;
  const reason = closed ? say(level, closed) : null;
  const id = `act-${a.type}`;
  const open = ui.picker === a.type && !reason;
  const press = () => {
    if (reason) return;
    const only = open_[0];
    if (!a.targeted && only) {
      send({ type: 'ACT', action: only.action as ActEvent['action'] });
      return;
    }
    store.set({ picker: open ? null : a.type });
  };
  const closeOnEsc = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault(); // Esc closes the picker here; it does not also open the pause dialog.
    const back = leverButton(e.currentTarget);
    store.set({ picker: null });
    back?.focus();
  };
  // Closing the picker removes the button that had focus: focus goes back to the lever itself.
  const leverButton = (from: EventTarget | null) =>
    (from as HTMLElement | null)?.closest('.action-card')?.querySelector<HTMLElement>('button.action') ?? null;
  const pick = (e: Event, action: ActEvent['action']) => {
    const back = leverButton(e.currentTarget);
    store.set({ picker: null });
    back?.focus();
    send({ type: 'ACT', action });
  };
  return html`<li class="action-card${reason ? ' unavailable' : ''}" data-lever=${a.type}>
    <button type="button" class="action" @click=${press}
      aria-describedby=${`${id}-cost ${id}-desc${reason ? ` ${id}-why` : ''}`}
      aria-disabled=${reason ? 'true' : nothing}
      aria-expanded=${a.targeted && !reason ? String(open) : nothing}>${leverLabel(a.type)}</button>
    <span class="cost" id=${`${id}-cost`}>${t('play.actions.cost', { cost: a.cost })}</span>
    <p class="desc" id=${`${id}-desc`}>${leverDescription(a.type)}</p>
    ${reason ? html`<p class="why" id=${`${id}-why`}>${reason}</p>` : null}
    ${open ? html`<div role="group" class="picker" aria-label=${t('play.actions.choose', { lever: leverLabel(a.type) })} @keydown=${closeOnEsc}>
      ${repeat(moves, (m) => `${m.tone ?? ''}-${m.side ?? ''}`, (m) => html`<button type="button" title=${m.refusal ? say(level, m.refusal) : nothing}
        @click=${(e: Event) => pick(e, m.action as ActEvent['action'])}>${targetLabel(level, m)}</button>`)}
    </div>` : null}
  </li>`;
}

/** The list of levers for the acting screen, kept by family and by lever. */
export function renderActions(ctx: ScreenContext, level: Level, game: GameState, moves: readonly LegalMove[]): TemplateResult {
  const levers = moves.filter((m): m is LeverMove => m.kind === 'lever');
  const absent = ACTIONS.filter((a) => !offered(level, a.type as LeverType));
  const families = FAMILIES.map((f) => ({ f, list: ACTIONS.filter((a) => a.family === f && offered(level, a.type as LeverType)) })).filter((x) => x.list.length > 0);
  return html`<section class="actions panel" aria-labelledby="actions-title">
    <h2 id="actions-title">${t('play.actions.title')}</h2>
    <p class="help">${t('play.actions.help', { capital: game.capital })}</p>
    ${repeat(families, (x) => x.f, ({ f, list }) => html`<div class="family">
      <h3>${t(`play.actions.family.${f}`)}</h3>
      <ul class="action-list">${repeat(list, (a) => a.type, (a) => card(ctx, level, a, levers.filter((m) => m.type === a.type)))}</ul>
    </div>`)}
    ${absent.length > 0 ? html`<p class="help not-offered">${t('play.actions.notOffered', { levers: absent.map((a) => leverLabel(a.type)).join(', ') })}</p>` : null}
  </section>`;
}
