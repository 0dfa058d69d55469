// Step 2 of a round: the mediator acts. Levers on one side, the proposal builder on the other,
// and the refusal alert (why the last action was refused) above both.

import { html, type TemplateResult } from 'lit-html';
import type { ScreenContext } from '../context';
import { renderActions } from '../hud/actions';
import { roundHint } from '../hint';
import { renderProposal } from '../hud/proposal';
import { renderReadings } from '../hud/reading';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';
import { hotseatScreen } from '../hotseat/handover';
import { classVote } from '../projector/vote';
import { t } from '../../i18n/i18n';
import { legalMoves } from '../../sim/legal-moves';

/** Acting screen: refusal alert, levers, proposal builder. */
export function renderActing(ctx: ScreenContext): TemplateResult {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const handover = hotseatScreen(ctx, level);
  if (handover) return handover;
  // What the envoy can do now, asked once: the levers, the builder and the class vote all read it.
  const moves = legalMoves(level, game);
  return playScreen(ctx, level, game, {
    name: 'acting',
    title: t('play.acting.title', { round: roundWords(level, game.round, game.maxRounds) }),
    content: html`
      <p class="help">${t('play.acting.help')}</p>
      ${roundHint(level, game)}
      ${ctx.alert}
      ${classVote(ctx, level, game, moves)}
      <div class="acting-grid">${renderActions(ctx, level, game, moves)}${renderProposal(ctx, level, game, moves)}</div>
      ${renderReadings(level, game)}`,
  });
}
