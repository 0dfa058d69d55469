// The composition root: wires the controller (machines over the sim) to the DOM layer, the Phaser
// map, audio and storage. Every view reads the controller's view model and sends only events.
// If anything fails while starting, the page still shows an error screen, never a blank page.

import './ui/styles.css';
import './ui/print.css';
import { createController, type Controller } from './machines/controller';
import type { ViewModel } from './machines/view-model';
import { loadLevel, LEVEL_IDS, isKnownLevel } from './content/levels';
import type { Cue } from './sim/state';
import { createStorage } from './platform/storage';
import { createAudio } from './audio/audio';
import { moodFor } from './audio/cue-map';
import { mountUI } from './ui/mount';
import { sensitiveViewModel } from './ui/sensitivity';
import { isSensitive } from './ui/preferences';
import { createSettingsPort } from './ui/settings-port';
import type { GameView } from './view/game-view';
import { parseDeepLink } from './platform/deep-link';
import { registerServiceWorker } from './platform/service-worker';
import { createResumePort } from './ui/resume-port';
import { setResumePort } from './ui/resume';
import { mountResumePanel } from './ui/resume-panel';
import { linkStarter } from './ui/link-start';
import { applyContrast } from './ui/contrast';
import { mountPause } from './ui/pause';
import { language, setLanguage, t, onLanguageChange } from './i18n/i18n';
import { chooseLanguage } from './i18n/choose';
import { LANGUAGES, languageInfo, type Lang } from './i18n/languages';
import { loadFont } from './i18n/fonts';
import { readSettings, writeSettings } from './platform/storage';
import { loadLevelText, localizeLevel } from './content/level-i18n';
import { createLanguageSwitch } from './ui/language-switch';

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
  let controller: Controller | null = null;
  // Deep link (?scenario=&seed=&difficulty=, or the same after #): a whole class plays one crisis.
  const link = parseDeepLink(window.location.search, window.location.hash, LEVEL_IDS, isKnownLevel);
  const seedParam = link.seed ?? Number.NaN;
  const send = (e: Parameters<Controller['send']>[0]) =>
    controller?.send(e.type === 'NEW_GAME' && Number.isFinite(seedParam) && e.seed === undefined ? { ...e, seed: seedParam } : e);
  // Saves: autosave after every decision, Continue and resume codes on the menu, the code in game.
  const resume = createResumePort(storage, send, loadLevel);
  for (const problem of link.problems) resume.notify(problem);
  if (choice.unknown) resume.notify(t('app.language.unknown', { code: choice.unknown, name: languageInfo(language()).native }));
  setResumePort(resume);
  const followLink = linkStarter(link, storage, resume, send, () => redraw());
  const chooseLang = (lang: Lang) => {
    writeSettings(storage, { language: lang });
    void setLanguage(lang);
  };
  const ui = mountUI(root, send, { settings, header: createLanguageSwitch(chooseLang) });
  const resumePanel = mountResumePanel(root, resume);
  const pause = mountPause({ send, settings, codeOf: (vm) => resume.codeOf(vm) });
  const fail = (message: string) => {
    ui.render({ screen: 'error', level: null, game: null, error: message, refusal: null });
  };
  window.__asean = { getViewModel: () => controller?.getViewModel() ?? null };

  // The map (Phaser, the largest download) loads once the first real screen (after "boot") is drawn
  // and painted, so the menu never waits for it; it then draws whatever the latest view model shows.
  let view: GameView | null = null;
  let mapVm: ViewModel | null = null;
  let mapStarted = false;
  const noMap = (e: unknown) => {
    // The map is a nicety: without WebGL or Canvas the game still plays from the DOM.
    console.warn(`Map unavailable (${describe(e)})`);
    canvasHost.hidden = true;
  };
  const startMap = () => {
    import('./view/game-view').then(({ createGameView }) => {
      try {
        view = createGameView(canvasHost);
        if (mapVm) view.update(mapVm);
      } catch (e) {
        noMap(e);
      }
    }, noMap);
  };
  const afterPaint = (f: () => void) => {
    if (typeof requestAnimationFrame !== 'function') { setTimeout(f, 0); return; }
    requestAnimationFrame(() => setTimeout(f, 0));
  };

  let lastCues: Cue[] | null = null;
  let lastRefusal: ViewModel['refusal'] = null;
  let lastRaw: ViewModel | null = null;
  const onViewModel = (raw: ViewModel) => {
    lastRaw = raw;
    const lang = language();
    // The level's words in the player's language; the first time, load them and draw again.
    if (raw.level && lang !== 'en') {
      const level = raw.level;
      const shown = localizeLevel(level, lang);
      if (shown === level) void loadLevelText(level.id, lang).then((ok) => { if (ok && lastRaw === raw) onViewModel(raw); });
    }
    const localized = raw.level ? { ...raw, level: localizeLevel(raw.level, lang) } : raw;
    const vm = sensitiveViewModel(localized, isSensitive());
    document.documentElement.dataset['screen'] = vm.screen;
    try {
      ui.render(vm);
    } catch (e) {
      fail(`ui: ${vm.screen}: ${describe(e)}`);
    }
    mapVm = vm;
    if (!mapStarted && vm.screen !== 'boot') {
      mapStarted = true;
      afterPaint(() => {
        startMap();
        // The language switch names each language in its own script: the faces that need load
        // now, once the first screen is up, rather than holding it back.
        for (const l of LANGUAGES) void loadFont(l.code);
      });
    }
    try {
      view?.update(vm);
    } catch (e) {
      console.warn(`Map could not draw (${describe(e)})`);
    }
    resume.autosave(raw);
    resumePanel.update(raw);
    pause.update(raw);
    followLink(raw);
    audio.setMood(moodFor(vm.screen, vm.game?.intensity ?? null, vm.game?.ceasefire ?? null));
    const cues = vm.game?.cues ?? null;
    if (cues && cues !== lastCues) for (const cue of cues) audio.play(cue);
    lastCues = cues;
    if (vm.refusal && vm.refusal !== lastRefusal) audio.play('refused');
    lastRefusal = vm.refusal;
  };

  onLanguageChange(() => { if (lastRaw) onViewModel(lastRaw); });
  // Saved games changed in another tab, or a link asks before replacing an unfinished game: draw again.
  const redraw = () => { if (lastRaw?.screen === 'menu') ui.redraw(); };
  resume.subscribe(redraw);

  try {
    const levelId = link.scenario ?? LEVEL_IDS[0] ?? 'december-2025';
    controller = createController(levelId, loadLevel);
    controller.subscribe(onViewModel);
    controller.start();
    onViewModel(controller.getViewModel());
  } catch (e) {
    fail(`main: start: ${describe(e)}`);
  }
}

void boot();
registerServiceWorker();
