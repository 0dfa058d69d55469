// The composition root: wires the controller (machines over the sim) to the DOM layer, the Phaser
// map, audio and storage. Every view reads the controller's view model and sends only events.
// If anything fails while starting, the page still shows an error screen, never a blank page.

import './ui/styles.css';
import { createController, type Controller } from './machines/controller';
import type { ViewModel } from './machines/view-model';
import { loadLevel, LEVEL_IDS } from './content/levels';
import type { Cue } from './sim/state';
import { createStorage } from './platform/storage';
import { createAudio } from './audio/audio';
import { mountUI } from './ui/mount';
import { createSettingsPort } from './ui/settings-port';
import { createGameView, type GameView } from './view/game-view';

declare global {
  interface Window {
    /** Read-only hook for end-to-end tests. */
    __asean?: { getViewModel(): ViewModel | null };
  }
}

/** The element with `id`, created (and appended to body) when the page lacks it. */
function container(id: string, tag: 'main' | 'div', attrs: Record<string, string> = {}): HTMLElement {
  const found = document.getElementById(id);
  if (found) return found;
  const el = document.createElement(tag);
  el.id = id;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.appendChild(el);
  return el;
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function boot(): void {
  const root = container('app', 'main');
  const canvasHost = container('game-canvas', 'div', { 'aria-hidden': 'true' });
  const storage = createStorage();
  const audio = createAudio(storage);
  const settings = createSettingsPort(storage, audio);
  let controller: Controller | null = null;
  // Deep link: ?seed=N gives every new game the same crisis, so a class can compare runs.
  const seedParam = Number.parseInt(new URLSearchParams(window.location.search).get('seed') ?? '', 10);
  const send = (e: Parameters<Controller['send']>[0]) =>
    controller?.send(e.type === 'NEW_GAME' && Number.isFinite(seedParam) && e.seed === undefined ? { ...e, seed: seedParam } : e);
  const ui = mountUI(root, send, { settings });
  const fail = (message: string) => {
    ui.render({ screen: 'error', level: null, game: null, error: message, refusal: null });
  };
  window.__asean = { getViewModel: () => controller?.getViewModel() ?? null };

  let view: GameView | null = null;
  try {
    view = createGameView(canvasHost);
  } catch (e) {
    // The map is a nicety: without WebGL or Canvas the game still plays from the DOM.
    console.warn(`Map unavailable (${describe(e)})`);
    canvasHost.hidden = true;
  }

  let lastCues: Cue[] | null = null;
  let lastRefusal: string | null = null;
  const onViewModel = (vm: ViewModel) => {
    document.documentElement.dataset['screen'] = vm.screen;
    try {
      ui.render(vm);
    } catch (e) {
      fail(`ui: ${vm.screen}: ${describe(e)}`);
    }
    try {
      view?.update(vm);
    } catch (e) {
      console.warn(`Map could not draw (${describe(e)})`);
    }
    const cues = vm.game?.cues ?? null;
    if (cues && cues !== lastCues) for (const cue of cues) audio.play(cue);
    lastCues = cues;
    if (vm.refusal && vm.refusal !== lastRefusal) audio.play('refused');
    lastRefusal = vm.refusal;
  };

  try {
    const params = new URLSearchParams(window.location.search);
    const levelId = params.get('level') ?? LEVEL_IDS[0] ?? 'december-2025';
    controller = createController(levelId, loadLevel);
    controller.subscribe(onViewModel);
    controller.start();
    onViewModel(controller.getViewModel());
  } catch (e) {
    fail(`main: start: ${describe(e)}`);
  }
}

boot();
