// Pause, anywhere in a game: Esc or P (or the top bar's Pause button) opens a calm modal dialog
// with the resume code, the settings a player may need mid-game (sound, contrast, text size),
// "Resume" and "Main menu". The game has no timers, so pausing stops nothing; it gives a break,
// a way to carry the game elsewhere and a way out. The page pauses itself when it is hidden
// (another tab, a closed lid), so a student coming back finds the game waiting, not moved on.
// Pausing is flow: Esc, P, the Pause button and hiding the page send PAUSE, and the dialog shows
// while the snapshot says `paused`; Resume (or Esc in the dialog) sends UNPAUSE.

import './pause.css';
import { append, button, h } from './dom';
import type { ViewModel } from '../machines/view-model';
import type { Send, SettingsPort } from './context';
import { textSizeField } from './screens/settings';
import { contrastToggle } from './contrast';
import { t } from '../i18n/i18n';

/** Screens where a game is under way, so pause applies (the envoy's round screens and a delegation's seat). */
const IN_GAME: ReadonlySet<string> = new Set(['situation', 'acting', 'responding', 'world', 'seat']);

/** The mounted pause dialog: give it each new view model. */
export interface PauseDialog {
  update(vm: ViewModel): void;
}

/** What the dialog needs from the rest of the game. */
export interface PauseDeps {
  send: Send;
  settings: SettingsPort;
  /** The resume code of the game on screen (see resume-port.ts), or null. */
  codeOf(vm: ViewModel): string | null;
}

/** The dialog's controls, in document order (the first gets focus when it opens). */
const CONTROLS = 'button, textarea, input, select';

/** Keys typed into a text field are text, not commands. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
}

function muteToggle(settings: SettingsPort): HTMLElement {
  return h('div', { class: 'choice toggle' },
    h('input', {
      type: 'checkbox', id: 'pause-mute', checked: settings.muted(),
      onchange: (e: Event) => settings.setMuted((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: 'pause-mute', text: t('menu.settings.mute') }),
  );
}

/** Creates the dialog (hidden) at the end of the page's body and starts listening for Esc, P and hiding. */
export function mountPause(deps: PauseDeps, doc: Document = document): PauseDialog {
  const dialog = h('dialog', { class: 'pause panel', 'aria-labelledby': 'pause-title', 'aria-describedby': 'pause-note' });
  doc.body.appendChild(dialog);
  let vm: ViewModel | null = null;
  let returnTo: HTMLElement | null = null;

  const inGame = () => vm !== null && IN_GAME.has(vm.screen);
  const pause = () => { if (inGame() && !vm?.paused) deps.send({ type: 'PAUSE' }); };
  const resume = () => { if (vm?.paused) deps.send({ type: 'UNPAUSE' }); };
  // The dialog closes when the machines say the game is no longer paused; Esc closes it at once
  // (the browser's own cancel), which is a Resume too.
  dialog.addEventListener('close', () => {
    dialog.replaceChildren();
    if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    returnTo = null;
    resume();
  });

  function fill(current: ViewModel): void {
    const code = deps.codeOf(current);
    dialog.replaceChildren();
    append(dialog,
      h('h2', { id: 'pause-title', text: t('menu.pause.title') }),
      h('p', { id: 'pause-note', text: t('menu.pause.note') }),
      code && h('div', { class: 'pause-code' },
        h('label', { for: 'pause-code-field', text: t('menu.pause.code') }),
        h('textarea', { id: 'pause-code-field', class: 'resume-input', readonly: true, rows: 3, spellcheck: 'false', 'aria-describedby': 'pause-code-help', text: code }),
        h('p', { id: 'pause-code-help', class: 'help', text: t('menu.pause.codeHelp') })),
      h('section', { class: 'pause-settings', 'aria-labelledby': 'pause-settings-title' },
        h('h3', { id: 'pause-settings-title', text: t('menu.pause.settings') }),
        muteToggle(deps.settings),
        contrastToggle(),
        textSizeField(deps.settings, 'pause-text-size')),
      h('div', { class: 'button-row' },
        button(t('menu.pause.resume'), resume, { class: 'primary' }),
        button(t('menu.pause.mainMenu'), () => deps.send({ type: 'TO_MENU' }))),
    );
  }

  function show(current: ViewModel): void {
    const active = doc.activeElement;
    returnTo = active instanceof HTMLElement && active !== doc.body ? active : null;
    fill(current);
    dialog.showModal();
    // Open at the top, heading in view, with focus on the first control. At 200% text the dialog
    // scrolls inside itself, and focusing a control lower down would scroll the heading away.
    dialog.querySelector<HTMLElement>(CONTROLS)?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
  }

  // A modal dialog makes the page behind it inert; this keeps Tab cycling inside it too, instead
  // of leaving for the browser's own controls after the last button.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, textarea, input:not([type=radio]), input[type=radio]:checked')];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    if (!e.shiftKey && doc.activeElement === last) { e.preventDefault(); first.focus(); }
    else if (e.shiftKey && doc.activeElement === first) { e.preventDefault(); last.focus(); }
  });
  doc.addEventListener('keydown', (e) => {
    if (dialog.open || e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
    const isPauseKey = e.key === 'Escape' || ((e.key === 'p' || e.key === 'P') && !typing(e.target));
    if (isPauseKey && inGame()) {
      e.preventDefault();
      pause();
    }
  });
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') pause();
  });

  return {
    update(next) {
      vm = next;
      const open = Boolean(next.paused) && IN_GAME.has(next.screen);
      if (open && !dialog.open) show(next);
      else if (!open && dialog.open) dialog.close();
    },
  };
}
