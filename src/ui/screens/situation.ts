// Step 1 of a round: what changed and why. The meters beside it carry the arrows and causes; this
// panel gives the short version in words, then Continue to the mediator's move.

import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { ceasefireInline } from '../format';
import { t } from '../../i18n/i18n';
import { lastReport } from '../hud/meters';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';

/** Situation screen with a Continue button. */
export function renderSituation(ctx: ScreenContext): HTMLElement {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const report = lastReport(game);
  const unit = level.roundLabel;
  const recap = report
    ? [
      h('p', { text: report.incidents.length === 0
        ? t('play.situation.lastQuiet', { unit, ceasefire: ceasefireInline(report.ceasefire.to) })
        : t('play.situation.last', { unit, count: report.incidents.length, ceasefire: ceasefireInline(report.ceasefire.to) }) }),
      h('p', { class: 'help', text: t('play.situation.help') }),
    ]
    : [h('p', { class: 'lede', text: level.summary })];
  return playScreen(level, game, {
    name: 'situation',
    title: t('play.situation.title', { round: roundWords(level, game.round, game.maxRounds) }),
    content: [
      ...recap,
      h('p', { text: t('play.situation.capital', { capital: game.capital, unit }) }),
      h('div', { class: 'button-row' },
        button(t('common.continue'), () => ctx.send({ type: 'CONTINUE' }), { class: 'primary', 'data-focus': 'continue' })),
    ],
  });
}
