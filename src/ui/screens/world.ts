// Step 4 of a round: the world moves. The round report lists incidents, the ceasefire's move and
// every meter change with its cause; Continue leads to the next round or the debrief.

import { html, type TemplateResult } from 'lit-html';
import type { ScreenContext } from '../context';
import { lastReport } from '../hud/meters';
import { renderReport } from '../hud/report';
import { roundName } from '../hud/top-bar';
import { noGame, playing, playScreen } from './play';
import { t } from '../../i18n/i18n';

/** World screen (round report) with a Continue button. */
export function renderWorld(ctx: ScreenContext): TemplateResult {
  const p = playing(ctx);
  if (!p) return noGame();
  const { level, game } = p;
  const report = lastReport(game);
  return playScreen(ctx, level, game, {
    name: 'world',
    title: report ? t('play.world.title', { round: roundName(level, report.round) }) : t('play.world.titleNone'),
    content: html`${report ? renderReport(level, report) : html`<p>${t('play.world.noReport')}</p>`}
      <div class="button-row"><button type="button" class="primary" @click=${() => ctx.send({ type: 'CONTINUE' })}>${t('common.continueButton')}</button></div>`,
  });
}
