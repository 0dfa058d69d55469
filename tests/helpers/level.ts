// Loads a shipped level for tests through the same loader and validator the game uses.
import { loadLevel } from '../../src/content/levels';
import type { Level } from '../../src/sim/level';

/** The validated level, or a test failure listing every problem. */
export async function shippedLevel(id = 'december-2025'): Promise<Level> {
  const r = await loadLevel(id);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}
