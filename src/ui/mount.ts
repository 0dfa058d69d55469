// The DOM layer's root: draws the screen for each view model, re-drawing only when the screen or
// its data changed, and keeps focus sensible: a new screen focuses its heading; a re-draw of the
// same screen puts focus back on the same control (by its data-focus key), never on <body>.

import type { ViewModel, Screen } from '../machines/view-model';
import type { ScreenContext, ScreenRenderer, Send, SettingsPort, UiState } from './context';
import { h } from './dom';
import { createLiveRegion } from './live';
import { announcements } from './announce';
import { renderBoot, renderError } from './screens/boot';
import { renderMenu } from './screens/menu';
import { renderSettings } from './screens/settings';
import { renderBriefing } from './screens/briefing';
import { renderSituation } from './screens/situation';
import { renderActing } from './screens/acting';
import { renderResponding } from './screens/responding';
import { renderWorld } from './screens/world';
import { renderDebrief } from './screens/debrief';
import { say } from './say';
import { language } from '../i18n/i18n';

const SCREENS: Record<Screen, ScreenRenderer> = {
  boot: renderBoot, error: renderError, menu: renderMenu, settings: renderSettings, briefing: renderBriefing,
  situation: renderSituation, acting: renderActing, responding: renderResponding, world: renderWorld, debrief: renderDebrief,
};

const NO_SETTINGS: SettingsPort = { muted: () => false, setMuted: () => {}, textSize: () => 100, setTextSize: () => {} };

/** The mounted UI: give it each new view model. */
export interface MountedUI {
  render(vm: ViewModel): void;
  /** Draws the current screen again, focus kept (e.g. the saved games changed in another tab). */
  redraw(): void;
}

/** Mounts the DOM layer into `root` (the page's <main>); it sends events through `send`. */
export function mountUI(root: HTMLElement, send: Send, opts: { settings?: SettingsPort; header?: HTMLElement } = {}): MountedUI {
  const ui: UiState = { difficulty: 'calm', draft: {}, draftRound: -1, picker: null, missing: [] };
  const alert = h('div', { role: 'alert', class: 'alert', hidden: true });
  const live = createLiveRegion(root.ownerDocument);
  let prev: ViewModel | null = null;
  let prevLang = language();

  function draw(vm: ViewModel, focus: 'heading' | 'restore', key?: string): void {
    const doc = root.ownerDocument;
    const active = doc.activeElement;
    const hadFocus = active !== null && active !== doc.body && root.contains(active);
    const focusKey = key ?? (active instanceof HTMLElement ? active.dataset['focus'] : undefined);
    const open = new Set([...root.querySelectorAll<HTMLDetailsElement>('details[data-key][open]')].map((d) => d.dataset['key']));
    const ctx: ScreenContext = { vm, send, settings: opts.settings ?? NO_SETTINGS, ui, alert, refresh: (k) => draw(vm, 'restore', k) };
    root.replaceChildren(...(opts.header ? [opts.header] : []), SCREENS[vm.screen](ctx));
    root.dataset['screen'] = vm.screen;
    for (const d of root.querySelectorAll<HTMLDetailsElement>('details[data-key]')) d.open = open.has(d.dataset['key']);
    const headingEl = root.querySelector<HTMLElement>('[data-screen-heading]');
    if (focus === 'heading') {
      root.ownerDocument.defaultView?.scrollTo(0, 0);
      headingEl?.focus({ preventScroll: true });
      return;
    }
    if (!hadFocus && !key) return;
    const target = focusKey ? root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`) : null;
    (target ?? headingEl)?.focus({ preventScroll: true });
  }

  return {
    render(vm) {
      const screenChanged = prev?.screen !== vm.screen;
      const langChanged = prevLang !== language();
      const changed = screenChanged || !prev || prev.game !== vm.game || prev.level !== vm.level ||
        prev.error !== vm.error || prev.refusal !== vm.refusal || langChanged;
      if (!changed) return;
      prevLang = language();
      if (prev?.refusal !== vm.refusal || screenChanged || langChanged) {
        alert.textContent = vm.refusal && vm.level ? say(vm.level, vm.refusal) : '';
        alert.hidden = !vm.refusal;
      }
      if (screenChanged) ui.picker = null;
      const lines = announcements(prev, vm);
      const before = prev;
      prev = vm;
      // On first load focus stays where the browser put it; later screen changes move it.
      const firstLoad = !before || before.screen === 'boot';
      draw(vm, screenChanged && !firstLoad ? 'heading' : 'restore');
      live.announce(lines);
    },
    redraw() {
      if (prev) draw(prev, 'restore');
    },
  };
}
