// The frame shared by the round's screens (situation, acting, answers, world): the top bar, the
// screen's heading and content, and the meters panel beside it. One template for all four, so
// moving from one round screen to the next keeps the frame's nodes and changes only what differs.

import { html, type TemplateResult } from 'lit-html';
import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import type { ScreenContext } from '../context';
import { renderMeters } from '../hud/meters';
import { renderTopBar } from '../hud/top-bar';
import { renderTable } from '../hud/table';
import { renderTicker } from '../hud/ticker';
import { renderTimeline } from '../hud/timeline';
import { t } from '../../i18n/i18n';
import { screenHeading } from './heading';

/** The level and game of a playing screen; null when the snapshot lacks them. */
export function playing(ctx: ScreenContext): { level: Level; game: GameState } | null {
  const { level, game } = ctx.vm;
  return level && game ? { level, game } : null;
}

export { screenHeading } from './heading';

/** Fallback when a round screen is shown without a game (should not happen). */
export function noGame(): TemplateResult {
  return html`<section class="screen panel">${screenHeading(t('play.noGame'))}</section>`;
}

/** A round screen: top bar, heading, the screen's content, then the meters. */
export function playScreen(
  ctx: ScreenContext,
  level: Level,
  game: GameState,
  opts: { name: string; title: string; content: unknown },
): TemplateResult {
  const titleId = `${opts.name}-title`;
  return html`<section class="screen play screen-${opts.name}" aria-labelledby=${titleId}>
    ${renderTopBar(ctx, level, game)}
    <div class="play-news">${renderTimeline(level, game)}${renderTicker(level, game)}</div>
    ${renderTable(level, game, opts.name)}
    <div class="play-grid">
      <div class="play-main">${screenHeading(opts.title, titleId)}${opts.content}</div>
      <aside class="play-side" aria-label=${t('play.meters.label')}>${renderMeters(level, game)}</aside>
    </div>
  </section>`;
}
