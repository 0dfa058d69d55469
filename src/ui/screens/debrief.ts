// The debrief: how the scenario ended, the score and its parts, the player's timeline beside what
// really happened (dated, with sources by publisher), three neutral discussion questions, and the
// ways out (Play again, Next scenario, Main menu). Finishing records campaign progress.

import { renderFairness } from '../hud/fairness';
import { SCORE_WEIGHTS, LOSS_CAP } from '../../sim/scoring';
import type { Level } from '../../sim/level';
import type { Outcome, RoundReport } from '../../sim/state';
import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { count, sideName, sourceDate } from '../format';
import { factList } from './briefing';
import { ceasefireMove } from '../hud/report';
import { packageList } from '../hud/package-list';
import { roundName } from '../hud/top-bar';
import { exportButtons } from '../export-buttons';
import { revealPanel } from '../projector/reveal-panel';
import { aroundNumber } from '../number-words';
import { campaignStep } from '../campaign-step';
import { leverLabel, scriptLang } from '../say';
import { t } from '../../i18n/i18n';
import { comparePanel, tryAgainPanel } from '../branch/debrief-branch';
import { gradeNow, gradePanels } from '../grade-panels';
import { remoteDebriefEnd, remoteUnfinished } from './debrief-remote';
import { seatDebrief } from './seat-debrief';
import { finishedSeat } from '../../machines/seat-runs';

const PART_KEYS: readonly (keyof Outcome['breakdown'])[] = ['acceptance', 'livesSaved', 'returns', 'durability', 'credibility'];

/** Questions for a class or workshop; neutral between the sides. */
export function discussionQuestions(): string[] {
  return [t('debrief.questions.levers'), t('debrief.questions.home'), t('debrief.questions.trade')];
}

/** A whole number in the current language's digits (format.ts). */
function num(n: number): string {
  return count(n);
}

/** One line of the player's timeline for a round report. */
export function timelineLine(level: Level, r: RoundReport): string {
  const acts = r.actions.map((a) => (a === 'propose' ? t('debrief.timeline.tabled') : leverLabel(a)));
  const answers = r.answers.map((a) => t(`debrief.timeline.answer.${a.verdict}`, { side: sideName(level, a.side) }));
  const parts = [
    acts.length ? t('debrief.timeline.you', { actions: acts.join(t('debrief.timeline.actionSeparator')) }) : t('debrief.timeline.none'),
    answers.length ? t('debrief.timeline.answers', { answers: answers.join(t('debrief.timeline.answerSeparator')) }) : '',
    r.signed ? t('debrief.timeline.signed') : '',
    t('debrief.timeline.incident', { count: r.incidents.length }),
    ceasefireMove(level, r),
  ];
  return t('debrief.timeline.line', { round: roundName(level, r.round), text: parts.filter(Boolean).join(t('debrief.timeline.sentenceSeparator')) });
}

function sourcesList(level: Level): HTMLElement {
  const sorted = [...level.sources].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.date.localeCompare(b.date));
  return h('ul', { class: 'sources' }, ...sorted.map((s) => {
    const safe = /^https?:\/\//i.test(s.url);
    return h('li', {}, t('debrief.history.source', { publisher: s.publisher, date: sourceDate(s.date) }),
      // Titles stay as published; `lang` lets a screen reader read an English title in English.
      safe ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', lang: scriptLang(s.title), text: s.title })
        : h('cite', { lang: scriptLang(s.title), text: s.title }),
      s.titleIsDescription ? h('span', { class: 'source-note', text: ` ${t('debrief.history.description')}` }) : null);
  }));
}

/** The score line: the number in its own large span, the words around it from the message. */
function scoreLine(score: number): HTMLElement {
  const [before, after] = aroundNumber('debrief.score', 'score');
  return h('p', { class: 'score' }, before || null, h('span', { class: 'score-number', text: num(score) }), after || null);
}

/** Debrief screen with Play again and Main menu. */
export function renderDebrief(ctx: ScreenContext): HTMLElement {
  const { level, game } = ctx.vm;
  if (!level || !game || !game.outcome) {
    if (ctx.vm.remote) return remoteUnfinished(ctx, timelineLine);
    return h('section', { class: 'screen panel' }, heading(1, t('debrief.title')),
      h('div', { class: 'button-row' }, button(t('debrief.mainMenu'), () => ctx.send({ type: 'TO_MENU' }), { 'data-focus': 'menu' })));
  }
  const o = game.outcome;
  const keys = PART_KEYS;
  const sum = keys.reduce((n, k) => n + o.breakdown[k], 0);
  const next = ctx.vm.remote ? null : campaignStep(ctx, level, game);
  return h('section', { class: `screen screen-debrief outcome-${o.kind}`, 'aria-labelledby': 'debrief-title' },
    h('div', { class: 'panel debrief-head' },
      h('p', { class: 'eyebrow', text: t('debrief.eyebrow', { title: level.title }) }),
      heading(1, t('debrief.heading', { outcome: t(`debrief.outcome.${o.reason}`), kind: t(`debrief.kind.${o.kind}`) }), 'debrief-title'),
      scoreLine(o.score),
      h('table', { class: 'breakdown' },
        h('caption', { text: t('debrief.breakdown.caption') }),
        h('tbody', {}, ...keys.map((k) => h('tr', {},
          h('th', { scope: 'row', text: t(`debrief.breakdown.part.${k}`) }),
          h('td', { text: t('debrief.breakdown.value', { value: num(o.breakdown[k]), max: num(SCORE_WEIGHTS[k]) }) }))))),
      o.kind === 'loss' && sum > o.score &&
        h('p', { class: 'help', text: t('debrief.breakdown.capped', { sum: num(sum), cap: num(LOSS_CAP) }) }),
      game.accord && h('div', {}, h('h2', { text: t('debrief.accord') }), packageList(level, game.accord, t('debrief.accord'))),
    ),
    comparePanel(level, game),
    seatDebrief(ctx, level, game),
    h('div', { class: 'debrief-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title', text: t('debrief.timeline.title') }),
        h('ol', { class: 'timeline' }, ...game.reports.map((r) => h('li', { text: timelineLine(level, r) })))),
      h('section', { class: 'panel', 'aria-labelledby': 'history-title' },
        h('h2', { id: 'history-title', text: t('debrief.history.title') }),
        factList(level, level.debrief),
        h('h3', { text: t('debrief.history.sources') }),
        sourcesList(level)),
    ),
    renderFairness(level, game),
    revealPanel(level, game),
    h('section', { class: 'panel', 'aria-labelledby': 'questions-title' },
      h('h2', { id: 'questions-title', text: t('debrief.questions.title') }),
      h('ol', {}, ...discussionQuestions().map((q) => h('li', { text: q })))),
    tryAgainPanel(ctx, level, game),
    ...gradePanels(ctx),
    exportButtons(level, game, ctx.vm.notes, () => gradeNow(ctx), finishedSeat(ctx.vm.seatRuns, game)),
    ctx.vm.remote ? remoteDebriefEnd() : h('div', { class: 'button-row' },
      button(t('debrief.playAgain'), () => ctx.send({ type: 'NEW_GAME', difficulty: game.difficulty }), { class: 'primary', 'data-focus': 'again' }),
      next,
      button(t('debrief.mainMenu'), () => ctx.send({ type: 'TO_MENU' }), { 'data-focus': 'menu' })),
  );
}
