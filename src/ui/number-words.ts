// A message that holds one number, cut around it: the screens set the number in its own large
// span and the words before and after it at the size of the text (a score reads "47 of 100" with
// only "47" large), in every language's word order.

import { t, type MessageKey } from '../i18n/i18n';

/** A character no message holds, put where the number goes. */
const MARK = '\uE000';

/**
 * The words of message `key` before and after its number `name` (with any other `args`).
 * @returns [before, after]; either may be ''
 */
export function aroundNumber(key: MessageKey, name: string, args: Record<string, string | number> = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...args, [name]: MARK }).split(MARK);
  return [before, after];
}
