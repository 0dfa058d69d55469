// The menu's way back into a game: a Continue button for the newest saved game and one for each
// older unfinished game, a field for a resume code (from another device, or written down), the
// question a class link asks before it replaces an unfinished game (the app machine's, in
// `vm.question`), and the notices a player needs: a save that was refused, a browser that forgets
// saves, a link that could not be followed. Each saved game says whether it is played at a
// delegation's seat and whether it is a new try of an earlier game. Never blocks New game. The code being typed, the
// message about the last one tried and whether one is loading are the UI store's.

import './resume.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ScreenContext } from './context';
import type { ResumePort, SavedGame } from './resume-port';
import type { Level } from '../sim/level';
import { sideName } from './format';
import { t, tKey } from '../i18n/i18n';
import { momentText } from '../i18n/intl';

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

/** What kind of game a save holds, in words: the seat it is played at, the round a new try began from. */
function kindWords(g: SavedGame, level: Level | null): string[] {
  return [
    ...(g.seat ? [t('menu.savedGame.seat', { side: level ? sideName(level, g.seat) : g.seat })] : []),
    ...(g.branchFrom !== undefined ? [t('menu.savedGame.branch', { round: g.branchFrom })] : []),
  ];
}

/** Continue, the resume-code form and notices; nothing when no resume service is connected. */
export function resumeControls(ctx: ScreenContext, port: ResumePort | null): TemplateResult | null {
  if (!port) return null;
  const { vm, store } = ctx;
  const code = ctx.ui.code;
  const saved = port.saved(vm.level);
  const notices = port.notices();
  const setCode = (change: Partial<typeof code>) => store.set((s) => ({ code: { ...s.code, ...change } }));
  const onContinue = (id?: string) => {
    if (store.get().code.busy) return;
    setCode({ busy: true });
    void port.continueSaved(vm.level, id).finally(() => setCode({ busy: false }));
  };
  const titleOf = (levelId: string) => (vm.level?.id === levelId ? vm.level.title : levelId);
  const older = saved ? port.savedGames(vm.level).slice(1) : [];
  const question = vm.question ?? null;
  const u = question?.unfinished;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const now = store.get().code;
    if (now.busy) return;
    setCode({ busy: true });
    void port.enterCode(now.text, vm.level).then((message) => {
      // A code that did not open a game: back to the field, with the reason read out beside it.
      if (message !== null) ctx.focusAfter('#resume-code');
      setCode({ busy: false, message, text: message === null ? '' : store.get().code.text });
    });
  };
  const scenario = saved ? titleOf(saved.levelId) : '';
  return html`<section class="resume" aria-label=${t('menu.resume.region')}>
    ${notices.length ? html`<div class="resume-notices" role="status">${notices.map((n) => html`<p>${n}</p>`)}</div>` : null}
    ${u ? html`<div class="resume-question" role="group" aria-label=${t('menu.resume.region')}>
      <p>${t('menu.resume.unfinished', { scenario: titleOf(u.levelId), round: u.round, maxRounds: u.maxRounds, decisions: u.decisions, code: u.code ?? '' })}</p>
      <div class="resume-row">
        <button type="button" class="primary" @click=${() => ctx.send({ type: 'KEEP_UNFINISHED' })}>${t('menu.resume.keepUnfinished')}</button>
        <button type="button" @click=${() => ctx.send({ type: 'START_LINKED' })}>${t('menu.resume.startLinked')}</button>
      </div>
    </div>` : null}
    ${saved ? html`<div class="resume-continue">
      <button type="button" class="primary" aria-describedby="continue-desc" @click=${() => onContinue()}>${t('menu.resume.continue')}</button>
      <span id="continue-desc" class="help">${[t('menu.resume.continueDetails', {
        scenario, round: saved.round, maxRounds: saved.maxRounds,
        difficulty: difficultyLabel(saved.difficulty), savedAt: savedAtText(saved.savedAt),
      }), ...kindWords(saved, vm.level)].join(' · ')}</span>
    </div>` : null}
    ${repeat(older, (g) => g.id, (g) => html`<div class="resume-continue">
      <button type="button" @click=${() => onContinue(g.id)}>${[t('menu.resume.continueOther', { scenario: titleOf(g.levelId), round: g.round, maxRounds: g.maxRounds }), ...kindWords(g, vm.level)].join(' · ')}</button>
    </div>`)}
    <form class="resume-form" aria-label=${t('menu.resume.code')} @submit=${onSubmit}>
      <label for="resume-code">${t('menu.resume.code')}</label>
      <div class="resume-row">
        <input id="resume-code" type="text" class="resume-input" autocomplete="off" autocapitalize="off" spellcheck="false"
          .value=${code.text} aria-describedby=${code.message ? 'resume-code-msg resume-code-help' : 'resume-code-help'}
          aria-invalid=${code.message ? 'true' : nothing}
          @input=${(e: Event) => setCode({ text: (e.target as HTMLInputElement).value })}>
        <button type="submit">${t('menu.resume.submit')}</button>
      </div>
      <p id="resume-code-help" class="help">${t('menu.resume.codeHelp')}</p>
      ${code.message ? html`<p id="resume-code-msg" class="resume-error" role="alert">${code.message}</p>` : null}
    </form>
  </section>`;
}
