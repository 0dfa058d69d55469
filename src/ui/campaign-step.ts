// What the debrief does for the campaign: records the finished scenario (any outcome unlocks the
// next one) and offers the next scenario in campaign order.

import { LEVEL_IDS } from '../content/levels';
import { catalogNow } from '../content/catalog';
import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { recordFinished } from '../platform/progress';
import type { ScreenContext } from './context';
import { button } from './dom';
import { uiStorage } from './preferences';
import { t } from '../i18n/i18n';

/** The id of the scenario after `levelId` in campaign order, or null (last, or not a shipped one). */
export function nextLevelId(levelId: string): string | null {
  const i = (LEVEL_IDS as readonly string[]).indexOf(levelId);
  return i >= 0 ? (LEVEL_IDS[i + 1] ?? null) : null;
}

/** Records the finished game in campaign progress and returns a "Next scenario" button, if any. */
export function campaignStep(ctx: ScreenContext, level: Level, game: GameState): HTMLButtonElement | null {
  if (!game.outcome) return null;
  recordFinished(uiStorage(), level.id, { kind: game.outcome.kind, score: game.outcome.score });
  const next = nextLevelId(level.id);
  if (!next) return null;
  const title = catalogNow()?.find((e) => e.id === next)?.title;
  return button(t('menu.campaign.next'), () => ctx.send({ type: 'NEW_GAME', levelId: next, difficulty: game.difficulty }), {
    'data-focus': 'next', title: title ? t('menu.campaign.nextTitle', { title }) : undefined,
  });
}
