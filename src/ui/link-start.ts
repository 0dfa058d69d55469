// Follows a deep link once the menu is ready: a link that names a difficulty starts that crisis
// straight away (the briefing opens), unless this browser already holds the same unfinished game,
// which then continues, so reloading the class link never throws a student's progress away. When
// another game is unfinished (a class link with another seed, opened in a second tab), the menu
// asks first, showing that game's resume code; nothing is written until the new game's first decision.

import type { DeepLink } from '../platform/deep-link';
import type { AppEvent } from '../machines/events';
import type { ViewModel } from '../machines/view-model';
import type { ResumePort } from './resume-port';
import type { Storage } from '../platform/storage';

/**
 * Returns a view-model listener that acts on the first menu it sees, then never again.
 * @param link the parsed link (problems are shown by the menu's notices)
 * @param redraw draws the menu again (to show the question)
 */
export function linkStarter(link: DeepLink, _storage: Storage, port: ResumePort, send: (e: AppEvent) => void, redraw: () => void = () => {}): (vm: ViewModel) => void {
  let done = link.difficulty === null;
  return (vm) => {
    if (done || vm.screen !== 'menu' || !vm.level) return;
    done = true;
    const difficulty = link.difficulty!;
    const found = port.checkLink(link.scenario ?? vm.level.id, difficulty, link.seed, vm.level);
    if (found.same !== null) {
      void port.continueSaved(vm.level, found.same);
      return;
    }
    const start = () => send({
      type: 'NEW_GAME', difficulty,
      ...(link.seed !== null ? { seed: link.seed } : {}),
      ...(link.scenario !== null && link.scenario !== vm.level!.id ? { levelId: link.scenario } : {}),
    });
    if (!found.other) {
      start();
      return;
    }
    const level = vm.level;
    port.ask({
      unfinished: found.other,
      start: () => {
        port.ask(null);
        start();
      },
      keep: async () => {
        const index = port.savedGames(level).findIndex((g) => g.savedAt === found.other!.savedAt && g.levelId === found.other!.levelId);
        port.ask(null);
        return port.continueSaved(level, Math.max(0, index));
      },
    });
    redraw();
  };
}
