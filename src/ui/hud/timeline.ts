// The round timeline: one step per round of the scenario, showing which are done (with what
// happened: incidents, a signed accord), which is now, and how many are left. Each step carries its
// meaning in an icon and in words, never by colour alone.

import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { roundName } from './top-bar';
import { t } from '../../i18n/i18n';

/** What a step of the timeline says, for round `n`. */
export function stepWords(level: Level, game: GameState, n: number): { icon: string; words: string; state: 'done' | 'now' | 'later' } {
  const report = game.reports.find((r) => r.round === n);
  if (report) {
    const inc = report.incidents.length;
    const words = report.signed
      ? (inc === 0 ? t('play.timeline.signedQuiet') : t('play.timeline.signedIncidents', { count: inc }))
      : (inc === 0 ? t('play.timeline.quiet') : t('play.timeline.incidents', { count: inc }));
    return { icon: report.signed ? '✓' : inc > 0 ? '!' : '·', words, state: 'done' };
  }
  if (n === game.round && !game.outcome) return { icon: '●', words: t('play.timeline.now'), state: 'now' };
  return { icon: '', words: t('play.timeline.later'), state: 'later' };
}

/** The timeline as an ordered list, one item per round (kept by round number). */
export function renderTimeline(level: Level, game: GameState): TemplateResult {
  const steps = Array.from({ length: game.maxRounds }, (_, i) => i + 1);
  return html`<nav class="round-timeline" aria-label=${t('play.timeline.label')}><ol>${repeat(steps, (n) => n, (n) => {
    const s = stepWords(level, game, n);
    const words = t('play.timeline.step', { round: roundName(level, n), words: s.words });
    return html`<li class="step step-${s.state}" aria-current=${s.state === 'now' ? 'step' : nothing} title=${words}>
      <span class="step-dot" aria-hidden="true">${s.icon}</span><span class="step-num" aria-hidden="true">${n}</span><span class="visually-hidden">${words}</span>
    </li>`;
  })}</ol></nav>`;
}
