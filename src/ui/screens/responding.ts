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

function answerCard(level: Level, a: Answer): HTMLElement {
  const name = sideName(level, a.side);
  return h('article', { class: `answer verdict-${a.verdict} side-${a.side}`, 'aria-label': `${name}: ${verdictWords(a.verdict)}` },
    h('h2', {}, h('span', { text: name }), ' ', h('span', { class: 'verdict', text: verdictWords(a.verdict) })),
    h('p', { text: explainAnswer(level, a) }),
    a.counter && h('div', { class: 'counter' },
      h('h3', { text: `${name}’s counter-offer` }),
      packageList(level, a.counter, `${name}’s counter-offer`)),
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
    title: `${roundWords(level, game.round, game.maxRounds)}: the delegations answer`,
    content: [
      game.tabled
        ? h('details', { class: 'tabled', 'data-key': 'tabled' },
          h('summary', { text: 'The package you tabled' }), packageList(level, game.tabled, 'The package you tabled'))
        : h('p', { text: 'You tabled no package this round.' }),
      signed && h('p', { class: 'banner good', text: 'Both delegations accept: the accord is signed.' }),
      ...game.answers.map((a) => answerCard(level, a)),
      teamReasons(level, game),
      h('div', { class: 'button-row' },
        button('Continue', () => ctx.send({ type: 'CONTINUE' }), { class: 'primary', 'data-focus': 'continue' })),
    ],
  });
}
