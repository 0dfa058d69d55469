// Seeded randomness whose whole state lives in the game state (pure-rand's xoroshiro128+), so the
// same seed and the same decisions always give the same game. The core never uses an unseeded random source.

import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** The serialisable state of a fresh generator for a seed. */
export function seedRng(seed: number): number[] {
  const gen = xoroshiro128plus(seed | 0);
  // xoroshiro's first outputs from a small seed are poorly mixed: discard a few.
  for (let i = 0; i < 24; i++) gen.next();
  return [...gen.getState()];
}

/** A draw source bound to one reducer call; write `state()` back into the game state afterwards. */
export interface Draws {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** The generator's state after the draws so far. */
  state(): number[];
}

type Generator = ReturnType<typeof xoroshiro128plusFromState>;

/**
 * One class with its methods on the prototype, not an object of fresh closures: the headless
 * engine opens a draw source every round of thousands of games, and each closure costs an
 * allocation (and, where function names are kept, a property definition) every time.
 */
class DrawSource implements Draws {
  private readonly gen: Generator;

  constructor(stored: readonly number[]) {
    this.gen = xoroshiro128plusFromState(stored);
  }

  next(): number {
    return uniformFloat64(this.gen);
  }

  chance(p: number): boolean {
    return uniformFloat64(this.gen) < p;
  }

  state(): number[] {
    return this.gen.getState().slice();
  }
}

/** Opens a draw source on a stored generator state. */
export function openRng(stored: readonly number[]): Draws {
  return new DrawSource(stored);
}
