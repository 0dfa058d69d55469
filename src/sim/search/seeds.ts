// The search's own luck. When it plays a game forward in its head it must not use the game's random
// generator (that would be reading the future the player is about to live through): it replaces the
// generator's state with one drawn from its own hash of (its seed, a node, a visit). These states are
// full 128-bit generator states, not small seeds, so they never fall on the stream of any game seed.

/** splitmix32: a well-mixed 32-bit hash step. */
function mix(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** A random-generator state (the four words of xoroshiro128+) owned by the search. */
export function searchRng(searchSeed: number, a: number, b: number): number[] {
  let h = mix(searchSeed ^ 0x51ed270b);
  h = mix(h ^ a);
  h = mix(h ^ Math.imul(b, 0x27d4eb2d));
  const s = [mix(h), mix(h ^ 0x1b873593), mix(h ^ 0x6b43a9b5), mix(h ^ 0x3c6ef372)];
  // xoroshiro's all-zero state is a fixed point; never hand it out.
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[3] = 1;
  return s;
}
