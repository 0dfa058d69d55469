// The audio adapter's subscription: from each view model, the ambient mood, the sim's new cues and
// a sound when a decision is refused. It listens to the game on its own; nothing else calls it.

import type { Cue } from '../sim/state';
import type { ViewModel } from '../machines/view-model';
import type { Audio } from './audio';
import { moodFor } from './cue-map';

/** A view-model listener that plays what the game asks for, each cue and each refusal once. */
export function followGame(audio: Pick<Audio, 'setMood' | 'play'>): (vm: ViewModel) => void {
  let lastCues: Cue[] | null = null;
  let lastRefusal: ViewModel['refusal'] = null;
  return (vm) => {
    audio.setMood(moodFor(vm.screen, vm.game?.intensity ?? null, vm.game?.ceasefire ?? null));
    const cues = vm.game?.cues ?? null;
    if (cues && cues !== lastCues) for (const cue of cues) audio.play(cue);
    lastCues = cues;
    if (vm.refusal && vm.refusal !== lastRefusal) audio.play('refused');
    lastRefusal = vm.refusal;
  };
}
