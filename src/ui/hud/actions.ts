// The mediator's levers as buttons, grouped by family, each with its cost and what it does. A lever
// that cannot be used now (locked until a later round, already used, too dear) stays focusable
// (aria-disabled) and says why, in the sim's own words; levers the scenario does not offer are
// named in one line. Targeted levers open a small side picker (and praise/blame for statements).

import { ACTIONS, type ActionFamily, type ActionInfo } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState, MediatorAction } from '../../sim/state';
import { refuse } from '../../sim/game';
import type { RoundEvent } from '../../machines/events';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ScreenContext } from '../context';
import { sideName } from '../format';
import { leverDescription, leverLabel, say } from '../say';
import { t } from '../../i18n/i18n';

type ActEvent = Extract<RoundEvent, { type: 'ACT' }>;

/** The lever families in display order; their names are read at render time (`play.actions.family.*`). */
const FAMILIES: readonly ActionFamily[] = ['facilitation', 'formulation', 'leverage', 'verification', 'public'];

/** A representative action of a lever, for asking the sim whether it is allowed now. */
function probe(type: ActionInfo['type']): MediatorAction {
  if (type === 'statement') return { type, side: 'th', tone: 'praise' };
  if (type === 'shuttle' || type === 'advise' || type === 'consult') return { type, side: 'th' };
  return { type } as MediatorAction;
}

/** Whether the scenario offers a lever at all (all are offered when `levers` is absent). */
export function offered(level: Level, type: ActionInfo['type']): boolean {
  return !level.levers || (type !== 'end_round' && level.levers.includes(type));
}

/**
 * Why a lever cannot be used now, or null when it can. With the level, the sim's `refuse()` gives
 * the reason (locked until a later round, not offered, already used, too dear).
 */
export function unavailableReason(game: GameState, a: { type: string; cost: number }, level?: Level): string | null {
  if (level) {
    const why = refuse(level, game, probe(a.type as ActionInfo['type']));
    return why && say(level, why);
  }
  if (game.usedThisRound.includes(a.type as ActionInfo['type'])) return t('play.actions.alreadyUsed');
  if (game.capital < a.cost) return t('play.needsCapital', { cost: a.cost, capital: game.capital });
  return null;
}

/**
 * Why tabling a package is not possible in this scenario yet (not offered, or locked until a later
 * round), in the sim's words; null when it is.
 */
export function proposalLock(level: Level, game: GameState): string | null {
  if (offered(level, 'propose') && (level.unlocks?.propose ?? 0) <= game.round) return null;
  const complete = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]?.id]));
  const why = refuse(level, game, { type: 'propose', proposal: complete });
  return why && say(level, why);
}

/** The choices of a targeted lever: one event per side (two per side for statements). */
interface Target { label: string; key: string; action: ActEvent['action'] }

function targets(level: Level, a: ActionInfo): Target[] {
  return SIDES.flatMap((side: SideId): Target[] => {
    const name = sideName(level, side);
    if (a.type === 'statement') {
      return (['praise', 'blame'] as const).map((tone) => ({
        label: tone === 'praise' ? t('play.actions.praise', { side: name }) : t('play.actions.blame', { side: name }),
        key: `${tone}-${side}`,
        action: { type: 'statement' as const, side, tone },
      }));
    }
    return [{ label: name, key: side, action: { type: a.type, side } as ActEvent['action'] }];
  });
}

function card(ctx: ScreenContext, level: Level, game: GameState, a: ActionInfo): TemplateResult {
  const { ui, send, store } = ctx;
  const reason = unavailableReason(game, a, level);
  const id = `act-${a.type}`;
  const open = ui.picker === a.type && !reason;
  const press = () => {
    if (reason) return;
    if (!a.targeted) {
      send({ type: 'ACT', action: { type: a.type } as ActEvent['action'] });
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
      ${repeat(targets(level, a), (x) => x.key, (x) => html`<button type="button" @click=${(e: Event) => pick(e, x.action)}>${x.label}</button>`)}
    </div>` : null}
  </li>`;
}

/** The list of levers for the acting screen, kept by family and by lever. */
export function renderActions(ctx: ScreenContext, level: Level, game: GameState): TemplateResult {
  const absent = ACTIONS.filter((a) => !offered(level, a.type));
  const families = FAMILIES.map((f) => ({ f, list: ACTIONS.filter((a) => a.family === f && offered(level, a.type)) })).filter((x) => x.list.length > 0);
  return html`<section class="actions panel" aria-labelledby="actions-title">
    <h2 id="actions-title">${t('play.actions.title')}</h2>
    <p class="help">${t('play.actions.help', { capital: game.capital })}</p>
    ${repeat(families, (x) => x.f, ({ f, list }) => html`<div class="family">
      <h3>${t(`play.actions.family.${f}`)}</h3>
      <ul class="action-list">${repeat(list, (a) => a.type, (a) => card(ctx, level, game, a))}</ul>
    </div>`)}
    ${absent.length > 0 ? html`<p class="help not-offered">${t('play.actions.notOffered', { levers: absent.map((a) => leverLabel(a.type)).join(', ') })}</p>` : null}
  </section>`;
}
