// The class vote of the projector view: up to four moves the envoy could make now, lettered A–D in
// large type so a class can vote by show of hands, and a "The class chose…" picker with which the
// facilitator carries out the winning move. The moves come from candidates.ts: levers the sim would
// accept, drawn from different families so the vote is a real choice, then tabling the package on
// screen when a package can be tabled, then ending the round. When ending the round is the only
// move left the panel says so in a sentence. On arriving at the acting screen the page scrolls so
// the whole vote is in view (focus stays on the screen's heading).

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { startingTerms } from '../hud/proposal';
import { projectorOn } from './mode';
import './projector.css';
import { leverDescription, leverLabel } from '../say';
import { sideName } from '../format';
import { t } from '../../i18n/i18n';
import { draftComplete, leverPool, leverRoom, voteMoves, type VoteMove } from './candidates';

/** One move the class can vote for, as the panel shows it. */
export interface Candidate {
  letter: string;
  label: string;
  detail: string;
  move: VoteMove;
}

const LETTERS = ['A', 'B', 'C', 'D'];
/** Which slice of the lever pool is on screen (the facilitator can show other options). */
let offset = 0;

function describe(level: Level, move: VoteMove): Omit<Candidate, 'letter' | 'move'> {
  if (move.kind === 'table') return { label: t('classroom.vote.table.label'), detail: t('classroom.vote.table.detail') };
  if (move.kind === 'end') return { label: t('classroom.vote.end.label'), detail: t('classroom.vote.end.detail') };
  const { action } = move;
  const label = action.type === 'statement'
    ? t('play.actions.praise', { side: sideName(level, action.side) })
    : leverLabel(action.type);
  return { label, detail: leverDescription(action.type) };
}

/** The candidates on screen: up to four lettered moves, or none when only ending the round is left. */
export function candidates(level: Level, game: GameState): Candidate[] {
  return voteMoves(level, game, offset).map((move, i) => ({ ...describe(level, move), move, letter: LETTERS[i] ?? String(i + 1) }));
}

/** Carries out the class's choice. Tabling uses the terms on screen now, and asks for any missing. */
function choose(ctx: ScreenContext, level: Level, game: GameState, move: VoteMove): void {
  if (move.kind === 'lever') { ctx.send({ type: 'ACT', action: move.action }); return; }
  if (move.kind === 'end') { ctx.send({ type: 'END_ROUND' }); return; }
  const draft = startingTerms(ctx, game);
  if (draftComplete(level, draft)) { ctx.send({ type: 'PROPOSE', proposal: { ...draft } }); return; }
  // As the builder's own "Table this package" does: name the issues still open and go to the first.
  const missing = level.issues.filter((i) => !i.options.some((o) => o.id === draft[i.id]));
  ctx.ui.missing = missing.map((i) => i.id);
  const first = missing[0];
  ctx.refresh(first ? `opt-${first.id}-${first.options[0]?.id}` : undefined);
}

/**
 * Right after the acting screen arrives (its heading has focus), scrolls the page so the whole
 * vote is on screen, with as much as fits above it, up to the heading. Focus is not moved.
 */
function bringIntoView(panel: HTMLElement): void {
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  const headingEl = doc.querySelector<HTMLElement>('[data-screen-heading]');
  if (!win || !panel.isConnected || !headingEl || doc.activeElement !== headingEl) return;
  const vote = panel.getBoundingClientRect();
  if (vote.top >= 0 && vote.bottom <= win.innerHeight) return;
  const margin = 8;
  const top = headingEl.getBoundingClientRect().top;
  const by = Math.min(vote.top - margin, Math.max(top - margin, vote.bottom + margin - win.innerHeight));
  if (by !== 0) win.scrollBy({ top: by, behavior: 'instant' });
}

/** The vote panel for the acting screen, or null when the projector view is off. */
export function classVote(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  if (!projectorOn()) return null;
  const list = candidates(level, game);
  const more = list.length > 0 && leverPool(level, game).length > leverRoom(level, game);
  const panel = h('section', { class: 'panel class-vote', 'aria-labelledby': 'vote-title' },
    h('h2', { id: 'vote-title', text: t('classroom.vote.title') }),
    list.length === 0 && h('p', { class: 'vote-only-end', text: t('menu.classVote.onlyEnd') }),
    list.length > 0 && h('ul', { class: 'vote-options' }, ...list.map((c) => h('li', { class: 'vote-option' },
      h('span', { class: 'vote-letter', text: c.letter }),
      h('span', { class: 'vote-text' }, h('strong', { text: c.label }), h('span', { class: 'help', text: c.detail }))))),
    list.length > 0 && h('div', { class: 'vote-picker', role: 'group', 'aria-label': t('classroom.vote.chose') },
      h('span', { class: 'vote-picker-label', text: t('classroom.vote.chose') }),
      ...list.map((c) => button(c.letter, () => choose(ctx, level, game, c.move), { 'aria-label': t('classroom.vote.choseOption', { letter: c.letter, label: c.label }), 'data-focus': `vote-${c.letter}` })),
      more && button(t('classroom.vote.more'), () => { offset += leverRoom(level, game); ctx.refresh('vote-more'); }, { class: 'vote-more', 'data-focus': 'vote-more' })),
  );
  const win = typeof window !== 'undefined' ? window : null;
  win?.requestAnimationFrame(() => bringIntoView(panel));
  return panel;
}
