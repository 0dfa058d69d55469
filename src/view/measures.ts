// Which verification and humanitarian measures are in place, from interim measures or the terms of
// a signed accord, so the map can show them. Pure: reads the level and game state only.

import type { IssueId, Level } from '../sim/level';
import type { GameState } from '../sim/state';

/** Whether observers, demining and aid corridors are active now. */
export function activeMeasures(level: Level, game: GameState): { observers: boolean; demining: boolean; corridors: boolean } {
  const term = (issue: IssueId) => {
    const chosen = game.accord?.[issue];
    const def = level.issues.find((i) => i.id === issue);
    const index = def?.options.findIndex((o) => o.id === chosen) ?? -1;
    return { index, effects: index >= 0 ? def?.options[index]?.effects : undefined };
  };
  const obs = term('observers');
  const dem = term('demining');
  const civ = term('civilians');
  return {
    observers: game.measures.observers || obs.index > 0 || obs.effects?.verifies === true,
    demining: game.measures.deminingTeams || (dem.effects?.demining ?? 0) > 0,
    corridors: game.measures.corridors || civ.index > 0 || (civ.effects?.returns ?? 0) > 0,
  };
}
