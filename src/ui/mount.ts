// The DOM layer's root: renders the screen for each view model with lit-html, which updates the
// nodes already in the page instead of building a new screen, so focus, selection, scroll, typed
// text and open sections stay where they are by themselves. Focus moves only on purpose: to the
// heading of a new screen, or where a screen asks (`focusAfter`).

import { html, nothing, render } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import type { ViewModel, Screen } from '../machines/view-model';
import type { ScreenContext, ScreenRenderer, Send, SettingsPort } from './context';
import { createUiStore, emptyTeamDraft, type UiStore } from './store';
import { h } from './dom';
import { createLiveRegion } from './live';
import { renderBoot, renderError } from './screens/boot';
import { renderMenu } from './screens/menu';
import { renderSettings } from './screens/settings';
import { renderBriefing } from './screens/briefing';
import { loadPlayScreens, PLAY_SCREENS, playScreens, type PlayScreens } from './play-screens-load';
import { say } from './say';
import type { ResumePort } from './resume-port';
import { language } from '../i18n/i18n';

/** A play screen's renderer, drawn only once its chunk is loaded (render() waits for it). */
const later = (name: keyof PlayScreens & `render${string}`): ScreenRenderer => (ctx) => (playScreens()![name] as ScreenRenderer)(ctx);

const SCREENS: Record<Screen, ScreenRenderer> = {
  boot: renderBoot, error: renderError, menu: renderMenu, settings: renderSettings, briefing: renderBriefing,
  situation: later('renderSituation'), acting: later('renderActing'), responding: later('renderResponding'),
  world: later('renderWorld'), debrief: later('renderDebrief'),
  precheck: later('renderConceptCheck'), postcheck: later('renderConceptCheck'),
  seat: later('renderSeat'),
};

/**
 * Screens still built as plain elements: drawn again only when what they show changes (the
 * snapshot's game, level, error or refusal, or the language), never on a change of UI state.
 */
const STATIC_SCREENS: ReadonlySet<Screen> = new Set(['boot', 'error', 'settings', 'debrief']);

/** The round's screens, where a draft package belongs to the round on screen. */
const ROUND_SCREENS: ReadonlySet<Screen> = new Set(['situation', 'acting', 'responding', 'world']);

/** What counts as a new screen for focus: the screen, and the hot-seat stage and team over it. */
function viewKey(vm: ViewModel | null): string {
  return vm ? `${vm.screen}:${vm.hotseat ? `${vm.hotseat.stage}-${vm.hotseat.side}` : ''}${vm.seat ? `${vm.seat.stage}-${vm.game?.round ?? 0}` : ''}` : '';
}

const NO_SETTINGS: SettingsPort = { muted: () => false, setMuted: () => {}, textSize: () => 100, setTextSize: () => {} };

/** The mounted UI: give it each new view model. */
export interface MountedUI {
  render(vm: ViewModel): void;
  /** The UI store (the draft package, the side picker, typed codes): read by tests and tools. */
  readonly store: UiStore;
  /** Draws the current screen again in place (e.g. the saved games changed in another tab). */
  redraw(): void;
}

/** Mounts the DOM layer into `root` (the page's <main>); it sends events through `send`. */
export function mountUI(
  root: HTMLElement, send: Send,
  opts: { settings?: SettingsPort; header?: HTMLElement; store?: UiStore; resume?: ResumePort } = {},
): MountedUI {
  const store = opts.store ?? createUiStore();
  const alert = h('div', { role: 'alert', class: 'alert', hidden: true });
  const live = createLiveRegion(root.ownerDocument);
  const pendingFocus: string[] = [];
  let vm: ViewModel | null = null;
  let prevLang = language();
  let holding = false;
  // The page's static "Loading…" text goes once; from here on lit owns the children of `root`.
  root.textContent = '';

  /** Renders the current view model in place; true when it moved focus where a screen asked. */
  function draw(): boolean {
    if (!vm) return false;
    const current = vm;
    const ctx: ScreenContext = {
      vm: current, send, settings: opts.settings ?? NO_SETTINGS, ui: store.get(), store, alert,
      resume: opts.resume ?? null,
      focusAfter: (selector) => { pendingFocus.push(selector); },
    };
    const screen = STATIC_SCREENS.has(current.screen)
      ? guard([current.screen, current.game, current.level, current.error, current.refusal, language()], () => SCREENS[current.screen](ctx))
      : SCREENS[current.screen](ctx);
    render(html`${opts.header ?? nothing}${screen}`, root);
    root.dataset['screen'] = current.screen;
    root.ownerDocument.documentElement.classList.toggle('projector', ctx.ui.projector);
    let focused = false;
    for (const selector of pendingFocus.splice(0)) {
      const el = root.querySelector<HTMLElement>(selector);
      el?.focus();
      focused ||= el !== null;
    }
    return focused;
  }

  // A change of UI state (a term picked, the picker opened) renders the same screen again, in place.
  store.subscribe(() => { if (!holding) void draw(); });

  /** Starts a new draft from the mediator's last package when a new round (or game) is on screen. */
  function syncDraft(next: ViewModel): void {
    const ui = store.get();
    const game = next.game;
    if (!game || !ROUND_SCREENS.has(next.screen)) {
      if (ui.draftRound !== -1) store.set({ draftRound: -1, draft: {}, missing: [] });
      return;
    }
    if (ui.draftRound === game.round) return;
    // Start from the mediator's own last package, never silently from one side's counter-offer:
    // the counters are offered as buttons, so choosing one is the player's decision.
    store.set({ draftRound: game.round, draft: { ...(game.tabled ?? playScreens()?.lastReport(game)?.tabled ?? {}) }, missing: [] });
  }

  /** A hot-seat team's answer starts afresh when a (new) team opens its private screen. */
  function syncTeam(next: ViewModel): void {
    const hs = next.hotseat;
    const team = store.get().team;
    if (hs?.stage === 'answering') {
      if (team.side !== hs.side) store.set({ team: emptyTeamDraft(hs.side, hs.proposal) });
    } else if (team.side !== null) {
      store.set({ team: emptyTeamDraft() });
    }
  }

  // The play screens' chunk: fetched once a first real screen is painted, so the menu never waits.
  let waiting: ViewModel | null = null;
  let fetching = false;
  const ui: MountedUI = {
    store,
    redraw() {
      void draw();
    },
    render(next) {
      if (!fetching && next.screen !== 'boot') {
        fetching = true;
        requestAnimationFrame(() => setTimeout(() => { loadPlayScreens().catch(() => { fetching = false; }); }, 0));
      }
      // A play screen before its chunk is here: hold the latest snapshot and draw it on arrival.
      if (PLAY_SCREENS.has(next.screen) && !playScreens()) {
        waiting = next;
        loadPlayScreens().then(() => {
          const held = waiting;
          waiting = null;
          if (held) ui.render(held);
        }, (e: unknown) => console.warn(`Screens could not load (${String(e)})`));
        return;
      }
      waiting = null;
      const before = vm;
      // A hot-seat stage is a screen of its own drawn over the acting screen.
      const screenChanged = viewKey(before) !== viewKey(next);
      const langChanged = prevLang !== language();
      prevLang = language();
      if (before?.refusal !== next.refusal || screenChanged || langChanged) {
        alert.textContent = next.refusal && next.level ? say(next.level, next.refusal) : '';
        alert.hidden = !next.refusal;
      }
      holding = true;
      try {
        if (screenChanged && store.get().picker !== null) store.set({ picker: null });
        syncDraft(next);
        syncTeam(next);
      } finally {
        holding = false;
      }
      const lines = PLAY_SCREENS.has(next.screen) ? playScreens()!.announcements(before, next) : [];
      vm = next;
      const focused = draw();
      // A new screen takes focus to its heading (not on first load: focus stays where the browser put it).
      const firstLoad = !before || before.screen === 'boot';
      if (screenChanged && !firstLoad && !focused) {
        root.ownerDocument.defaultView?.scrollTo(0, 0);
        // Back at the table after taking a package back from the teams: to its "Table" button.
        const withdrawn = before?.hotseat?.stage === 'handover' && !next.hotseat && next.screen === 'acting';
        const target = withdrawn ? root.querySelector<HTMLElement>('form.proposal button[type=submit]') : null;
        (target ?? root.querySelector<HTMLElement>('[data-screen-heading]'))?.focus({ preventScroll: true });
      }
      live.announce(lines);
    },
  };
  return ui;
}
