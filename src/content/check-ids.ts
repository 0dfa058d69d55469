// Which concept-check set a scenario asks, apart from the loader and its validation (checks.ts):
// a new game names its set on the first screen, and this keeps zod out of that first download.

/** The set for any scenario without its own: open crises and teachers' files. */
export const GENERAL_SET = 'general';

/** The ids of the sets the game ships (each shipped scenario's own, then the general set). */
export const CHECK_SET_IDS = ['chong-bok-2025', 'july-2025', 'august-2025', 'october-2025', 'december-2025', GENERAL_SET] as const;

/** A shipped set's id. */
export type CheckSetId = (typeof CHECK_SET_IDS)[number];

/** The set a scenario asks: its own when it has one, else the general set. */
export function checkSetFor(levelId: string): string {
  return (CHECK_SET_IDS as readonly string[]).includes(levelId) ? levelId : GENERAL_SET;
}
