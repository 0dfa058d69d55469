// Step 3 of a round: the delegations answer. Each verdict comes with its reason in plain words
// (from the model's numbers) and any counter-offer as a list of terms.

import type { Level } from '../../sim/level';
import type { Answer } from '../../sim/state';
import { button, h } from '../dom';
import type { ScreenContext } from '../context';
import { explainAnswer, verdictWords } from '../explain';
import { sideName } from '../format';
import { packageList } from '../hud/package-list';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';
import { teamReasons } from '../hotseat/reasons';
import { t } from '../../i18n/i18n';

function answerCard(level: Level, a: Answer): HTMLElement {
  const name = sideName(level, a.side);
  const counterTitle = t('play.responding.counterOffer', { side: name });
  return h('article', { class: `answer verdict-${a.verdict} side-${a.side}`, 'aria-label': `${name}: ${verdictWords(a.verdict)}` },
    h('h2', {}, h('span', { text: name }), ' ', h('span', { class: 'verdict', text: verdictWords(a.verdict) })),
    h('p', { text: explainAnswer(level, a) }),
    a.counter && h('div', { class: 'counter' },
      h('h3', { text: counterTitle }),
      packageList(level, a.counter, counterTitle)),
  );
}

/** Answers screen with a Continue button. */
export function renderResponding(ctx: ScreenContext): HTMLElement {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const signed = game.answers.length > 0 && game.answers.every((a) => a.verdict === 'accept');
  return playScreen(level, game, {
    name: 'responding',
    title: t('play.responding.title', { round: roundWords(level, game.round, game.maxRounds) }),
    content: [
      game.tabled
        ? h('details', { class: 'tabled', 'data-key': 'tabled' },
          h('summary', { text: t('play.responding.tabled') }), packageList(level, game.tabled, t('play.responding.tabled')))
        : h('p', { text: t('play.responding.noneTabled') }),
      signed && h('p', { class: 'banner good', text: t('play.responding.signed') }),
      ...game.answers.map((a) => answerCard(level, a)),
      teamReasons(level, game),
      h('div', { class: 'button-row' },
        button(t('common.continue'), () => ctx.send({ type: 'CONTINUE' }), { class: 'primary', 'data-focus': 'continue' })),
    ],
  });
}
