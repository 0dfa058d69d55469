// The frame shared by the round's screens (situation, acting, answers, world): the top bar, the
// screen's heading and content, and the meters panel beside it.

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { type Child, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { renderMeters } from '../hud/meters';
import { renderTopBar } from '../hud/top-bar';
import { renderTable } from '../hud/table';
import { renderTicker } from '../hud/ticker';
import { renderTimeline } from '../hud/timeline';
import { t } from '../../i18n/i18n';

/** The level and game of a playing screen; null when the snapshot lacks them. */
export function playing(ctx: ScreenContext): { level: Level; game: GameState } | null {
  const { level, game } = ctx.vm;
  return level && game ? { level, game } : null;
}

/** Fallback when a round screen is shown without a game (should not happen). */
export function noGame(): HTMLElement {
  return h('section', { class: 'screen panel' }, heading(1, t('play.noGame')));
}

/** A round screen: top bar, heading, the screen's content, then the meters. */
export function playScreen(
  level: Level,
  game: GameState,
  opts: { name: string; title: string; content: Child[] },
): HTMLElement {
  const titleId = `${opts.name}-title`;
  return h('section', { class: `screen play screen-${opts.name}`, 'aria-labelledby': titleId },
    renderTopBar(level, game),
    h('div', { class: 'play-news' }, renderTimeline(level, game), renderTicker(level, game)),
    renderTable(level, game, opts.name),
    h('div', { class: 'play-grid' },
      h('div', { class: 'play-main' }, heading(1, opts.title, titleId), ...opts.content),
      h('aside', { class: 'play-side', 'aria-label': t('play.meters.label') }, renderMeters(level, game)),
    ),
  );
}
