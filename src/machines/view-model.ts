// What the views read: one flat snapshot of the app and round machines, so the DOM layer and the
// Phaser scene never reach into xstate's internals.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { Msg } from '../sim/message';

/** The screen to show. Round-cycle screens are the phases of `playing`. */
export type Screen =
  | 'boot'
  | 'error'
  | 'menu'
  | 'settings'
  | 'briefing'
  | 'situation'
  | 'acting'
  | 'responding'
  | 'world'
  | 'debrief';

/** Everything a view needs to draw one frame of the game. */
export interface ViewModel {
  screen: Screen;
  level: Level | null;
  game: GameState | null;
  /** A message that names file, path and expectation when a level failed to load. */
  error: string | null;
  /** Why the last action was refused, if it was. */
  refusal: Msg | null;
}
