// What must hold of every game state, whatever was decided: meters inside their ranges, and no
// number anywhere in the state NaN or infinite. Returned as readable problems so a failing
// property shows which meter broke, not just "false".
import type { GameState } from '../../src/sim/state';

/** Paths of every number in `value` that is NaN or infinite. */
export function badNumbers(value: unknown, path = 'game'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${path}.${k}`));
}

/** Meters outside their documented ranges, as `name = value` lines. */
export function meterProblems(g: GameState): string[] {
  const out: string[] = [];
  const check = (name: string, x: number, lo: number, hi: number) => {
    if (!(x >= lo && x <= hi)) out.push(`${name} = ${x}`);
  };
  for (const side of ['th', 'kh'] as const) {
    const s = g.sides[side];
    for (const k of ['pain', 'pressure', 'trustOther', 'trustMediator', 'leverage'] as const) check(`${side}.${k}`, s[k], 0, 1);
    check(`${side}.edge`, s.edge, -1, 1);
    check(`${side}.bias`, s.bias, -1, 1);
  }
  for (const k of ['intensity', 'aseanCredibility', 'minesCleared', 'weaponsWithdrawn'] as const) check(k, g[k], 0, 1);
  check('livesLost', g.livesLost, 0, Infinity);
  check('displaced', g.displaced, 0, Infinity);
  check('capital', g.capital, 0, Infinity);
  check('round', g.round, 1, g.maxRounds);
  return out;
}
