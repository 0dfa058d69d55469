// Durability after the scenario: does a signed accord survive once the mediator goes home? The
// balance report plays the world on for a few rounds with nobody acting and records a relapse when
// the ceasefire breaks (Fortna: stronger terms last; Beardsley: bought deals fade with leverage).

import type { Level } from '../level';
import type { GameState } from '../state';
import { copyForStep } from '../copy';
import { openRng } from '../rng';
import { moveWorld } from '../world';

/** Rounds of aftermath played after the scenario ends. */
export const AFTERMATH_ROUNDS = 6;

/** Whether an accord signed in this game breaks down (violated twice or collapsed) in the aftermath. */
export function relapses(level: Level, end: GameState, rounds = AFTERMATH_ROUNDS): boolean {
  if (!end.accord) return false;
  if (end.ceasefire === 'collapsed') return true;
  const g = copyForStep(end);
  g.outcome = null;
  if (g.ceasefire === 'formalised') g.ceasefire = 'holding';
  // One draw source for the whole aftermath: the same draws as reopening it each round.
  const draws = openRng(g.rng);
  for (let r = 0; r < rounds; r++) {
    moveWorld(level, g, draws, null);
    const now = g.ceasefire as GameState['ceasefire'];
    if (now === 'collapsed') return true;
    if (now === 'formalised') g.ceasefire = 'holding';
  }
  return false;
}
