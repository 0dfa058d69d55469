// Follows a deep link once the menu is ready: a link that names a difficulty starts that crisis
// straight away (the briefing opens), unless this browser already holds the same unfinished game,
// which then continues, so reloading the class link never throws a student's progress away.

import type { DeepLink } from './deep-link';
import type { AppEvent } from '../machines/events';
import type { ViewModel } from '../machines/view-model';
import type { Saves } from './saves';

/**
 * Returns a view-model listener that acts on the first menu it sees, then never again.
 * @param link the parsed link (problems are shown by the menu's notices)
 */
export function linkStarter(link: DeepLink, saves: Pick<Saves, 'unfinished'>, send: (e: AppEvent) => void): (vm: ViewModel) => void {
  let done = link.difficulty === null;
  return (vm) => {
    if (done || vm.screen !== 'menu' || !vm.level) return;
    done = true;
    const difficulty = link.difficulty!;
    const save = saves.unfinished();
    const g = save?.game ?? null;
    const same = g !== null && save !== null && save.levelId === (link.scenario ?? vm.level.id) &&
      g.difficulty === difficulty && (link.seed === null || g.seed === link.seed);
    if (same) {
      send({ type: 'RESTORE', request: { kind: 'save' } });
      return;
    }
    send({
      type: 'NEW_GAME', difficulty,
      ...(link.seed !== null ? { seed: link.seed } : {}),
      ...(link.scenario !== null && link.scenario !== vm.level.id ? { levelId: link.scenario } : {}),
    });
  };
}
