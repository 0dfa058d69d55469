// The comparison on a branch's debrief: where the two tries split (the first different decision,
// named in words), how each ended and where the meters stood, and what the delegations answered
// from that day on. It only draws what src/sim/compare.ts computed from the two seeds and logs.

import type { Level } from '../../sim/level';
import type { GameState, Outcome } from '../../sim/state';
import { compareTimelines, type AnswerPair, type Comparison } from '../../sim/compare';
import { h } from '../dom';
import { changeSize, count, direction, meterLabel, meterValue, sideName } from '../format';
import { roundName } from '../say';
import { roundName as dayName } from '../hud/top-bar';
import { SCORE_WEIGHTS } from '../../sim/scoring';
import { decisionWords } from './decision-words';
import { t } from '../../i18n/i18n';
import './branch.css';

/** The comparison of a finished branch with its parent (null when `game` is not a branch); two replays of a few dozen decisions each. */
export function comparisonOf(level: Level, game: GameState): Comparison | null {
  return game.parent ? compareTimelines(level, { seed: game.seed, difficulty: game.difficulty, log: game.parent.log }, game) : null;
}

/** "The accord held and was formalised: a win", or a dash for a game that has not ended. */
function endingWords(o: Outcome | null): string {
  return o ? t('debrief.heading', { outcome: t(`debrief.outcome.${o.reason}`), kind: t(`debrief.kind.${o.kind}`) }) : t('debrief.branch.compare.notEnded');
}

/** The sentence naming where the tries split. */
function splitSentence(level: Level, c: Comparison): string {
  if (!c.split) return t('debrief.branch.compare.noSplit');
  return t('debrief.branch.compare.split', {
    day: roundName(level, c.split.round), parent: decisionWords(level, c.split.parent), branch: decisionWords(level, c.split.branch),
  });
}

/** A verdict in words, or "nothing tabled". */
function verdictWords(v: AnswerPair['parent']): string {
  return t(`debrief.branch.verdict.${v ?? 'none'}`);
}

/** The difference between two values of a meter: "▲ up 5 pts", or "no change". */
function differenceWords(meter: Parameters<typeof changeSize>[0], from: number, to: number): string {
  if (from === to) return t('debrief.branch.compare.same');
  const d = direction(to - from);
  return `${d.arrow} ${t('debrief.branch.compare.difference', { direction: d.word, size: changeSize(meter, to - from) })}`;
}

/** The difference in score: "▲ 12 points", or "no change". */
function scoreDifference(c: Comparison): string {
  const d = (c.endings.branch?.score ?? 0) - (c.endings.parent?.score ?? 0);
  if (d === 0) return t('debrief.branch.compare.same');
  const dir = direction(d);
  return `${dir.arrow} ${t('debrief.branch.compare.difference', { direction: dir.word, size: t('debrief.branch.compare.points', { count: Math.abs(d), n: count(Math.abs(d)) }) })}`;
}

/** The most points a game can score (the parts' weights add up to it). */
const MAX_SCORE = Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0);

const col = (key: 'what' | 'first' | 'again' | 'change' | 'day' | 'side') => h('th', { scope: 'col', text: t(`debrief.branch.compare.${key}`) });

/** The comparison panel of a finished branch's debrief, or null for a game that is not a branch. */
export function comparePanel(level: Level, game: GameState): HTMLElement | null {
  const c = comparisonOf(level, game);
  if (!c || !game.parent) return null;
  const from = roundName(level, game.parent.fromRound);
  const score = (o: Outcome | null) => (o ? t('debrief.branch.compare.scoreValue', { score: count(o.score), max: count(MAX_SCORE) }) : t('debrief.branch.compare.notEnded'));
  const changed = c.answers.filter((a) => a.parent !== a.branch).length;
  return h('section', { class: 'panel branch-compare', 'aria-labelledby': 'branch-compare-title' },
    h('h2', { id: 'branch-compare-title', text: t('debrief.branch.compare.title') }),
    h('p', { text: t('debrief.branch.compare.intro', { day: from }) }),
    h('h3', { text: t('debrief.branch.compare.whereTitle') }),
    h('p', { class: `branch-split${c.split ? '' : ' same'}`, text: splitSentence(level, c) }),
    h('table', { class: 'branch-table' },
      h('caption', { text: t('debrief.branch.compare.endTitle') }),
      h('thead', {}, h('tr', {}, col('what'), col('first'), col('again'), col('change'))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row', text: t('debrief.branch.compare.ending') }),
          h('td', { text: endingWords(c.endings.parent) }), h('td', { text: endingWords(c.endings.branch) }),
          h('td', { text: c.endings.parent?.reason === c.endings.branch?.reason && c.endings.parent?.kind === c.endings.branch?.kind ? t('debrief.branch.compare.same') : t('debrief.branch.compare.changed') })),
        h('tr', {}, h('th', { scope: 'row', text: t('debrief.branch.compare.score') }),
          h('td', { text: score(c.endings.parent) }), h('td', { text: score(c.endings.branch) }), h('td', { text: scoreDifference(c) })),
        ...c.meters.map((m) => h('tr', { class: m.parent === m.branch ? null : 'changed' },
          h('th', { scope: 'row', text: meterLabel(m.meter, level) }),
          h('td', { text: meterValue(m.meter, m.parent, level) }), h('td', { text: meterValue(m.meter, m.branch, level) }),
          h('td', { text: differenceWords(m.meter, m.parent, m.branch) }))))),
    c.split && h('table', { class: 'branch-table' },
      h('caption', { text: t('debrief.branch.compare.answersTitle', { day: roundName(level, c.split.round) }) }),
      h('thead', {}, h('tr', {}, col('day'), col('side'), col('first'), col('again'))),
      h('tbody', {}, ...c.answers.map((a) => h('tr', { class: a.parent === a.branch ? null : 'changed' },
        h('th', { scope: 'row', text: dayName(level, a.round) }), h('td', { text: sideName(level, a.side) }),
        h('td', { text: verdictWords(a.parent) }), h('td', { text: verdictWords(a.branch) }))))),
    c.split && h('p', { class: 'help', text: t('debrief.branch.compare.answersChanged', { count: changed, n: count(changed) }) }),
  );
}
