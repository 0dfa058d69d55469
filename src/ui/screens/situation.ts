// Step 1 of a round: what changed and why. The meters beside it carry the arrows and causes; this
// panel gives the short version in words, then Continue to the mediator's move.

import { html, type TemplateResult } from 'lit-html';
import type { ScreenContext } from '../context';
import { ceasefireInline } from '../format';
import { t } from '../../i18n/i18n';
import { lastReport } from '../hud/meters';
import { roundWords } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';

/** Situation screen with a Continue button. */
export function renderSituation(ctx: ScreenContext): TemplateResult {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const report = lastReport(game);
  const unit = level.roundLabel;
  const recap = report
    ? html`<p>${report.incidents.length === 0
        ? t('play.situation.lastQuiet', { unit, ceasefire: ceasefireInline(report.ceasefire.to) })
        : t('play.situation.last', { unit, count: report.incidents.length, ceasefire: ceasefireInline(report.ceasefire.to) })}</p>
      <p class="help">${t('play.situation.help')}</p>`
    : html`<p class="lede">${level.summary}</p>`;
  return playScreen(ctx, level, game, {
    name: 'situation',
    title: t('play.situation.title', { round: roundWords(level, game.round, game.maxRounds) }),
    content: html`${recap}
      <p>${t('play.situation.capital', { capital: game.capital, unit })}</p>
      <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'CONTINUE' })}>${t('common.continueButton')}</button></div>`,
  });
}
