// Follows a deep link once the menu is ready: a link that names a difficulty starts that crisis
// straight away (the briefing opens), unless this browser already holds the same unfinished game,
// which then continues, so reloading the class link never throws a student's progress away. When
// another game is unfinished (a class link with another seed, opened in a second tab), the app
// machine holds the link's game and the menu asks first, showing that game's resume code; nothing
// is written until the new game's first decision.

import type { DeepLink } from './deep-link';
import type { AppEvent } from '../machines/events';
import type { LinkStart } from '../machines/link-question';
import type { ViewModel } from '../machines/view-model';
import type { Saves } from './saves';

/**
 * Returns a view-model listener that acts on the first menu it sees, then never again.
 * @param link the parsed link (problems are shown by the menu's notices)
 */
export function linkStarter(link: DeepLink, saves: Pick<Saves, 'linkCheck'>, send: (e: AppEvent) => void): (vm: ViewModel) => void {
  let done = link.difficulty === null;
  return (vm) => {
    if (done || vm.screen !== 'menu' || !vm.level) return;
    done = true;
    const difficulty = link.difficulty!;
    const found = saves.linkCheck(link.scenario ?? vm.level.id, difficulty, link.seed, vm.level);
    if (found.same) {
      send({ type: 'RESTORE', request: { kind: 'save', id: found.same.id } });
      return;
    }
    const start: LinkStart = {
      difficulty,
      ...(link.seed !== null ? { seed: link.seed } : {}),
      ...(link.scenario !== null && link.scenario !== vm.level.id ? { levelId: link.scenario } : {}),
    };
    if (found.other) send({ type: 'ASK_BEFORE_LINK', start, unfinished: found.other });
    else send({ type: 'NEW_GAME', ...start });
  };
}
