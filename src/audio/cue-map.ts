// Which sound file plays for which cue. Kept free of imports so Node tests can check that every
// cue the sim can emit has a file on disk in assets/sounds.

import type { Cue } from '../sim/state';

/** Sound file (without extension, in assets/sounds) for each cue. */
export const CUE_SOUNDS: Readonly<Record<Cue, string>> = {
  action: 'action',
  refused: 'refused',
  accept: 'accept',
  reject: 'reject',
  counter: 'counter',
  walkout: 'walkout',
  signed: 'signed',
  incident: 'incident',
  explosion: 'explosion',
  round: 'round',
  win: 'win',
  loss: 'loss',
};
