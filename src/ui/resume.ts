// The menu's way back into a game: a Continue button for the autosave, a field for a resume code
// (from another device, or written down), and the notices a player needs: a save that was refused,
// a browser that forgets saves, a link that could not be followed. Never blocks New game.

import './resume.css';
import { button, h, uid } from './dom';
import type { ScreenContext } from './context';
import type { ResumePort } from './resume-port';
import { locale, t, tKey } from '../i18n/i18n';
import { momentText } from '../i18n/intl';

let port: ResumePort | null = null;
let codeDraft = '';
let codeMessage: string | null = null;
let busy = false;

/** Connects the menu controls to the resume service (called once by the composition root). */
export function setResumePort(p: ResumePort | null): void {
  port = p;
  codeDraft = '';
  codeMessage = null;
}

/** A difficulty's name in the current language (the id itself for an unknown one). */
function difficultyLabel(d: string): string {
  return tKey(`menu.difficulty.${d}.label`, undefined, d);
}

function savedAtText(ms: number): string {
  try {
    return momentText(ms);
  } catch {
    return '';
  }
}

/** Continue, the resume-code form and notices; an empty fragment when no port is connected. */
export function resumeControls(ctx: ScreenContext): HTMLElement | null {
  const p = port;
  if (!p) return null;
  const { vm, refresh } = ctx;
  const saved = p.saved(vm.level);
  const notices = p.notices();
  const box = h('section', { class: 'resume', 'aria-label': t('menu.resume.region') });

  if (notices.length) {
    box.appendChild(h('div', { class: 'resume-notices', role: 'status' }, ...notices.map((n) => h('p', { text: n }))));
  }
  const question = p.linkQuestion();
  if (question) {
    const u = question.unfinished;
    const name = vm.level?.id === u.levelId ? vm.level.title : u.levelId;
    box.appendChild(h('div', { class: 'resume-question', role: 'group', 'aria-label': t('menu.resume.region') },
      h('p', { text: t('menu.resume.unfinished', { scenario: name, round: u.round, maxRounds: u.maxRounds, decisions: u.decisions, code: u.code ?? '' }) }),
      h('div', { class: 'resume-row' },
        button(t('menu.resume.keepUnfinished'), () => {
          if (busy) return;
          busy = true;
          void question.keep().finally(() => {
            busy = false;
            refresh('continue');
          });
        }, { class: 'primary', 'data-focus': 'keep-unfinished' }),
        button(t('menu.resume.startLinked'), () => question.start(), { 'data-focus': 'start-linked' }),
      ),
    ));
  }
  if (saved) {
    const descId = uid('continue-desc');
    const scenario = vm.level?.id === saved.levelId ? vm.level.title : saved.levelId;
    box.appendChild(h('div', { class: 'resume-continue' },
      button(t('menu.resume.continue'), () => {
        if (busy) return;
        busy = true;
        void p.continueSaved(vm.level).finally(() => {
          busy = false;
          refresh('continue');
        });
      }, { class: 'primary', 'data-focus': 'continue', 'aria-describedby': descId }),
      h('span', { id: descId, class: 'help', text: t('menu.resume.continueDetails', {
        scenario, round: saved.round, maxRounds: saved.maxRounds,
        difficulty: difficultyLabel(saved.difficulty), savedAt: savedAtText(saved.savedAt),
      }) }),
    ));
    // Older unfinished games (another seed, another tab), newest first.
    p.savedGames(vm.level).slice(1).forEach((g, i) => {
      const scenarioName = vm.level?.id === g.levelId ? vm.level.title : g.levelId;
      box.appendChild(h('div', { class: 'resume-continue' }, button(t('menu.resume.continueOther', { scenario: scenarioName, round: g.round, maxRounds: g.maxRounds }), () => {
        if (busy) return;
        busy = true;
        void p.continueSaved(vm.level, i + 1).finally(() => {
          busy = false;
          refresh('continue');
        });
      })));
    });
  }

  const inputId = uid('resume-code');
  const helpId = `${inputId}-help`;
  const msgId = `${inputId}-msg`;
  const input = h('input', {
    id: inputId, type: 'text', class: 'resume-input', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
    'data-focus': 'resume-code', value: codeDraft, 'aria-describedby': codeMessage ? `${msgId} ${helpId}` : helpId,
    'aria-invalid': codeMessage ? 'true' : null,
    oninput: (e: Event) => { codeDraft = (e.target as HTMLInputElement).value; },
  });
  const form = h('form', { class: 'resume-form', 'aria-label': t('menu.resume.code') },
    h('label', { for: inputId, text: t('menu.resume.code') }),
    h('div', { class: 'resume-row' }, input, h('button', { type: 'submit', 'data-focus': 'resume-submit' }, t('menu.resume.submit'))),
    h('p', { id: helpId, class: 'help', text: t('menu.resume.codeHelp') }),
    codeMessage ? h('p', { id: msgId, class: 'resume-error', role: 'alert', text: codeMessage }) : null,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    void p.enterCode(codeDraft, vm.level).then((message) => {
      busy = false;
      codeMessage = message;
      if (message === null) codeDraft = '';
      else refresh('resume-code');
    });
  });
  box.appendChild(form);
  return box;
}
