// The title screen: start a new game at a chosen difficulty, pick a scenario from the campaign
// list, open a scenario file, or open the settings.

import { DIFFICULTIES, type Difficulty } from '../../sim/level';
import { t } from '../../i18n/i18n';
import { button, h, heading, uid, type Child } from '../dom';
import type { ScreenContext } from '../context';
import { date } from '../format';
import { openFileControl } from '../open-file';
import { resumeControls } from '../resume';
import { classroomOptions } from '../projector/classroom-options';
import { scenarioList } from '../scenario-list';

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
function scenarioLabel(title: string): Child[] {
  const [before = '', after = ''] = t('menu.scenarioLine', { title: SLOT }).split(SLOT);
  return [before || null, h('strong', { text: title }), after || null];
}

/** The main menu: title, current scenario, difficulty radio group, New game, Settings, the campaign list. */
export function renderMenu(ctx: ScreenContext): HTMLElement {
  const { ui, send, vm } = ctx;
  const group = h('fieldset', { class: 'difficulty' }, h('legend', { text: t('menu.difficulty.legend') }));
  for (const d of DIFFICULTIES) {
    const text = difficultyText(d);
    const id = uid(`difficulty-${d}`);
    const helpId = `${id}-help`;
    group.appendChild(h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'difficulty', id, value: d, checked: ui.difficulty === d,
        'aria-describedby': helpId, 'data-focus': `difficulty-${d}`,
        onchange: () => { ui.difficulty = d; },
      }),
      h('label', { for: id, text: text.label }),
      h('span', { id: helpId, class: 'help', text: text.help }),
    ));
  }
  const level = vm.level;
  return h('section', { class: 'screen screen-menu panel', 'aria-labelledby': 'menu-title' },
    heading(1, t('menu.title'), 'menu-title'),
    h('p', { class: 'lede', text: t('menu.lede') }),
    level && h('p', { class: 'scenario-line' },
      ...scenarioLabel(level.title), ` · ${date(level.date)}`,
      level.minutes ? ` · ${t('menu.minutes', { count: level.minutes })}` : ''),
    group,
    classroomOptions(level),
    h('div', { class: 'button-row' },
      button(t('menu.newGame'), () => send({ type: 'NEW_GAME', difficulty: ui.difficulty }), { class: 'primary', 'data-focus': 'new-game' }),
      button(t('menu.openSettings'), () => send({ type: 'OPEN_SETTINGS' }), { 'data-focus': 'settings' }),
    ),
    resumeControls(ctx),
    scenarioList(ctx),
    openFileControl(send),
  );
}
