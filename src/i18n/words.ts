// A message key and its arguments (as persistence, links and the machines hand them over) worded
// in the current language at the moment it is shown, so a notice follows a change of language.

import type { Msg } from '../sim/message';
import { tKey } from './i18n';

/** The message in the current language (the key itself when the text has no such entry). */
export function words(m: Msg): string {
  return tKey(m.key, m.args ? { ...m.args } : undefined);
}
