// The menu's "Classroom and workshop options": the projector view switch and who plays each
// delegation (hot-seat), folded away so a solo player's menu stays short.

import type { Level } from '../../sim/level';
import { h } from '../dom';
import { hotseatSetup } from '../hotseat/setup';
import { projectorToggle } from './toggle';

/** A disclosure holding the facilitator's settings for the next game. */
export function classroomOptions(level: Level | null): HTMLElement {
  return h('details', { class: 'classroom-options', 'data-key': 'classroom-options' },
    h('summary', { text: 'Classroom and workshop options' }),
    projectorToggle(),
    hotseatSetup(level));
}
