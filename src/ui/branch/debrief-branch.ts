// What "Try again from any day" adds to the debrief, in one import: the comparison of a branch with
// its parent (drawn near the top) and the panel of "Try again from day N" buttons (near the end).

export { comparePanel } from './compare-view';
export { tryAgainPanel } from './try-again';
