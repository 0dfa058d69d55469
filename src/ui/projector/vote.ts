// The class vote of the projector view: up to four moves the envoy could make now, lettered A–D in
// large type so a class can vote by show of hands, and a "The class chose…" picker with which the
// facilitator carries out the winning move. The three levers are drawn from different families so
// the vote is a real choice; the last candidate is tabling the package on screen, or ending the round.

import { ACTIONS, PROPOSE_COST, type ActionFamily, type ActionInfo } from '../../sim/catalog';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import type { RoundEvent } from '../../machines/events';
import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { unavailableReason } from '../hud/actions';
import { startingTerms } from '../hud/proposal';
import { projectorOn } from './mode';
import './projector.css';
import { leverDescription, leverLabel } from '../say';
import { t } from '../../i18n/i18n';

/** One move the class can vote for. */
export interface Candidate {
  letter: string;
  label: string;
  detail: string;
  event: RoundEvent;
}

const FAMILY_ORDER: ActionFamily[] = ['facilitation', 'verification', 'leverage', 'formulation', 'public'];
const LETTERS = ['A', 'B', 'C', 'D'];
/** Which slice of the lever pool is on screen (the facilitator can show other options). */
let offset = 0;

function usable(level: Level, game: GameState, a: ActionInfo): boolean {
  if (level.levers && !level.levers.includes(a.type as never)) return false;
  const from = level.unlocks?.[a.type as keyof NonNullable<Level['unlocks']>];
  if (from !== undefined && game.round < from) return false;
  return unavailableReason(game, a) === null;
}

/** The event for a lever: targeted ones go to the side that trusts the envoy least. */
function leverEvent(game: GameState, a: ActionInfo): RoundEvent | null {
  const side = game.sides.th.trustMediator <= game.sides.kh.trustMediator ? 'th' : 'kh';
  if (a.type === 'shuttle' || a.type === 'advise') return { type: 'ACT', action: { type: a.type, side } };
  if (a.targeted) return null;
  return { type: 'ACT', action: { type: a.type } as Extract<RoundEvent, { type: 'ACT' }>['action'] };
}

/** Usable levers, taking one from each family in turn so neighbours differ. */
export function leverPool(level: Level, game: GameState): { info: ActionInfo; event: RoundEvent }[] {
  const lists = FAMILY_ORDER.map((f) => ACTIONS.filter((a) => a.family === f && usable(level, game, a))
    .flatMap((info) => { const event = leverEvent(game, info); return event ? [{ info, event }] : []; }));
  const pool: { info: ActionInfo; event: RoundEvent }[] = [];
  for (let i = 0; lists.some((l) => l.length > i); i++) {
    for (const l of lists) {
      const item = l[i];
      if (item) pool.push(item);
    }
  }
  return pool;
}

/** The candidates on screen: up to three levers, then the package or the end of the round. */
export function candidates(ctx: ScreenContext, level: Level, game: GameState): Candidate[] {
  const pool = leverPool(level, game);
  const start = pool.length > 0 ? offset % pool.length : 0;
  const shown = [...pool.slice(start), ...pool.slice(0, start)].slice(0, 3);
  const draft = startingTerms(ctx, game);
  const complete = level.issues.every((i) => draft[i.id]);
  const canTable = !game.accord && !game.tabled && !game.usedThisRound.includes('propose') && game.capital >= PROPOSE_COST && complete;
  const last: Omit<Candidate, 'letter'> = canTable
    ? { label: t('classroom.vote.table.label'), detail: t('classroom.vote.table.detail'), event: { type: 'PROPOSE', proposal: { ...draft } } }
    : { label: t('classroom.vote.end.label'), detail: t('classroom.vote.end.detail'), event: { type: 'END_ROUND' } };
  const list = [...shown.map((c) => ({ label: leverLabel(c.info.type), detail: leverDescription(c.info.type), event: c.event })), last];
  return list.map((c, i) => ({ ...c, letter: LETTERS[i] ?? String(i + 1) }));
}

/** The vote panel for the acting screen, or null when the projector view is off. */
export function classVote(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  if (!projectorOn()) return null;
  const list = candidates(ctx, level, game);
  const more = leverPool(level, game).length > 3;
  return h('section', { class: 'panel class-vote', 'aria-labelledby': 'vote-title' },
    h('h2', { id: 'vote-title', text: t('classroom.vote.title') }),
    h('ul', { class: 'vote-options' }, ...list.map((c) => h('li', { class: 'vote-option' },
      h('span', { class: 'vote-letter', text: c.letter }),
      h('span', { class: 'vote-text' }, h('strong', { text: c.label }), h('span', { class: 'help', text: c.detail }))))),
    h('div', { class: 'vote-picker', role: 'group', 'aria-label': t('classroom.vote.chose') },
      h('span', { class: 'vote-picker-label', text: t('classroom.vote.chose') }),
      ...list.map((c) => button(c.letter, () => ctx.send(c.event), { 'aria-label': t('classroom.vote.choseOption', { letter: c.letter, label: c.label }), 'data-focus': `vote-${c.letter}` })),
      more && button(t('classroom.vote.more'), () => { offset += 3; ctx.refresh('vote-more'); }, { class: 'vote-more', 'data-focus': 'vote-more' })),
  );
}
