// How the app machine starts a new game, as pure functions: which seed, difficulty and seat it is
// started with (from the menu's NEW_GAME, or from one held while its scenario loads) and what the
// fresh game writes into the context. The game itself is made by the rules engine in the machine.

import type { Difficulty, Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import type { AppEvent } from './events';
import { freshGrade } from './grade-flow';
import type { AppContext } from './app-types';

/** What a new game is started with. */
export interface GameStart {
  seed: number;
  difficulty: Difficulty;
  seat: SideId | null;
}

/** Picks a seed when the player did not give one (outside the sim, which never draws its own). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** A NEW_GAME started at once: its own seed, else the link's, else a fresh one; `tense` unless it says. */
export function startNow(context: AppContext, event: Extract<AppEvent, { type: 'NEW_GAME' }>): GameStart {
  return { seed: event.seed ?? context.linkSeed ?? freshSeed(), difficulty: event.difficulty ?? 'tense', seat: event.seat ?? null };
}

/** The NEW_GAME held while its scenario (or the engine) loads, as `holdNewGame` kept it. */
export function startHeld(context: AppContext): GameStart {
  const { seed = freshSeed(), difficulty = 'tense', seat = null } = context.pending ?? {};
  return { seed, difficulty, seat };
}

/** Remembers a NEW_GAME for another scenario (or one that came before the engine) while it loads. */
export function heldNewGame(context: AppContext, event: AppEvent): Partial<AppContext> {
  if (event.type !== 'NEW_GAME') return {};
  return {
    levelId: event.levelId ?? context.levelId, question: null,
    pending: { seed: event.seed ?? context.linkSeed ?? undefined, difficulty: event.difficulty, ...(event.seat ? { seat: event.seat } : {}) },
  };
}

/** A fresh game in `level`: no notes or notice yet, an empty grade record, the seat it is played at. */
export function newGame(level: Level, game: GameState, seat: SideId | null): Partial<AppContext> {
  return { game, notes: {}, notice: null, question: null, grade: freshGrade(level, game), seat };
}
