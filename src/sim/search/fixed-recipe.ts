// An evolutionary search (the cross-entropy method) for the best recipe a student could repeat
// without reading anything: the same levers on each day of every game and one package tabled
// whenever the recipe says so, whatever the delegations answered and whatever happened. It learns
// on its own practice games (seeds far from any the balance report plays), then the report fields
// the recipe it converged to. If such a blind recipe won as often as a mediator who reads the
// answers, the game would teach a routine instead of mediation.

import type { Level } from '../level';
import type { GameState, MediatorAction, Proposal } from '../state';
import type { Strategy } from '../strategies';
import { createGame } from '../game';
import { playOut } from '../strategies';
import { fromIndices, tablesOf } from '../negotiation/tables';
import type { Difficulty, LeverName } from '../level';
import { LEVERS, actionName } from './moves';
import { ACTIONS, PROPOSE_COST } from '../catalog';
import { reward } from './rollout';

/** A blind recipe: the levers of each day, whether to table, and the one package it tables. */
export interface FixedRecipe {
  /** levers[d] lists indices into LEVERS for day d + 1, in LEVERS' order. */
  levers: number[][];
  table: boolean[];
  /** Option index per issue of the package. */
  pkg: number[];
}

/** Settings of the evolutionary search. */
export interface EvolveOptions {
  difficulty: Difficulty;
  /** The search's own seed, and the first seed of its practice games. */
  seed: number;
  generations: number;
  population: number;
  /** Practice games per recipe per generation (the same games for every recipe of a generation). */
  games: number;
  /** Share of the population kept as the elite each generation. */
  elite?: number;
}

/** A small seeded generator for the evolution's own choices (mulberry32). */
function makeRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The recipe as a strategy: it reads only the day's number. */
export function recipeStrategy(level: Level, recipe: FixedRecipe): Strategy {
  const pkg: Proposal = fromIndices(tablesOf(level), recipe.pkg);
  return (_level: Level, g: GameState): MediatorAction[] => {
    const d = g.round - 1;
    const out: MediatorAction[] = (recipe.levers[d] ?? []).map((l) => LEVERS[l]!);
    if (recipe.table[d]) out.push({ type: 'propose', proposal: pkg });
    return out;
  };
}

/** Mean reward and win rate of a recipe over practice games. */
function evaluate(level: Level, recipe: FixedRecipe, seeds: readonly number[], difficulty: Difficulty): { score: number; wins: number } {
  const strategy = recipeStrategy(level, recipe);
  let score = 0;
  let wins = 0;
  for (const seed of seeds) {
    const g = playOut(level, createGame(level, { seed, difficulty }), strategy, false);
    score += reward(g);
    if (g.outcome?.kind === 'win') wins++;
  }
  return { score: score / seeds.length, wins: wins / seeds.length };
}

/** The result of the evolution: the best recipe and its practice win rate. */
export interface Evolved {
  recipe: FixedRecipe;
  practiceWinRate: number;
  gamesPlayed: number;
}

/** Runs the cross-entropy method over blind recipes. */
export function evolveFixedRecipe(level: Level, opts: EvolveOptions): Evolved {
  const rnd = makeRandom(opts.seed ^ 0x2545f491);
  const days = level.rounds;
  const sizes = tablesOf(level).ids.map((ids) => ids.length);
  // The distribution: a probability per day and lever, per day for tabling, per issue and option.
  let pLever = Array.from({ length: days }, () => LEVERS.map(() => 0.2));
  let pTable = Array.from({ length: days }, () => 0.5);
  let pOption = sizes.map((n) => Array.from({ length: n }, () => 1 / n));
  const sample = (): FixedRecipe => ({
    levers: pLever.map((ps) => ps.flatMap((p, l) => (rnd() < p ? [l] : []))),
    table: pTable.map((p) => rnd() < p),
    pkg: pOption.map((ps) => {
      let x = rnd();
      for (let k = 0; k < ps.length; k++) if ((x -= ps[k]!) < 0) return k;
      return ps.length - 1;
    }),
  });
  const eliteCount = Math.max(2, Math.round((opts.elite ?? 0.1) * opts.population));
  let best: { recipe: FixedRecipe; score: number; wins: number } | null = null;
  let played = 0;
  const smooth = 0.7;
  for (let gen = 0; gen < opts.generations; gen++) {
    const seeds = Array.from({ length: opts.games }, (_, i) => 1_000_000_000 + ((opts.seed * 7919 + gen * opts.games + i) % 1_000_000_000));
    const scored = Array.from({ length: opts.population }, () => {
      const recipe = sample();
      return { recipe, ...evaluate(level, recipe, seeds, opts.difficulty) };
    });
    if (best) scored.push({ ...best, ...evaluate(level, best.recipe, seeds, opts.difficulty) });
    played += scored.length * seeds.length;
    scored.sort((a, b) => b.score - a.score);
    const elite = scored.slice(0, eliteCount);
    best = elite[0]!;
    // Move the distribution toward the elite, smoothed so it does not collapse too soon.
    const freq = (f: (r: FixedRecipe) => boolean) => elite.filter((e) => f(e.recipe)).length / elite.length;
    pLever = pLever.map((ps, d) => ps.map((p, l) => smooth * freq((r) => r.levers[d]!.includes(l)) + (1 - smooth) * p));
    pTable = pTable.map((p, d) => smooth * freq((r) => r.table[d]!) + (1 - smooth) * p);
    pOption = pOption.map((ps, i) => ps.map((p, k) => smooth * freq((r) => r.pkg[i] === k) + (1 - smooth) * p));
  }
  return { recipe: best!.recipe, practiceWinRate: best!.wins, gamesPlayed: played };
}

/**
 * The decisions of a blind recipe that can take effect: on each day, in order, those the day's
 * capital still pays for, at most one of each kind, and no measure already in place from an earlier
 * day (the sim refuses the rest, so they are left out of the recipe's words).
 */
export function effectiveDays(level: Level, recipe: FixedRecipe): MediatorAction[][] {
  const once = new Set(['hotline', 'deploy_observers', 'demining_teams', 'corridors']);
  const inPlace = new Set<string>();
  return recipe.levers.map((ls, d) => {
    let capital = level.capitalPerRound;
    const used = new Set<string>();
    const out: MediatorAction[] = [];
    for (const l of ls) {
      const a = LEVERS[l]!;
      const cost = ACTIONS.find((x) => x.type === a.type)?.cost ?? 1;
      if (used.has(a.type) || inPlace.has(a.type) || cost > capital) continue;
      const name = a.type as LeverName;
      if (level.levers && !level.levers.includes(name)) continue;
      if ((level.unlocks?.[name] ?? 1) > d + 1) continue;
      if ((a.type === 'us_tariff_threat' || a.type === 'us_incentive') && level.world.leverageRounds <= 0) continue;
      used.add(a.type);
      if (once.has(a.type)) inPlace.add(a.type);
      capital -= cost;
      out.push(a);
    }
    if (recipe.table[d] && capital >= PROPOSE_COST) out.push({ type: 'propose', proposal: {} });
    return out;
  });
}

/** A blind recipe in words, one line per day and one for the package. */
export function fixedRecipeText(level: Level, recipe: FixedRecipe): string[] {
  const lines = effectiveDays(level, recipe).map((acts, d) => {
    const words = acts.map((a) => (a.type === 'propose' ? 'table the package (until one is signed)' : actionName(a)));
    return `day ${d + 1}: ${words.length ? words.join(' + ') : 'nothing'}`;
  });
  const terms = level.issues.map((issue, i) => `${issue.id} ${issue.options[recipe.pkg[i]!]!.id}`);
  lines.push(`the package: ${terms.join(', ')}`);
  return lines;
}
