// The two searches as the balance report fields them beside the scripted strategies: the tree
// search, which reads each day's situation through the model, and the evolved blind recipe, which
// reads nothing. Each plays the report's games and returns its figures with the recipe it found.

import type { Difficulty, Level } from '../level';
import { runStrategy, type RunOptions, type StrategyFigures } from '../balance/run';
import { STRATEGIES } from '../balance/strategies';
import { searchPlayer } from './player';
import { summarise, type Recipe } from './recipe';
import { evolveFixedRecipe, fixedRecipeText, recipeStrategy, type FixedRecipe } from './fixed-recipe';

/** Budgets of the searches. */
export interface SearchBudget {
  /** Tree search: iterations (rollouts) per day. */
  iterations: number;
  /** Blind recipe: generations, population and practice games per recipe. */
  generations: number;
  population: number;
  practiceGames: number;
  /** The searches' own seed. */
  seed: number;
}

/** The budgets the report uses unless told otherwise. */
export const DEFAULT_BUDGET: SearchBudget = { iterations: 400, generations: 20, population: 100, practiceGames: 60, seed: 20251222 };

/** Figures of the tree search, with its recipe and speed. */
export interface TreeSearchFigures extends StrategyFigures {
  kind: 'tree search';
  iterations: number;
  /** The scripted mediator its rollouts followed (the best on its practice games). */
  rolloutPolicy: string;
  rollouts: number;
  rolloutsPerSecond: number;
  recipe: Recipe;
}

/** Figures of the blind recipe, with the recipe and how it was found. */
export interface FixedRecipeFigures extends StrategyFigures {
  kind: 'blind recipe';
  practiceWinRate: number;
  practiceGames: number;
  recipe: { text: string[]; plan: FixedRecipe };
}

/** Names the report prints the searches under. */
export const TREE_SEARCH = 'search (tree)';
export const BLIND_RECIPE = 'search (blind recipe)';
export const SEARCH_NAMES: readonly string[] = [TREE_SEARCH, BLIND_RECIPE];

/** Practice games per scripted mediator when the tree search picks its rollout policy. */
export const PRACTICE_FOR_ROLLOUTS = 200;

/**
 * The scripted mediator the tree search plays its rollouts with: the one that wins most of the
 * search's own practice games on this level (seeds from 2,000,000,000 on, never the report's).
 */
export function pickRolloutPolicy(level: Level, difficulty: Difficulty, games = PRACTICE_FOR_ROLLOUTS): string {
  let best = 'balanced';
  let bestWins = -1;
  for (const [name, strategy] of Object.entries(STRATEGIES)) {
    if (name === 'passive') continue;
    const f = runStrategy(level, strategy, { games, seed: 2_000_000_000, difficulty }, () => 0);
    if (f.winRate > bestWins) {
      bestWins = f.winRate;
      best = name;
    }
  }
  return best;
}

/** Plays the report's games with the tree search. `now` reads CPU milliseconds. */
export function runTreeSearch(level: Level, run: RunOptions, budget: SearchBudget, now: () => number): TreeSearchFigures {
  const rolloutPolicy = pickRolloutPolicy(level, run.difficulty);
  const player = searchPlayer({ iterations: budget.iterations, seed: budget.seed, rollout: STRATEGIES[rolloutPolicy], plan: rolloutPolicy });
  const fig = runStrategy(level, player.strategy, run, now);
  const seconds = run.games / fig.gamesPerSecond;
  return {
    kind: 'tree search', ...fig, iterations: budget.iterations, rolloutPolicy, rollouts: player.rollouts(),
    rolloutsPerSecond: player.rollouts() / seconds, recipe: summarise(player.days),
  };
}

/** Evolves the blind recipe on practice games, then plays the report's games with it. */
export function runBlindRecipe(level: Level, run: RunOptions, budget: SearchBudget, now: () => number): FixedRecipeFigures {
  const evolved = evolveFixedRecipe(level, {
    difficulty: run.difficulty as Difficulty, seed: budget.seed, generations: budget.generations,
    population: budget.population, games: budget.practiceGames,
  });
  const fig = runStrategy(level, recipeStrategy(level, evolved.recipe), run, now);
  return {
    kind: 'blind recipe', ...fig, practiceWinRate: evolved.practiceWinRate, practiceGames: evolved.gamesPlayed,
    recipe: { text: fixedRecipeText(level, evolved.recipe), plan: evolved.recipe },
  };
}
