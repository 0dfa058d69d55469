// The title screen: start a new game at a chosen difficulty, pick a scenario from the campaign
// list, open a scenario file, or open the settings.

import { html, type TemplateResult } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { DIFFICULTIES, type Difficulty } from '../../sim/level';
import { language, t } from '../../i18n/i18n';
import type { ScreenContext } from '../context';
import { date } from '../format';
import { openFileControl } from '../open-file';
import { resumeControls } from '../resume';
import { classroomOptions } from '../projector/classroom-options';
import { scenarioList } from '../scenario-list';
import { screenHeading } from './heading';
import { seatMenu } from '../seat-menu';

/** A difficulty's name and one-line help in the current language. */
function difficultyText(d: Difficulty): { label: string; help: string } {
  switch (d) {
    case 'calm': return { label: t('menu.difficulty.calm.label'), help: t('menu.difficulty.calm.help') };
    case 'tense': return { label: t('menu.difficulty.tense.label'), help: t('menu.difficulty.tense.help') };
    case 'violent': return { label: t('menu.difficulty.violent.label'), help: t('menu.difficulty.violent.help') };
  }
}

/** Stands in for an element inside a translated sentence, so the sentence keeps its word order. */
const SLOT = '\u0000';

/** "Scenario: <strong>title</strong>", with the title where the language puts it. */
function scenarioLabel(title: string): TemplateResult {
  const [before = '', after = ''] = t('menu.scenarioLine', { title: SLOT }).split(SLOT);
  return html`${before}<strong>${title}</strong>${after}`;
}

/** The main menu: title, current scenario, difficulty radio group, New game, Settings, the campaign list. */
export function renderMenu(ctx: ScreenContext): TemplateResult {
  const { ui, send, vm, store } = ctx;
  const level = vm.level;
  const lang = language();
  return html`<section class="screen screen-menu panel" aria-labelledby="menu-title">
    ${screenHeading(t('menu.title'), 'menu-title')}
    <p class="lede">${t('menu.lede')}</p>
    ${level ? html`<p class="scenario-line">${scenarioLabel(level.title)}${` · ${date(level.date)}`}${level.minutes ? ` · ${t('menu.minutes', { count: level.minutes })}` : ''}</p>` : null}
    <fieldset class="difficulty"><legend>${t('menu.difficulty.legend')}</legend>${repeat(DIFFICULTIES, (d) => d, (d) => {
      const text = difficultyText(d);
      const id = `difficulty-${d}`;
      return html`<div class="choice">
        <input type="radio" name="difficulty" id=${id} .value=${d} .checked=${live(ui.difficulty === d)} aria-describedby=${`${id}-help`}
          @change=${() => store.set({ difficulty: d })}>
        <label for=${id}>${text.label}</label>
        <span id=${`${id}-help`} class="help">${text.help}</span>
      </div>`;
    })}</fieldset>
    ${classroomOptions(ctx)}
    <div class="button-row">
      <button type="button" class="primary" @click=${() => send({ type: 'NEW_GAME', difficulty: store.get().difficulty })}>${t('menu.newGame')}</button>
      <button type="button" @click=${() => send({ type: 'OPEN_SETTINGS' })}>${t('menu.openSettings')}</button>
    </div>
    ${seatMenu(ctx)}
    ${resumeControls(ctx, ctx.resume)}
    ${guard([lang], () => scenarioList(ctx))}
    ${guard([lang], () => openFileControl(send))}
  </section>`;
}
