// The levers' names and one-line descriptions in the current language. They live beside the
// translator rather than in the DOM layer so that both the screens and the decision-log export
// (src/platform) can name a lever without one folder importing the other.

import type { ActionType } from '../sim/state';
import { tKey } from './i18n';

/** The lever's name in the current language ("Host talks"). */
export function leverLabel(type: ActionType | 'propose'): string {
  return tKey(`common.lever.${type}.label`, undefined, type);
}

/** The lever's one-line description in the current language. */
export function leverDescription(type: ActionType): string {
  return tKey(`common.lever.${type}.description`, undefined, '');
}
