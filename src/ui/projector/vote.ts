// The class vote of the projector view: up to four moves the envoy could make now, lettered A–D in
// large type so a class can vote by show of hands, and a "The class chose…" picker with which the
// facilitator carries out the winning move. The moves come from candidates.ts: levers the sim would
// accept, drawn from different families so the vote is a real choice, then tabling the package on
// screen when a package can be tabled, then ending the round. When ending the round is the only
// move left the panel says so in a sentence. On arriving at the acting screen the page scrolls so
// the whole vote is in view (focus stays on the screen's heading).

import type { Level } from '../../sim/level';
import type { LegalMove } from '../../sim/legal-moves';
import type { GameState } from '../../sim/state';
import { html, type TemplateResult } from 'lit-html';
import type { ScreenContext } from '../context';
import { tableDraft } from '../hud/proposal';
import './projector.css';
import { leverDescription, leverLabel } from '../say';
import { sideName } from '../format';
import { t } from '../../i18n/i18n';
import { leverPool, leverRoom, voteMoves, type VoteMove } from './candidates';

/** One move the class can vote for, as the panel shows it. */
export interface Candidate {
  letter: string;
  label: string;
  detail: string;
  move: VoteMove;
}

const LETTERS = ['A', 'B', 'C', 'D'];

function describe(level: Level, move: VoteMove): Omit<Candidate, 'letter' | 'move'> {
  if (move.kind === 'table') return { label: t('classroom.vote.table.label'), detail: t('classroom.vote.table.detail') };
  if (move.kind === 'end') return { label: t('classroom.vote.end.label'), detail: t('classroom.vote.end.detail') };
  const { action } = move;
  const label = action.type === 'statement'
    ? t('play.actions.praise', { side: sideName(level, action.side) })
    : leverLabel(action.type);
  return { label, detail: leverDescription(action.type) };
}

/**
 * The candidates on screen: up to four lettered moves, or none when only ending the round is left.
 * @param offset which slice of the lever pool is shown (the facilitator's "Other options")
 */
export function candidates(level: Level, game: GameState, offset = 0, moves?: readonly LegalMove[]): Candidate[] {
  return voteMoves(level, game, offset, moves).map((move, i) => ({ ...describe(level, move), move, letter: LETTERS[i] ?? String(i + 1) }));
}

/** Carries out the class's choice. Tabling uses the terms on screen now, and asks for any missing. */
function choose(ctx: ScreenContext, level: Level, move: VoteMove): void {
  if (move.kind === 'lever') { ctx.send({ type: 'ACT', action: move.action }); return; }
  if (move.kind === 'end') { ctx.send({ type: 'END_ROUND' }); return; }
  tableDraft(ctx, level);
}

/**
 * Right after the acting screen arrives (its heading has focus), scrolls the page so the whole
 * vote is on screen, with as much as fits above it, up to the heading. Focus is not moved.
 */
function bringIntoView(panel: Element): void {
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
export function classVote(ctx: ScreenContext, level: Level, game: GameState, moves: readonly LegalMove[]): TemplateResult | null {
  if (!ctx.ui.projector) return null;
  const offset = ctx.ui.voteOffset;
  const list = candidates(level, game, offset, moves);
  const more = list.length > 0 && leverPool(level, game, moves).length > leverRoom(level, game, moves);
  // Once the panel is in the page (the first frame after the screen arrives), bring it into view.
  const win = typeof window !== 'undefined' ? window : null;
  win?.requestAnimationFrame(() => {
    const panel = win.document.querySelector('.class-vote');
    if (panel) bringIntoView(panel);
  });
  return html`<section class="panel class-vote" aria-labelledby="vote-title">
    <h2 id="vote-title">${t('classroom.vote.title')}</h2>
    ${list.length === 0 ? html`<p class="vote-only-end">${t('menu.classVote.onlyEnd')}</p>` : html`
      <ul class="vote-options">${list.map((c) => html`<li class="vote-option">
        <span class="vote-letter">${c.letter}</span><span class="vote-text"><strong>${c.label}</strong><span class="help">${c.detail}</span></span>
      </li>`)}</ul>
      <div class="vote-picker" role="group" aria-label=${t('classroom.vote.chose')}>
        <span class="vote-picker-label">${t('classroom.vote.chose')}</span>
        ${list.map((c) => html`<button type="button" aria-label=${t('classroom.vote.choseOption', { letter: c.letter, label: c.label })}
          @click=${() => choose(ctx, level, c.move)}>${c.letter}</button>`)}
        ${more ? html`<button type="button" class="vote-more"
          @click=${() => ctx.store.set((s) => ({ voteOffset: s.voteOffset + leverRoom(level, game, moves) }))}>${t('classroom.vote.more')}</button>` : null}
      </div>`}
  </section>`;
}
