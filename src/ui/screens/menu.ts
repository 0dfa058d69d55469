// The title screen: start a new game at a chosen difficulty, pick a scenario from the campaign
// list, open a scenario file, or open the settings.

import { DIFFICULTIES, type Difficulty } from '../../sim/level';
import { button, h, heading, uid } from '../dom';
import type { ScreenContext } from '../context';
import { date } from '../format';
import { openFileControl } from '../open-file';
import { resumeControls } from '../resume';
import { classroomOptions } from '../projector/classroom-options';
import { scenarioList } from '../scenario-list';

const DIFFICULTY_TEXT: Record<Difficulty, { label: string; help: string }> = {
  calm: { label: 'Calm', help: 'Fewer incidents; capitals under less pressure. Best for a first game.' },
  tense: { label: 'Tense', help: 'Incidents as in 2025; both publics are watching.' },
  violent: { label: 'Violent', help: 'Frequent clashes and angry publics. Hard.' },
};

/** The main menu: title, current scenario, difficulty radio group, New game, Settings, the campaign list. */
export function renderMenu(ctx: ScreenContext): HTMLElement {
  const { ui, send, vm } = ctx;
  const group = h('fieldset', { class: 'difficulty' }, h('legend', { text: 'Difficulty' }));
  for (const d of DIFFICULTIES) {
    const id = uid(`difficulty-${d}`);
    const helpId = `${id}-help`;
    group.appendChild(h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'difficulty', id, value: d, checked: ui.difficulty === d,
        'aria-describedby': helpId, 'data-focus': `difficulty-${d}`,
        onchange: () => { ui.difficulty = d; },
      }),
      h('label', { for: id, text: DIFFICULTY_TEXT[d].label }),
      h('span', { id: helpId, class: 'help', text: DIFFICULTY_TEXT[d].help }),
    ));
  }
  const level = vm.level;
  return h('section', { class: 'screen screen-menu panel', 'aria-labelledby': 'menu-title' },
    heading(1, 'ASEAN Mediator', 'menu-title'),
    h('p', { class: 'lede', text: 'You are ASEAN’s envoy. Thailand and Cambodia are fighting along their border. Keep people alive, find a deal both capitals can sell at home, and make it last.' }),
    level && h('p', { class: 'scenario-line' },
      'Scenario: ', h('strong', { text: level.title }), ` · ${date(level.date)}`,
      level.minutes ? ` · about ${level.minutes} minutes` : ''),
    group,
    classroomOptions(level),
    h('div', { class: 'button-row' },
      button('New game', () => send({ type: 'NEW_GAME', difficulty: ui.difficulty }), { class: 'primary', 'data-focus': 'new-game' }),
      button('Settings', () => send({ type: 'OPEN_SETTINGS' }), { 'data-focus': 'settings' }),
    ),
    resumeControls(ctx),
    scenarioList(ctx),
    openFileControl(send),
  );
}
