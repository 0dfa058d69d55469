// The question a class link asks before it starts its game while this browser holds another
// unfinished game: the menu shows that game (with its resume code) and the player chooses to start
// the link's game or to continue the other. It is app state, so the menu only draws it.

import type { Difficulty } from '../sim/level';

/** A saved, unfinished game as the menu names it (src/platform/saves.ts fills it in). */
export interface UnfinishedGame {
  /** Names the saved game in a RESTORE request (`{ kind: 'save', id }`). */
  id: string;
  levelId: string;
  round: number;
  maxRounds: number;
  /** Decisions taken so far. */
  decisions: number;
  /** Its resume code, or null when it cannot be written without its scenario. */
  code: string | null;
}

/** The game a link would start: a NEW_GAME without its type. */
export interface LinkStart {
  difficulty: Difficulty;
  seed?: number;
  levelId?: string;
}

/** A link's game waiting while the player decides about an unfinished one. */
export interface LinkQuestion {
  start: LinkStart;
  unfinished: UnfinishedGame;
}
