// The composition root: creates the controller (machines over the sim) and the adapters, and
// connects them. Each adapter follows the game on its own: the DOM layer and the map draw the
// presented view model (scenario words in the player's language), storage autosaves, audio plays
// cues, the pause dialog and the code panel follow the game, and a deep link starts its crisis.
// If anything fails while starting, the page still shows an error screen, never a blank page.

import './ui/styles.css';
import { createController } from './machines/controller';
import { loadEngine } from './machines/engine-load';
import type { ViewModel } from './machines/view-model';
import { playersFromQuery } from './machines/hotseat';
import { loadLevel, LEVEL_IDS, isKnownLevel } from './content/levels';
import { msg } from './sim/message';
import { createStorage, writeSettings, readSettings } from './platform/storage';
import { parseDeepLink } from './platform/deep-link';
import { createSaves } from './platform/saves';
import { followGrades, recallGrade } from './platform/grade-store';
import { linkStarter } from './platform/link-start';
import { watchForUpdates } from './platform/updates';
import { recoverFromStaleChunks } from './platform/preload-recovery';
import { showUpdateNotice } from './ui/update-notice';
import { createAudio } from './audio/audio';
import { followGame } from './audio/follow-game';
import { followWithMap } from './view/map-adapter';
import { mountUI } from './ui/mount';
import { createPresenter } from './ui/present';
import { createSettingsPort } from './ui/settings-port';
import { createResumePort } from './ui/resume-port';
import { mountResumePanel } from './ui/resume-panel';
import { applyContrast } from './ui/contrast';
import { mountPause } from './ui/pause';
import { createLanguageSwitch } from './ui/language-switch';
import { language, setLanguage } from './i18n/i18n';
import { chooseLanguage } from './i18n/choose';
import { languageInfo, type Lang } from './i18n/languages';

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

async function boot(): Promise<void> {
  const root = container('app', 'main');
  const canvasHost = container('game-canvas', 'div', { 'aria-hidden': 'true' });
  const storage = createStorage();
  const audio = createAudio(storage);
  const settings = createSettingsPort(storage, audio);
  applyContrast();
  // Language: ?lang= in the link, else the last choice, else the browser's, else English.
  const choice = chooseLanguage(window.location.search, window.location.hash, readSettings(storage).language, navigator.languages ?? []);
  await setLanguage(choice.lang);
  const chooseLang = (lang: Lang) => {
    writeSettings(storage, { language: lang });
    void setLanguage(lang);
  };
  // Deep link (?scenario=&seed=&difficulty=&team=, or the same after #): a whole class plays one crisis.
  const link = parseDeepLink(window.location.search, window.location.hash, LEVEL_IDS, isKnownLevel);
  const saves = createSaves(storage);
  for (const problem of link.problems) saves.notify(problem);
  if (choice.unknown) saves.notify(msg('app.language.unknown', { code: choice.unknown, name: languageInfo(language()).native }));

  let ui: ReturnType<typeof mountUI> | null = null;
  const fail = (message: string) => ui?.render({ screen: 'error', level: null, game: null, error: message, refusal: null });
  try {
    const controller = createController(link.scenario ?? LEVEL_IDS[0] ?? 'december-2025', loadLevel, {
      seed: link.seed, players: playersFromQuery(window.location.search), restorer: saves,
      recallGrade: (key) => recallGrade(storage, key),
    });
    const send = controller.send;
    const resume = createResumePort(saves, send);
    ui = mountUI(root, send, { settings, header: createLanguageSwitch(chooseLang), resume });
    const mounted = ui;
    window.__asean = { getViewModel: () => controller.getViewModel() };

    // Saves first, so the menu drawn next already knows what a restore just said.
    controller.subscribe(resume.autosave);
    controller.subscribe(followGrades(storage));
    // What the screens and the map draw (scenario words in the player's language).
    const presented = createPresenter(controller);
    presented.subscribe((vm) => {
      document.documentElement.dataset['screen'] = vm.screen;
      try {
        mounted.render(vm);
      } catch (e) {
        fail(`ui: ${vm.screen}: ${describe(e)}`);
      }
    });
    presented.subscribe(followWithMap(canvasHost));
    // The offline worker registers once the first real screen is painted: installing it fetches the
    // whole game, which must not compete with the menu's own download.
    let workerStarted = false;
    presented.subscribe((vm) => {
      if (workerStarted || vm.screen === 'boot') return;
      workerStarted = true;
      requestAnimationFrame(() => setTimeout(() => {
        // The rules engine next (a game needs it; the menu does not), then the offline worker.
        loadEngine().catch(() => undefined);
        watchForUpdates(showUpdateNotice);
      }, 0));
    });
    // Another tab changed the saved games: the menu lists them again.
    resume.subscribe(() => mounted.redraw());
    // What follows the game itself: sound, the pause dialog, the code panel, the link.
    controller.subscribe(followGame(audio));
    controller.subscribe(mountResumePanel(root, resume).update);
    controller.subscribe(mountPause({ send, settings, codeOf: (vm) => resume.codeOf(vm) }).update);
    controller.subscribe(linkStarter(link, saves, send));
    controller.start();
    presented.again();
  } catch (e) {
    if (!ui) ui = mountUI(root, () => {}, { settings });
    fail(`main: start: ${describe(e)}`);
  }
}

recoverFromStaleChunks();
void boot();
