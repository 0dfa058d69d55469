// Which sprite region plays for which cue, and which ambient mood fits a moment of the game. Kept
// free of browser imports so Node tests can check every cue the sim can emit against the sprite map
// that scripts/make-sounds.ts writes (assets/sounds/cues.json).

import type { Cue } from '../sim/state';
import type { Screen } from '../machines/view-model';

/** Sprite region (a key of assets/sounds/cues.json) for each cue. */
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

/** The ambient loops, from calm to grave. */
export const MOODS = ['calm', 'tense', 'grave'] as const;
/** An ambient mood. */
export type Mood = (typeof MOODS)[number];

/**
 * The mood for a moment: calm outside the rounds and while a ceasefire holds; otherwise tension
 * follows the fighting's intensity (and a violated ceasefire is never calm).
 */
export function moodFor(screen: Screen, intensity: number | null, ceasefire: string | null): Mood | null {
  if (screen === 'boot' || screen === 'error') return null;
  if (intensity === null || ['menu', 'settings', 'briefing', 'debrief'].includes(screen)) return 'calm';
  if (ceasefire === 'holding' || ceasefire === 'formalised') return intensity > 0.5 ? 'tense' : 'calm';
  if (intensity >= 0.6) return 'grave';
  if (intensity >= 0.3 || ceasefire === 'violated') return 'tense';
  return 'calm';
}
