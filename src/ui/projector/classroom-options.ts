// The menu's "Classroom and workshop options": the projector view switch and who plays each
// delegation (hot-seat), folded away so a solo player's menu stays short.

import type { Level } from '../../sim/level';
import { h } from '../dom';
import { hotseatSetup } from '../hotseat/setup';
import { projectorToggle } from './toggle';
import { t } from '../../i18n/i18n';

/** A disclosure holding the facilitator's settings for the next game. */
export function classroomOptions(level: Level | null): HTMLElement {
  return h('details', { class: 'classroom-options', 'data-key': 'classroom-options' },
    h('summary', { text: t('classroom.options.summary') }),
    projectorToggle(),
    hotseatSetup(level));
}
