// The resume code during a game (the envoy's or a delegation's seat's) and on the debrief: a small labelled region under the game with
// the current code and a Copy button, so a student can carry the game to another device. It lives
// outside #app, so screen re-draws never reset it, and it updates only when the game changes.

import './resume.css';
import { h } from './dom';
import type { ViewModel } from '../machines/view-model';
import type { ResumePort } from './resume-port';
import { onLanguageChange, t } from '../i18n/i18n';

const SHOWN: ReadonlySet<string> = new Set(['situation', 'acting', 'responding', 'world', 'seat', 'debrief']);

/** The mounted panel: give it each new view model. */
export interface ResumePanel {
  update(vm: ViewModel): void;
}

async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure context, a policy): select the field and let the browser copy.
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Creates the panel after `anchor` (the page's <main>); hidden until a game is on screen. */
export function mountResumePanel(anchor: HTMLElement, port: ResumePort): ResumePanel {
  // A wrapping text area, so the whole code is visible to copy by hand even on a phone.
  const field = h('textarea', { readonly: true, rows: 2, class: 'resume-input resume-current', id: 'resume-code-current', spellcheck: 'false', 'aria-labelledby': 'resume-panel-title', 'aria-describedby': 'resume-code-help' });
  const status = h('span', { class: 'resume-status', role: 'status' });
  const note = h('p', { id: 'resume-code-help', class: 'help' });
  const warning = h('p', { class: 'resume-error', role: 'status', hidden: true });
  const copy = h('button', { type: 'button', class: 'resume-copy' }, t('menu.resume.copy'));
  let copied: boolean | null = null;
  const showCopied = () => {
    status.textContent = copied === null ? '' : copied ? t('menu.resume.copied') : t('menu.resume.copyFailed');
  };
  copy.addEventListener('click', () => {
    void copyText(field.value, field).then((ok) => {
      copied = ok;
      showCopied();
    });
  });
  const title = h('h2', { id: 'resume-panel-title', class: 'resume-title', text: t('menu.resume.code') });
  const panel = h('aside', { class: 'resume-panel', 'aria-labelledby': 'resume-panel-title', hidden: true },
    title,
    h('div', { class: 'resume-row' }, field, copy, status),
    note,
    warning,
  );
  anchor.after(panel);
  let lastCode: string | null = null;
  let finished = false;
  /** The snapshot whose game the panel shows, to word its notice again in a new language. */
  let shown: ViewModel | null = null;
  const showNote = () => {
    note.textContent = finished
      ? t('menu.resume.replayNote')
      : port.persistent()
        ? t('menu.resume.savingNote')
        : t('menu.resume.notSavingNote');
  };
  // The panel is drawn once, outside the re-drawn screens: it re-labels itself in a new language.
  onLanguageChange(() => {
    copy.textContent = t('menu.resume.copy');
    title.textContent = t('menu.resume.code');
    if (lastCode !== null) showNote();
    showCopied();
    if (shown) warning.textContent = port.noticeFor(shown) ?? '';
  });
  return {
    update(vm) {
      const code = SHOWN.has(vm.screen) ? port.codeOf(vm) : null;
      panel.hidden = code === null;
      shown = code === null ? null : vm;
      const notice = shown && port.noticeFor(shown);
      warning.hidden = notice === null;
      warning.textContent = notice ?? '';
      if (code === null || code === lastCode) return;
      lastCode = code;
      field.value = code;
      copied = null;
      showCopied();
      finished = Boolean(vm.game?.outcome);
      showNote();
    },
  };
}
