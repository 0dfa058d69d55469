// Step 1 of a round: what changed and why. The meters beside it carry the arrows and causes; this
// panel gives the short version in words, then Continue to the mediator's move.

import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { ceasefireWords } from '../format';
import { lastReport } from '../hud/meters';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';

/** Situation screen with a Continue button. */
export function renderSituation(ctx: ScreenContext): HTMLElement {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const report = lastReport(game);
  const recap = report
    ? [
      h('p', { text: `Last ${level.roundLabel.toLowerCase()}: ${report.incidents.length === 0 ? 'no incidents' : `${report.incidents.length} ${report.incidents.length === 1 ? 'incident' : 'incidents'}`}; ${ceasefireWords(report.ceasefire.to).toLowerCase()}.` }),
      h('p', { class: 'help', text: 'The arrows beside each meter show what moved and by how much; open one to read why.' }),
    ]
    : [h('p', { class: 'lede', text: level.summary })];
  return playScreen(level, game, {
    name: 'situation',
    title: `${roundWords(level, game.round, game.maxRounds)}: the situation`,
    content: [
      ...recap,
      h('p', { text: `You have ${game.capital} political capital to spend this ${level.roundLabel.toLowerCase()}.` }),
      h('div', { class: 'button-row' },
        button('Continue', () => ctx.send({ type: 'CONTINUE' }), { class: 'primary', 'data-focus': 'continue' })),
    ],
  });
}
