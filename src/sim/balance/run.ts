// The balance report's engine: plays many headless games per strategy from a base seed and sums
// what designers and teachers ask of a strategy: does it win, does it collapse, how fast, how
// deadly, does the peace last, and how much of the deal was bought with leverage.

import type { Difficulty, Level } from '../level';
import type { GameState } from '../state';
import { createGame } from '../game';
import { playOut, type Strategy } from '../strategies';
import { relapses } from './relapse';

/** The figures printed for one strategy. */
export interface StrategyFigures {
  winRate: number;
  collapseRate: number;
  meanRounds: number;
  meanLivesLost: number;
  /** Share of games with a signed accord that broke down before or after the scenario ended. */
  relapseRate: number;
  /** Mean leverage share of signed deals (0 = no leverage bought them). */
  meanLeverageShare: number;
  /** Share of games with a signed accord, and the mean round it was signed in. */
  signRate: number;
  meanSignRound: number;
  gamesPerSecond: number;
}

/** Options of a run. */
export interface RunOptions {
  games: number;
  seed: number;
  difficulty: Difficulty;
}

/** Round in which the accord was signed, if any. */
export function signRound(g: GameState): number | null {
  return g.reports.find((r) => r.signed)?.round ?? null;
}

/** Plays `games` games of one strategy and returns its figures. */
export function runStrategy(level: Level, strategy: Strategy, { games, seed, difficulty }: RunOptions, now: () => number): StrategyFigures {
  let wins = 0, collapses = 0, rounds = 0, lives = 0, signed = 0, relapsed = 0, leverage = 0, signRounds = 0;
  const started = now();
  for (let i = 0; i < games; i++) {
    const g = playOut(level, createGame(level, { seed: (seed + i) | 0, difficulty }), strategy, false);
    const o = g.outcome!;
    if (o.kind === 'win') wins++;
    if (o.reason === 'war' || o.reason === 'collapse' || o.reason === 'walkout') collapses++;
    rounds += g.round;
    lives += g.livesLost - level.world.livesLost;
    const at = signRound(g);
    if (at !== null) {
      signed++;
      signRounds += at;
      leverage += g.accordLeverage;
      if (relapses(level, g)) relapsed++;
    }
  }
  const seconds = Math.max(1e-9, (now() - started) / 1000);
  return {
    winRate: wins / games,
    collapseRate: collapses / games,
    meanRounds: rounds / games,
    meanLivesLost: lives / games,
    relapseRate: signed ? relapsed / signed : 0,
    meanLeverageShare: signed ? leverage / signed : 0,
    signRate: signed / games,
    meanSignRound: signed ? signRounds / signed : 0,
    gamesPerSecond: games / seconds,
  };
}
