// The debrief's part for a game played at a delegation's seat: the seat's own score in its four
// parts, each explained in words (what its government got against walking away, whether its
// public ratifies, lives lost on both sides, whether the peace holds), an invitation to play the
// other side in the same crisis, and, after that second game, both runs side by side.

import type { Level, SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { seatScore, SEAT_WEIGHTS, type SeatPart, type SeatScore } from '../../sim/seats/score';
import { LOSS_CAP } from '../../sim/scoring';
import { otherSide } from '../../sim/side-effects';
import { pairedRun, type SeatRun } from '../../machines/seat-runs';
import type { ScreenContext } from '../context';
import { button, h } from '../dom';
import { ceasefireInline, count, sideName } from '../format';
import { percent } from '../say';
import { t } from '../../i18n/i18n';
import { aroundNumber } from '../number-words';
import './seat.css';

const PARTS: readonly SeatPart[] = ['deal', 'ratification', 'lives', 'peace'];

/** Why a part scored what it did, in words. */
function explain(s: SeatScore, part: SeatPart): string {
  switch (part) {
    case 'deal':
      return s.utility === null ? t('seat.debrief.noDeal') : t('seat.debrief.deal', { utility: percent(s.utility), reservation: percent(s.reservation) });
    case 'ratification':
      if (s.domestic === null) return t('seat.debrief.noRatification');
      return t(s.ratified ? 'seat.debrief.ratified' : 'seat.debrief.notRatified', { domestic: percent(s.domestic), threshold: percent(s.ratificationThreshold) });
    case 'lives':
      return t('seat.debrief.lives', { own: count(s.lives.own), other: count(s.lives.other), fighting: count(s.lives.fighting), baseline: count(s.lives.baseline) });
    case 'peace':
      return s.peaceHolds ? t('seat.debrief.peace', { ceasefire: ceasefireInline(s.ceasefire) }) : t('seat.debrief.noPeace');
  }
}

/** The seat's score and its parts. */
function scorePanel(level: Level, s: SeatScore): HTMLElement {
  const sum = PARTS.reduce((n, k) => n + s.parts[k], 0);
  // Only the number is set large; "of 100" (in the language's order) stays at the text's size.
  const [before, after] = aroundNumber('seat.debrief.points', 'points');
  return h('div', {},
    h('p', { class: 'score' }, t(`seat.debrief.verdict.${s.verdict}`), ' · ',
      h('span', { class: 'score-points' }, before || null, h('span', { class: 'score-number', text: count(s.points) }), after || null)),
    h('table', { class: 'seat-score-table' },
      h('caption', { text: t('seat.debrief.title', { side: sideName(level, s.seat) }) }),
      h('tbody', {}, ...PARTS.map((k) => h('tr', {},
        h('th', { scope: 'row', text: t(`seat.debrief.part.${k}`) }),
        h('td', { text: t('seat.debrief.value', { value: count(s.parts[k]), max: count(SEAT_WEIGHTS[k]) }) }),
        h('td', { text: explain(s, k) }))))),
    s.verdict === 'loss' && sum > s.points ? h('p', { class: 'help', text: t('seat.debrief.capped', { sum: count(sum), cap: count(LOSS_CAP) }) }) : null);
}

/** Both runs side by side: one column per seat. */
function comparison(level: Level, earlier: SeatRun, latest: SeatRun): HTMLElement {
  const runs = [earlier, latest].map((r) => ({ run: r, s: seatScore(level, r.game, r.seat) }));
  const yesNo = (b: boolean) => t(b ? 'seat.play.yes' : 'seat.play.no');
  const rows: ['verdict' | 'points' | 'accord' | 'utility' | 'ratified' | 'lives' | 'peace', (x: { run: SeatRun; s: SeatScore }) => string][] = [
    ['verdict', (x) => t(`seat.debrief.verdict.${x.s.verdict}`)],
    ['points', (x) => t('seat.debrief.points', { points: count(x.s.points) })],
    ['accord', (x) => yesNo(x.s.accord !== null)],
    ['utility', (x) => (x.s.utility === null ? t('seat.debrief.none') : percent(x.s.utility))],
    ['ratified', (x) => yesNo(x.s.ratified)],
    ['lives', (x) => count(Math.max(0, x.s.lives.total - level.world.livesLost))],
    ['peace', (x) => yesNo(x.s.peaceHolds)],
  ];
  return h('section', { class: 'panel', 'aria-labelledby': 'seat-compare-title' },
    h('h2', { id: 'seat-compare-title', text: t('seat.debrief.compare') }),
    h('table', { class: 'seat-compare' },
      h('caption', { text: t('seat.debrief.compareCaption') }),
      h('thead', {}, h('tr', {}, h('td', {}), ...runs.map((x) => h('th', { scope: 'col', text: t('seat.debrief.runHead', { side: sideName(level, x.run.seat) }) })))),
      h('tbody', {}, ...rows.map(([key, value]) => h('tr', {}, h('th', { scope: 'row', text: t(`seat.debrief.row.${key}`) }), ...runs.map((x) => h('td', { text: value(x) })))))),
    h('p', { class: 'help', text: t('seat.debrief.compareNote') }));
}

/** The seat's part of the debrief, or null when the game was played as the envoy. */
export function seatDebrief(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  const runs = ctx.vm.seatRuns ?? [];
  const mine = runs[runs.length - 1];
  if (!mine || mine.game !== game) return null;
  const seat: SideId = mine.seat;
  const other = otherSide(seat);
  const pair = pairedRun(runs);
  return h('section', { class: 'panel seat-debrief', 'aria-labelledby': 'seat-debrief-title' },
    h('h2', { id: 'seat-debrief-title', text: t('seat.debrief.title', { side: sideName(level, seat) }) }),
    scorePanel(level, seatScore(level, game, seat)),
    pair ? comparison(level, pair.earlier, pair.latest) : null,
    h('p', { text: t('seat.debrief.invite', { other: sideName(level, other) }) }),
    h('div', { class: 'button-row' },
      button(t('seat.debrief.playOther', { other: sideName(level, other) }),
        () => ctx.send({ type: 'NEW_GAME', seed: game.seed, difficulty: game.difficulty, levelId: level.id, seat: other }), { class: 'primary' })));
}
