// Numeric tables of a level's issues, built once per level: option values and weights as arrays,
// so the delegations can weigh thousands of packages a second (the balance report plays many games).

import type { IssueDef, IssueId, Level, SideId } from '../level';
import type { GameState, Proposal } from '../state';

/** A level's issues as numbers: value[side][issue][option], weights per side and level of play. */
export interface Tables {
  issues: readonly IssueDef[];
  /** Option ids per issue, in the level's order. */
  ids: string[][];
  value: Record<SideId, number[][]>;
  table: Record<SideId, number[]>;
  home: Record<SideId, number[]>;
  /** Each side's best value on each issue. */
  best: Record<SideId, number[]>;
}

function normalise(level: Level, weights: Partial<Record<IssueId, number>>): number[] {
  const raw = level.issues.map((i) => weights[i.id] ?? 0);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (sum > 0 ? w / sum : 1 / level.issues.length));
}

const cache = new WeakMap<Level, Tables>();

/** The tables of a level (computed on first use, then cached). */
export function tablesOf(level: Level): Tables {
  let t = cache.get(level);
  if (t) return t;
  const per = <T>(f: (s: SideId) => T) => ({ th: f('th'), kh: f('kh') }) as Record<SideId, T>;
  const value = per((s) => level.issues.map((i) => i.options.map((o) => o.value[s])));
  t = {
    issues: level.issues,
    ids: level.issues.map((i) => i.options.map((o) => o.id)),
    value,
    table: per((s) => normalise(level, level.sides[s].weights)),
    home: per((s) => normalise(level, level.sides[s].domesticWeights)),
    best: per((s) => value[s].map((vals) => Math.max(...vals))),
  };
  cache.set(level, t);
  return t;
}

/** A package as option indices per issue (−1 where no valid option is chosen). */
export function toIndices(t: Tables, p: Proposal): number[] {
  const idx: number[] = [];
  for (let i = 0; i < t.issues.length; i++) idx.push(t.ids[i]!.indexOf(p[t.issues[i]!.id] ?? ''));
  return idx;
}

/** A package from option indices. */
export function fromIndices(t: Tables, idx: readonly number[]): Proposal {
  const p: Proposal = {};
  for (let i = 0; i < t.issues.length; i++) {
    const k = idx[i]!;
    if (k >= 0) p[t.issues[i]!.id] = t.ids[i]![k];
  }
  return p;
}

/** Σ w_i·v_i over a package in index form (an issue left open counts 0). */
export function utilityOf(values: number[][], weights: number[], idx: readonly number[]): number {
  let u = 0;
  for (let i = 0; i < idx.length; i++) {
    const k = idx[i]!;
    if (k >= 0) u += weights[i]! * values[i]![k]!;
  }
  return u;
}


/**
 * One side's weights in this game, at the table and at home: its private numbers when the game has
 * them, else the scenario's published ones.
 */
export function weightsIn(t: Tables, game: GameState | null, side: SideId): { table: number[]; home: number[] } {
  const prefs = game ? (side === 'th' ? game.sides.th.prefs : game.sides.kh.prefs) : undefined;
  return prefs ? { table: prefs.weights, home: prefs.home } : { table: t.table[side], home: t.home[side] };
}
