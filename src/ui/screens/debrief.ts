// The debrief: how the scenario ended, the score and its parts, the player's timeline beside what
// really happened (dated, with sources by publisher), three neutral discussion questions, and the
// ways out (Play again, Next scenario, Main menu). Finishing records campaign progress.

import { renderFairness } from '../hud/fairness';
import { actionInfo } from '../../sim/catalog';
import { SCORE_WEIGHTS, LOSS_CAP } from '../../sim/scoring';
import type { Level } from '../../sim/level';
import type { Outcome, RoundReport } from '../../sim/state';
import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { date, sideName } from '../format';
import { verdictWords } from '../explain';
import { factList } from './briefing';
import { ceasefireMove } from '../hud/report';
import { packageList } from '../hud/package-list';
import { roundName } from '../hud/top-bar';
import { exportButtons } from '../export-buttons';
import { revealPanel } from '../projector/reveal-panel';
import { campaignStep } from '../campaign-step';

const OUTCOME: Record<Outcome['reason'], string> = {
  formalised: 'The accord held and was formalised',
  deadline: 'The deadline arrived',
  war: 'The conflict escalated into open war',
  walkout: 'A delegation walked out of the talks',
  collapse: 'The ceasefire collapsed',
};
const KIND: Record<Outcome['kind'], string> = { win: 'a win', partial: 'a partial result', loss: 'a loss' };
const PARTS: Record<keyof Outcome['breakdown'], string> = {
  acceptance: 'Both sides can accept the deal',
  livesSaved: 'Lives saved against no mediation',
  returns: 'Displaced civilians returned',
  durability: 'Durability of the terms',
  credibility: 'ASEAN’s credibility',
};

/** Questions for a class or workshop; neutral between the sides. */
export const DISCUSSION_QUESTIONS = [
  'Which of your levers changed a delegation’s answer, and which only moved the numbers for a round?',
  'Each capital had to sell the deal at home. What made that easier or harder for each side?',
  'Outside trade pressure helped bring both 2025 ceasefires. What are its benefits and risks for a peace that lasts?',
] as const;

/** One line of the player's timeline for a round report. */
export function timelineLine(level: Level, r: RoundReport): string {
  const acts = r.actions.map((a) => (a === 'propose' ? 'tabled a package' : actionInfo(a)?.label ?? a));
  const answers = r.answers.map((a) => `${sideName(level, a.side)} ${verdictWords(a.verdict).toLowerCase()}`);
  const parts = [
    acts.length ? `You: ${acts.join(', ')}.` : 'You took no action.',
    answers.length ? `${answers.join('; ')}.` : '',
    r.signed ? 'Accord signed.' : '',
    `${r.incidents.length} ${r.incidents.length === 1 ? 'incident' : 'incidents'}.`,
    ceasefireMove(r),
  ];
  return `${roundName(level, r.round)}: ${parts.filter(Boolean).join(' ')}`;
}

function sourcesList(level: Level): HTMLElement {
  const sorted = [...level.sources].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.date.localeCompare(b.date));
  return h('ul', { class: 'sources' }, ...sorted.map((s) => {
    const safe = /^https?:\/\//i.test(s.url);
    return h('li', {}, `${s.publisher}, ${date(s.date)}: `,
      safe ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.title }) : s.title);
  }));
}

/** Debrief screen with Play again and Main menu. */
export function renderDebrief(ctx: ScreenContext): HTMLElement {
  const { level, game } = ctx.vm;
  if (!level || !game || !game.outcome) {
    return h('section', { class: 'screen panel' }, heading(1, 'Debrief'),
      h('div', { class: 'button-row' }, button('Main menu', () => ctx.send({ type: 'TO_MENU' }), { 'data-focus': 'menu' })));
  }
  const o = game.outcome;
  const keys = Object.keys(PARTS) as (keyof Outcome['breakdown'])[];
  const next = campaignStep(ctx, level, game);
  return h('section', { class: `screen screen-debrief outcome-${o.kind}`, 'aria-labelledby': 'debrief-title' },
    h('div', { class: 'panel debrief-head' },
      h('p', { class: 'eyebrow', text: `Debrief · ${level.title}` }),
      heading(1, `${OUTCOME[o.reason]}: ${KIND[o.kind]}`, 'debrief-title'),
      h('p', { class: 'score' }, h('span', { class: 'score-number', text: String(o.score) }), ' points out of 100'),
      h('table', { class: 'breakdown' },
        h('caption', { text: 'How the score was made' }),
        h('tbody', {}, ...keys.map((k) => h('tr', {}, h('th', { scope: 'row', text: PARTS[k] }), h('td', { text: `${o.breakdown[k]} of ${SCORE_WEIGHTS[k]}` }))))),
      keys.reduce((n, k) => n + o.breakdown[k], 0) > o.score &&
        h('p', { class: 'help', text: `The parts add up to ${keys.reduce((n, k) => n + o.breakdown[k], 0)}, but a lost scenario scores at most ${LOSS_CAP}.` }),
      game.accord && h('div', {}, h('h2', { text: 'The accord you brokered' }), packageList(level, game.accord, 'The accord you brokered')),
    ),
    h('div', { class: 'debrief-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title', text: 'Your timeline' }),
        h('ol', { class: 'timeline' }, ...game.reports.map((r) => h('li', { text: timelineLine(level, r) })))),
      h('section', { class: 'panel', 'aria-labelledby': 'history-title' },
        h('h2', { id: 'history-title', text: 'What really happened' }),
        factList(level, level.debrief),
        h('h3', { text: 'Sources' }),
        sourcesList(level)),
    ),
    renderFairness(level, game),
    revealPanel(level, game),
    h('section', { class: 'panel', 'aria-labelledby': 'questions-title' },
      h('h2', { id: 'questions-title', text: 'Questions for discussion' }),
      h('ol', {}, ...DISCUSSION_QUESTIONS.map((q) => h('li', { text: q })))),
    exportButtons(level, game),
    h('div', { class: 'button-row' },
      button('Play again', () => ctx.send({ type: 'NEW_GAME', difficulty: game.difficulty }), { class: 'primary', 'data-focus': 'again' }),
      next,
      button('Main menu', () => ctx.send({ type: 'TO_MENU' }), { 'data-focus': 'menu' })),
  );
}
