// The app machine's types: what loading a scenario and restoring a game return, the restorer the
// machine invokes (persistence implements it), the machine's input and its context. Kept apart so
// adapters that implement or call these need not import the machine itself.

import type { Difficulty, Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import type { Msg } from '../sim/message';
import type { RestoreRequest } from './events';
import type { Player, TeamNotes } from './hotseat';
import type { LinkQuestion } from './link-question';
import type { GradeRecord } from './grade';
import type { SeatRun } from './seat-runs';

/** Result of loading a level: the level, or one `file: path: message` line per problem. */
export type LevelLoad = { ok: true; level: Level } | { ok: false; errors: string[] };

/**
 * A restored game and its scenario (with a notice when the player should know something about it,
 * e.g. its replay ended elsewhere than its code recorded), or why it could not be restored.
 */
export type Restored = { ok: true; level: Level; game: GameState; notice?: Msg; seat?: SideId } | { ok: false; notice: Msg };

/**
 * What a save or a code claims, read before its scenario is loaded: the scenario's id, the data to
 * check against it (opaque to the machine), and what to say when no such scenario loads.
 */
export interface RestoreClaim {
  levelId: string;
  data: unknown;
  unknownScenario: Msg;
}

/** The first step of restoring: the claim, or why there is none. */
export type RestoreRead = { ok: true; claim: RestoreClaim } | { ok: false; notice: Msg };

/**
 * How saves and codes are read and checked (src/platform/saves.ts provides the real one); the
 * machine loads the scenario in between with its own `loadLevel`.
 */
export interface Restorer {
  read(request: RestoreRequest): Promise<RestoreRead>;
  check(level: Level, claim: RestoreClaim): Promise<Restored>;
}

/** What starts the app: the scenario to load first and what a deep link asked for. */
export interface AppInput {
  levelId: string;
  /** A link's seed: every new game started without its own seed uses it. */
  seed?: number | null;
  /** Who answers for each delegation (a link's `?team=`); the model plays both when absent. */
  players?: Record<SideId, Player>;
  /** Finds the grade record kept for a game (concept check and memo), so a restored game brings it back. */
  recallGrade?: (key: string) => GradeRecord | null;
  /** Whether the rules engine has loaded (engine-load.ts, the default); a New game before it waits in `loading`. */
  engineReady?: () => boolean;
}

/** Context of the app machine. */
export interface AppContext {
  levelId: string;
  level: Level | null;
  game: GameState | null;
  error: string | null;
  /** The seed and difficulty of a NEW_GAME waiting for its scenario to load (and the seat it is for). */
  pending: { seed?: number; difficulty?: Difficulty; seat?: SideId } | null;
  /** The delegation the player sits at in the game under way, or null when the player is the envoy. */
  seat: SideId | null;
  /** The player's finished games at a delegation's seat this visit, newest last (the debrief compares two). */
  seatRuns: SeatRun[];
  /** The deep link's seed, for games started without one. */
  linkSeed: number | null;
  players: Record<SideId, Player>;
  /** The hot-seat teams' reasons in the game under way or just finished. */
  notes: TeamNotes;
  /** Why the last restore failed, for the menu (cleared by the next game or restore). */
  notice: Msg | null;
  /** The restore under way: the request, then what it claims and the scenario loaded for it. */
  restoring: RestoreRequest | null;
  claim: RestoreClaim | null;
  claimLevel: Level | null;
  /** A link's game waiting on the menu while the player decides about an unfinished one. */
  question: LinkQuestion | null;
  /** The concept check's answers and the memo of the game on screen (machines/grade.ts). */
  grade: GradeRecord | null;
  recallGrade: (key: string) => GradeRecord | null;
  engineReady: () => boolean;
}
