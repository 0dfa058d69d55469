// The map adapter: Phaser (the largest download) loads once the first real screen (after "boot")
// is drawn and painted, so the menu never waits for it; from then on it draws whatever the latest
// view model shows. Without WebGL or Canvas the game still plays from the DOM.

import type { ViewModel } from '../machines/view-model';
import type { GameView } from './game-view';

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Runs `f` after the next paint (or soon, where there is no animation frame). */
export function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(f, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(f, 0));
}

/** A view-model listener that starts the map after the first real screen and keeps it up to date. */
export function followWithMap(canvasHost: HTMLElement): (vm: ViewModel) => void {
  let view: GameView | null = null;
  let latest: ViewModel | null = null;
  let started = false;
  const noMap = (e: unknown) => {
    console.warn(`Map unavailable (${describe(e)})`);
    canvasHost.hidden = true;
  };
  const start = () => {
    import('./game-view').then(({ createGameView }) => {
      try {
        view = createGameView(canvasHost);
        if (latest) view.update(latest);
      } catch (e) {
        noMap(e);
      }
    }, noMap);
  };
  return (vm) => {
    latest = vm;
    if (!started && vm.screen !== 'boot') {
      started = true;
      afterPaint(start);
    }
    try {
      view?.update(vm);
    } catch (e) {
      console.warn(`Map could not draw (${describe(e)})`);
    }
  };
}
