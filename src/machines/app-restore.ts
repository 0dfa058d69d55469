// What the app machine's `restoring` states (and the menu's RESUME) write into its context, as
// small pure functions: read a claim, load its scenario, check it by replay, then play on. Kept
// apart from the machine so its states read as the steps they are and each patch can be read alone.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { msg, type Msg } from '../sim/message';
import type { RestoreRequest } from './events';
import { recalledGrade } from './grade-flow';
import type { AppContext, RestoreRead, Restored } from './app-types';

/** A context change for xstate's `assign`. */
type Patch = Partial<AppContext>;

/** Remembers what to restore while `restoring` runs, and clears what an earlier attempt left. */
export function heldRestore(request: RestoreRequest): Patch {
  return { restoring: request, claim: null, claimLevel: null, notice: null, question: null };
}

/** A save or code that was refused by the reader or the check: its message for the menu. */
export function refusedRestore(output: unknown): Patch {
  const out = output as { ok: boolean; notice?: Msg } | undefined;
  return out && !out.ok && out.notice ? { notice: out.notice } : {};
}

/** The reader or the check itself failed: the save or code cannot be read. */
export function failedRestore(): Patch {
  return { notice: msg('menu.save.notOurs') };
}

/** The claim names the scenario already loaded, so it is checked without loading it again. */
export function claimsLoadedLevel(context: AppContext, read: RestoreRead): boolean {
  return read.ok && read.claim.levelId === context.level?.id;
}

/** Keeps the claim read; `level` when its scenario is the one loaded already. */
export function claimRead(read: RestoreRead, level?: Level | null): Patch {
  if (!read.ok) return {};
  return level === undefined ? { claim: read.claim } : { claim: read.claim, claimLevel: level };
}

/** The claim's scenario did not load: the claim's own words for that, or the general refusal. */
export function claimLevelMissing(context: AppContext): Patch {
  return { notice: context.claim?.unknownScenario ?? msg('menu.save.notOurs') };
}

/**
 * A game that passed the check: its scenario, the game, its notice, its grade record and the seat
 * it was saved at (null when the player was the envoy).
 */
export function restoredGame(context: AppContext, restored: Restored): Patch {
  if (!restored.ok) return {};
  return {
    levelId: restored.level.id, level: restored.level, game: restored.game, error: null, notes: {}, notice: restored.notice ?? null,
    seat: restored.seat ?? null, grade: recalledGrade(restored.level, restored.game, context.recallGrade),
  };
}

/** A game restored and checked outside the machine (RESUME): played on as the envoy. */
export function resumedGame(context: AppContext, levelId: string, level: Level, game: GameState): Patch {
  return {
    levelId, level, game, error: null, pending: null, notes: {}, notice: null, question: null,
    grade: recalledGrade(level, game, context.recallGrade), seat: null,
  };
}
