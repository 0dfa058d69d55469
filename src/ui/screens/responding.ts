// Step 3 of a round: the delegations answer. Each verdict comes with its reason in plain words
// (from the model's numbers) and any counter-offer as a list of terms.

import { html, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Level } from '../../sim/level';
import type { Answer } from '../../sim/state';
import type { ScreenContext } from '../context';
import { explainAnswer, verdictWords } from '../explain';
import { sideName } from '../format';
import { packageList } from '../hud/package-list';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';
import { teamReasons } from '../hotseat/reasons';
import { t } from '../../i18n/i18n';

function answerCard(level: Level, a: Answer): TemplateResult {
  const name = sideName(level, a.side);
  const counterTitle = t('play.responding.counterOffer', { side: name });
  return html`<article class="answer verdict-${a.verdict} side-${a.side}" aria-label=${`${name}: ${verdictWords(a.verdict)}`}>
    <h2><span>${name}</span> <span class="verdict">${verdictWords(a.verdict)}</span></h2>
    <p>${explainAnswer(level, a)}</p>
    ${a.counter ? html`<div class="counter"><h3>${counterTitle}</h3>${packageList(level, a.counter, counterTitle)}</div>` : null}
  </article>`;
}

/** Answers screen with a Continue button. */
export function renderResponding(ctx: ScreenContext): TemplateResult {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const signed = game.answers.length > 0 && game.answers.every((a) => a.verdict === 'accept');
  return playScreen(ctx, level, game, {
    name: 'responding',
    title: t('play.responding.title', { round: roundWords(level, game.round, game.maxRounds) }),
    content: html`
      ${game.tabled
        ? html`<details class="tabled"><summary>${t('play.responding.tabled')}</summary>${packageList(level, game.tabled, t('play.responding.tabled'))}</details>`
        : html`<p>${t('play.responding.noneTabled')}</p>`}
      ${signed ? html`<p class="banner good">${t('play.responding.signed')}</p>` : null}
      ${repeat(game.answers, (a) => a.side, (a) => answerCard(level, a))}
      ${teamReasons(level, game, ctx.vm.notes)}
      <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'CONTINUE' })}>${t('common.continueButton')}</button></div>`,
  });
}
