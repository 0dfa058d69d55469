// The search as a mediator the balance report can field: each day it runs the tree search from the
// game as the player knows it and takes the most visited plan. It keeps a record of every day's plan,
// from which the recipe it converged to is told in words (recipe.ts).

import type { Level } from '../level';
import type { GameState, MediatorAction } from '../state';
import type { Strategy } from '../strategies';
import { nextPackage } from '../strategies';
import { copyForStep } from '../copy';
import { MOVES, actionsOf } from './moves';
import { modelPackage } from './packages';
import { applyLegal, beforeAdviceHeard } from './rollout';
import { search, type SearchOptions } from './mcts';
import { searchRng } from './seeds';

/** One day's plan as the search played it. */
export interface DayRecord {
  round: number;
  /** Whether an accord was already signed when the day began. */
  signed: boolean;
  moves: number[];
}

/** A search player: a strategy, with the record of its days and the rollouts it played. */
export interface SearchPlayer {
  strategy: Strategy;
  days: DayRecord[];
  rollouts(): number;
}

/** Builds a search player with a budget of iterations per day and its own seed. */
export function searchPlayer(opts: SearchOptions): SearchPlayer {
  const days: DayRecord[] = [];
  let rollouts = 0;
  const strategy: Strategy = (level: Level, g: GameState) => {
    const found = search(level, g, opts);
    rollouts += found.rollouts;
    days.push({ round: g.round, signed: !!g.accord, moves: found.moves });
    return decisions(level, g, found.moves, opts.seed);
  };
  return { strategy, days, rollouts: () => rollouts };
}

/**
 * Turns the day's moves into decisions. The package is chosen on a copy with the day's levers taken
 * (with the search's own luck, and any advice counted as not yet heard), as a player chooses it after
 * the levers but before the answers.
 */
export function decisions(level: Level, g: GameState, moves: readonly number[], seed: number): MediatorAction[] {
  const out: MediatorAction[] = [];
  const trial = copyForStep(g);
  trial.rng = searchRng(seed, 0x7ab1e, g.round);
  for (const m of moves) {
    const mv = MOVES[m]!;
    if (mv.kind === 'lever') {
      out.push(mv.action);
      applyLegal(level, trial, [mv.action]);
    } else if (mv.kind === 'table-model') {
      out.push({ type: 'propose', proposal: modelPackage(level, beforeAdviceHeard(trial)).proposal });
    } else if (mv.kind === 'table-counters') {
      out.push({ type: 'propose', proposal: nextPackage(level, g) });
    } else if (mv.kind === 'plan') {
      out.push(...actionsOf(level, g, m));
    }
  }
  return out;
}
